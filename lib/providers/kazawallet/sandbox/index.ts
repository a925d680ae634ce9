import { randomBytes, randomInt } from "node:crypto";
import Decimal from "decimal.js";
import { appOrigin } from "@/lib/app-origin";
import type { FetchFn } from "@/lib/providers/http";
import { isSandboxRefusal, type RouteContext, type SandboxMethod, type SandboxRoute, sandboxRouter } from "@/lib/sandbox/router";
import { decodeState, encodeState, type JsonValue } from "@/lib/sandbox/state-codec";
import type { Sandbox } from "@/lib/sandbox/types";
import { sandboxWebhookToken } from "../webhook-token";
import { addTransaction, cancel, cardView, findCard, issue, lock, topUp, transactionView, unlock } from "./cards";
import { jsonResponse, refusal } from "./errors";
import type { SandboxTier } from "./fees";
import { METHODS, methodFields } from "./methods";
import { nextId, seedState, type SandboxState } from "./state";
import { amountField, credit, currencyOf, debit, stringField, userEmail } from "./wallet";
import { cardTransactionBody, createSender, linkBody, threeDsBody } from "./webhooks-out";

/** The sandbox merchant's credentials (issue 9: keep them exactly). */
export const KAZAWALLET_SANDBOX = { apiKey: "kw_sandbox_key", apiSecret: "kw_sandbox_secret", merchantEmail: "merchant@demo.test" } as const;

/** The sandbox's exchange rates (OUR DESIGN: the get-rate examples are lost). 1 `from` = `rate` `to`. */
const RATES = [
  { from: "USD", to: "SYP", rate: "13000" },
  { from: "USDT", to: "USD", rate: "0.9990" },
  { from: "USD", to: "USDT", rate: "1.0005" },
  { from: "EUR", to: "USD", rate: "1.0800" },
];

/** Which headers an endpoint requires. Source: seed 004 "Authentication" and each endpoint's header table. */
type Auth = "key" | "keySecret" | "all";

interface Ctx {
  state: SandboxState;
  now: () => number;
  emit: (body: unknown) => void;
}

async function bodyOf(req: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse(await req.text());
  } catch {
    throw refusal("Request body is not valid JSON");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw refusal("Request body must be a JSON object");
  return body as Record<string, unknown>;
}

function authenticate(req: Request, auth: Auth): void {
  if (req.headers.get("x-api-key") !== KAZAWALLET_SANDBOX.apiKey) throw refusal("Invalid API key", 401);
  if (auth === "key") return;
  if (req.headers.get("x-api-secret") !== KAZAWALLET_SANDBOX.apiSecret) throw refusal("Invalid API secret", 401);
  if (auth === "all" && req.headers.get("merchant-email") !== KAZAWALLET_SANDBOX.merchantEmail) throw refusal("Invalid merchant email", 401);
}

type Handler = (ctx: RouteContext<Ctx>, body: Record<string, unknown>) => unknown;

function route(method: SandboxMethod, path: string, auth: Auth, run: Handler): SandboxRoute<Ctx> {
  return {
    method,
    path,
    operation: path.slice(1),
    handler: async (ctx) => {
      ctx.state.journal.push({ method, path });
      authenticate(ctx.req, auth);
      const body = method === "GET" ? {} : await bodyOf(ctx.req);
      return jsonResponse(run(ctx, body));
    },
  };
}

function tierOf(value: unknown): SandboxTier {
  if (value === undefined || value === null || value === "") return "basic";
  if (value === "basic" || value === "plus") return value;
  throw refusal("cardType must be basic or plus");
}

function cardCurrency(body: Record<string, unknown>): void {
  if (currencyOf(stringField(body, "currency")) !== "USD") throw refusal("Cards are issued in USD only");
}

function paymentRequest({ state }: Ctx, body: Record<string, unknown>, kind: "withdrawal" | "deposit") {
  const email = userEmail(body);
  const currency = currencyOf(stringField(body, "currency"));
  const amount = amountField(body.amount);
  const method = String(body.paymentMethod ?? "");
  if (!METHODS[method]) throw refusal("Payment method not found", 404);
  const fields = (body.fields ?? {}) as Record<string, unknown>;
  for (const field of methodFields(method, kind === "withdrawal" ? "withdraw" : "deposit")) {
    if (field.required && (typeof fields[field.slug] !== "string" || !(fields[field.slug] as string).trim())) throw refusal(`fields.${field.slug} is required`);
  }
  if (kind === "withdrawal") debit(state, currency, amount);
  const transactionId = nextId(state, kind === "withdrawal" ? "wd" : "de");
  state.requests.push({ transactionId, kind, email, currency, amount, paymentMethod: method, status: "pending" });
  const note = typeof body.note === "string" ? body.note : null;
  return { success: true, error: null, createdPayment: { status: "pending", message: null, transaction_id: transactionId, note, extraPaymentInfo: null } };
}

const ROUTES: SandboxRoute<Ctx>[] = [
  route("POST", "/createPaymentLink", "key", ({ state }, body) => {
    const amount = amountField(body.amount);
    const orderId = nextId(state, "pl");
    const ref = typeof body.ref === "string" && body.ref ? body.ref : null;
    state.links.push({ orderId, amount: amount.toFixed(), currency: currencyOf(stringField(body, "currency")), email: userEmail(body), ref, status: "pending" });
    return { success: true, id: orderId, url: `${appOrigin()}/sandbox/kazawallet/pay/${orderId}` };
  }),
  route("POST", "/createWithdrawalRequest", "keySecret", (ctx, body) => paymentRequest(ctx, body, "withdrawal")),
  route("GET", "/get-rate", "all", () => ({ success: true, rates: RATES })),
  route("GET", "/get-merchant-wallets", "all", ({ state }) => ({
    success: true,
    wallets: [...state.wallets].map(([currency, amount]) => ({ currency, amount: amount.toFixed(2) })),
  })),
  route("GET", "/get-payment-method-fields", "all", ({ url }) => {
    const id = url.searchParams.get("id") ?? "";
    const field = url.searchParams.get("field");
    if (!METHODS[id]) throw refusal("Payment method not found", 404);
    if (field !== "withdraw" && field !== "deposit") throw refusal("field must be withdraw or deposit");
    return { success: true, paymentMethod: Number(id), name: METHODS[id].name, fields: methodFields(id, field) };
  }),
  route("POST", "/createDepositRequest", "keySecret", (ctx, body) => {
    if (body.merchantEmail !== KAZAWALLET_SANDBOX.merchantEmail) throw refusal("Invalid merchant email", 401);
    return paymentRequest(ctx, body, "deposit");
  }),
  route("POST", "/transfer-from-merchant-to-user", "keySecret", ({ state }, body) => {
    const email = userEmail(body);
    const currency = currencyOf(stringField(body, "currency"));
    const amount = amountField(body.amount);
    debit(state, currency, amount);
    const id = nextId(state, "tr");
    state.transfers.push({ id, email, currency, amount });
    return { success: true, transfer: { id, status: "completed", amount: amount.toFixed(2), currency } };
  }),
  route("POST", "/wallet-cards/create-then-topup", "all", ({ state, now, emit }, body) => {
    const email = userEmail(body);
    cardCurrency(body);
    const { card, tx, fee } = issue(state, email, tierOf(body.cardType), amountField(body.amount), now());
    emit(cardTransactionBody("CC_RECHARGE", card, tx));
    return { success: true, created: true, cardId: card.cardId, createdTransfer: { id: tx.id, amount: tx.amount.toFixed(2), fee: fee.toFixed(2), currency: tx.currency } };
  }),
  route("PUT", "/wallet-cards/topup", "all", ({ state, now, emit }, body) => {
    const card = findCard(state, body.cardId);
    const { tx, fee } = topUp(state, card, amountField(body.amount), now());
    emit(cardTransactionBody("CC_RECHARGE", card, tx));
    return { success: true, cardId: card.cardId, balance: card.balance.toFixed(2), createdTransfer: { id: tx.id, amount: tx.amount.toFixed(2), fee: fee.toFixed(2), currency: tx.currency } };
  }),
  route("PUT", "/wallet-cards/cancel", "all", ({ state }, body) => {
    const card = findCard(state, body.cardId);
    cancel(state, card);
    return { success: true, cardId: card.cardId, status: card.status };
  }),
  route("PUT", "/wallet-cards/lock", "all", ({ state }, body) => {
    const card = findCard(state, body.cardId);
    lock(card);
    return { success: true, cardId: card.cardId, status: card.status };
  }),
  route("PUT", "/wallet-cards/unlock", "all", ({ state }, body) => {
    const card = findCard(state, body.cardId);
    unlock(card);
    return { success: true, cardId: card.cardId, status: card.status };
  }),
  route("GET", "/get-merchant-wallets-cards", "all", ({ state }) => ({ success: true, cards: state.cards.map(cardView) })),
  route("GET", "/wallet-cards/get-card-details", "all", ({ state, url }) => ({ success: true, card: cardView(findCard(state, url.searchParams.get("cardId"))) })),
  route("GET", "/wallet-cards/get-transactions", "all", ({ state, url }) => {
    const card = findCard(state, url.searchParams.get("cardId"));
    return { success: true, transactions: state.transactions.filter((t) => t.cardId === card.cardId).map(transactionView) };
  }),
  route("POST", "/wallet-cards/validate-code", "all", ({ state, emit }, body) => {
    const card = findCard(state, body.cardId);
    const code = stringField(body, "code");
    const tx = state.transactions.find((t) => t.cardId === card.cardId && t.pendingCode === code && t.status === 3);
    if (!tx) throw refusal("Invalid or expired code");
    delete tx.pendingCode;
    if (card.status !== "active" || card.balance.lt(tx.amount)) {
      tx.status = 6;
    } else {
      card.balance = card.balance.minus(tx.amount);
      tx.status = 1;
    }
    emit(cardTransactionBody("CC_CONSUME", card, tx));
    if (tx.status !== 1) throw refusal("Payment failed");
    return { success: true, validated: true };
  }),
  route("POST", "/wallet-cards/create", "all", ({ state, now }, body) => {
    cardCurrency(body);
    const { card, tx } = issue(state, KAZAWALLET_SANDBOX.merchantEmail, "basic", new Decimal("0.01"), now());
    return { created: true, cardId: card.cardId, createdTransfer: { id: tx.id } };
  }),
  route("POST", "/gift-card/create", "all", ({ state, now }, body) => {
    const currency = currencyOf(stringField(body, "giftCardCurrency"));
    const amount = amountField(body.amount);
    debit(state, currency, amount);
    const code = Array.from({ length: 4 }, () => String(randomInt(0, 10_000)).padStart(4, "0")).join("-");
    const expiresAt = new Date(now());
    expiresAt.setUTCFullYear(expiresAt.getUTCFullYear() + 1);
    state.giftCards.push({ code, amount, currency, expiresAt, redeemedBy: null });
    return { success: true, giftCard: { code, amount: amount.toFixed(2), currency, expiresAt: expiresAt.toISOString() } };
  }),
  route("POST", "/gift-card/redeem", "all", ({ state, now }, body) => {
    const email = userEmail(body, "userEmail");
    const gift = state.giftCards.find((g) => g.code === stringField(body, "giftCardCode"));
    if (!gift) throw refusal("Gift card not found", 404);
    if (gift.redeemedBy) throw refusal("Gift card already redeemed");
    if (gift.expiresAt.getTime() <= now()) throw refusal("Gift card expired");
    gift.redeemedBy = email;
    return { success: true, redeemed: { amount: gift.amount.toFixed(2), currency: gift.currency, userEmail: email } };
  }),
];

const router = sandboxRouter<Ctx>(ROUTES, {
  notFound: (_req, url) => refusal(`No endpoint ${url.pathname}`, 404).response,
  methodNotAllowed: (_req, url, allowed) => refusal(`${url.pathname} accepts ${allowed.join(", ")} only`, 405).response,
});

export interface KazawalletSandboxOptions {
  now?: () => number;
  /** How webhooks are POSTed (default: the platform fetch). */
  deliver?: FetchFn;
  /** The merchant profile's webhook URL (default: this console's receiver with the sandbox token; null: none). */
  webhookUrl?: string | null;
}

/**
 * The Kazawallet simulator: every endpoint of seed 004 relative to https://outdoor.kasroad.com/wallet,
 * the documented headers and error shape, merchant wallets every operation moves, the card
 * state machine (./cards.ts), development payment methods 15 and 13 (./methods.ts), and webhooks
 * to the merchant's URL. Control actions (`POST /sandbox/_control/kazawallet/<action>`):
 * - `state` — wallets, cards, transactions, links, requests, transfers, gift cards (codes left out)
 * - `journal` — requests received `{method, path}`; `deliveries` — webhooks sent (after in-flight ones finish)
 * - `purchase {cardId, amount, merchantName?, threeDS?}` — a card payment: with `threeDS` an IN_PROCESS
 *   transaction and a 3DS_CONFIRM event, otherwise a CC_CONSUME (status 1, or 6 when the card cannot pay)
 * - `refund {cardId, amount, merchantName?}` — CC_REFUND; `recharge {cardId, amount}` — a recharge from the issuer side, CC_RECHARGE
 * - `pay-link {orderId, status: "fulfilled"|"timed_out"}` — the payment-link webhook
 * - `complete-request {transactionId, status: "completed"|"rejected"}` — a withdrawal or deposit completing
 * - `set-webhook-url {url|null}`
 * `snapshot`/`restore` carry the whole state (its id tag and sequence too) and the webhook URL.
 * Source: seed 004 (whole document); kazawallet-recovered.md; OUR DESIGN where both are silent (docs/providers/kazawallet.md).
 */
export function createKazawalletSandbox(options: KazawalletSandboxOptions = {}): Sandbox {
  const now = options.now ?? (() => Date.now());
  let state = seedState(randomBytes(3).toString("hex"));
  const defaultUrl = () => (options.webhookUrl === undefined ? `${appOrigin()}/api/webhooks/kazawallet?token=${sandboxWebhookToken()}` : options.webhookUrl);
  let webhookUrl: string | null | undefined;
  const sender = createSender(() => state, () => (webhookUrl === undefined ? defaultUrl() : webhookUrl), options.deliver ?? ((input, init) => fetch(input, init)));
  const ctx = (): Ctx => ({ state, now, emit: (body) => void sender.send(body) });

  function event(body: unknown) {
    return sender.send(body).then((delivery) => jsonResponse({ delivered: delivery }));
  }

  async function control(action: string, raw: unknown): Promise<Response> {
    const body = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
    switch (action) {
      case "state":
        return jsonResponse({
          wallets: Object.fromEntries([...state.wallets].map(([c, a]) => [c, a.toFixed(2)])),
          cards: state.cards.map(cardView),
          transactions: state.transactions.map((t) => ({ ...transactionView(t), cardId: t.cardId })),
          links: state.links,
          requests: state.requests.map((r) => ({ ...r, amount: r.amount.toFixed(2) })),
          transfers: state.transfers.map((t) => ({ ...t, amount: t.amount.toFixed(2) })),
          giftCards: state.giftCards.map((g) => ({ amount: g.amount.toFixed(2), currency: g.currency, expiresAt: g.expiresAt, redeemedBy: g.redeemedBy })),
        });
      case "journal":
        return jsonResponse({ requests: state.journal });
      case "deliveries":
        await sender.settle();
        return jsonResponse({ deliveries: state.deliveries });
      case "set-webhook-url":
        webhookUrl = typeof body.url === "string" ? body.url : null;
        return jsonResponse({ webhookUrl });
      case "purchase": {
        const card = findCard(state, body.cardId);
        const amount = amountField(body.amount);
        const merchantName = typeof body.merchantName === "string" ? body.merchantName : "Sandbox Store";
        if (body.threeDS === true) {
          const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
          const tx = addTransaction(state, now(), { cardId: card.cardId, amount, currency: card.currency, status: 3, type: 2, direction: 2, merchantName, reason: null, pendingCode: code });
          return event(threeDsBody(card, tx, code));
        }
        const payable = card.status === "active" && card.balance.gte(amount);
        if (payable) card.balance = card.balance.minus(amount);
        const tx = addTransaction(state, now(), { cardId: card.cardId, amount, currency: card.currency, status: payable ? 1 : 6, type: 2, direction: 2, merchantName, reason: payable ? null : "R7" });
        return event(cardTransactionBody("CC_CONSUME", card, tx));
      }
      case "refund": {
        const card = findCard(state, body.cardId);
        if (card.status === "cancelled") throw refusal("Card is cancelled");
        const amount = amountField(body.amount);
        card.balance = card.balance.plus(amount);
        const merchantName = typeof body.merchantName === "string" ? body.merchantName : "Sandbox Store";
        const tx = addTransaction(state, now(), { cardId: card.cardId, amount, currency: card.currency, status: 1, type: 3, direction: 1, merchantName, reason: null });
        return event(cardTransactionBody("CC_REFUND", card, tx));
      }
      case "recharge": {
        const card = findCard(state, body.cardId);
        if (card.status !== "active") throw refusal(`Card is ${card.status}`);
        const amount = amountField(body.amount);
        card.balance = card.balance.plus(amount);
        const tx = addTransaction(state, now(), { cardId: card.cardId, amount, currency: card.currency, status: 1, type: 1, direction: 1, merchantName: null, reason: null });
        return event(cardTransactionBody("CC_RECHARGE", card, tx));
      }
      case "pay-link": {
        const link = state.links.find((l) => l.orderId === body.orderId);
        if (!link) throw refusal("Payment link not found", 404);
        if (link.status !== "pending") throw refusal(`Payment link is already ${link.status}`);
        if (body.status !== "fulfilled" && body.status !== "timed_out") throw refusal("status must be fulfilled or timed_out");
        link.status = body.status;
        if (link.status === "fulfilled") credit(state, link.currency, new Decimal(link.amount));
        return event(linkBody(link, KAZAWALLET_SANDBOX.apiKey, KAZAWALLET_SANDBOX.apiSecret));
      }
      case "complete-request": {
        const request = state.requests.find((r) => r.transactionId === body.transactionId);
        if (!request) throw refusal("Request not found", 404);
        if (request.status !== "pending") throw refusal(`Request is already ${request.status}`);
        if (body.status !== "completed" && body.status !== "rejected") throw refusal("status must be completed or rejected");
        request.status = body.status;
        if (request.kind === "withdrawal" && request.status === "rejected") credit(state, request.currency, request.amount);
        if (request.kind === "deposit" && request.status === "completed") credit(state, request.currency, request.amount);
        return event({
          event: request.kind === "withdrawal" ? "WITHDRAWAL" : "DEPOSIT",
          transaction_id: request.transactionId,
          status: request.status,
          amount: request.amount.toFixed(2),
          currency: request.currency,
        });
      }
      default:
        return jsonResponse({ message: `unknown action ${action}` }, 404);
    }
  }

  return {
    handle: (req) => router.handle(req, ctx()),
    reset() {
      state = seedState(state.idTag, state.sequence);
      webhookUrl = undefined;
    },
    snapshot: () => ({ state: encodeState(state), webhookUrl: webhookUrl ?? null, webhookUrlSet: webhookUrl !== undefined }),
    restore(snapshot) {
      const saved = snapshot as { state: JsonValue; webhookUrl: string | null; webhookUrlSet: boolean };
      state = decodeState<SandboxState>(saved.state);
      webhookUrl = saved.webhookUrlSet ? saved.webhookUrl : undefined;
    },
    async control(action, body) {
      try {
        return await control(action, body);
      } catch (error) {
        if (isSandboxRefusal(error)) return error.response;
        throw error;
      }
    },
  };
}
