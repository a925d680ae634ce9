import Decimal from "decimal.js";
import { quoteKtnFee } from "../fees";
import { paymentTransactionId } from "./codes";
import { findProduct, senderAmount } from "./products";
import { badRequest, ktnRefusal, notFound } from "./responses";
import type { SandboxProduct } from "./catalogue";
import { adjustBalance, type SandboxOrder, type SandboxState } from "./state";

/*
 * POST /api/v1/merchant/giftCard/purchaseGiftCard.
 * Source: "Purchase Gift Card" (Idempotent-Key header, request body, FIXED/RANGE rules),
 * "MerchantApiProfileGiftCardOrderRequest", "ChargeType Enum", "Get Active Fee Preference".
 */

const MAX_KEY_LENGTH = 255;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface PurchaseInput {
  productId: number;
  unitPrice: Decimal;
  email: string | null;
  senderName: string;
}

type Body = Record<string, unknown>;

/** Same key + same fingerprint is a replay. 50 and 50.00 are one price; a missing email equals null. */
function fingerprint(body: Body): string {
  const { productId, unitPrice, email, senderName, quantity } = body;
  const price = typeof unitPrice === "number" && Number.isFinite(unitPrice) ? new Decimal(unitPrice).toString() : unitPrice;
  return JSON.stringify([productId, price, email ?? null, senderName, quantity ?? 1]);
}

function parseInput(body: Body): PurchaseInput {
  const { productId, unitPrice, email, senderName, quantity } = body;
  if (typeof productId !== "number" || !Number.isInteger(productId) || productId <= 0) {
    throw badRequest("productId is required", "productId must be a positive integer");
  }
  if (typeof unitPrice !== "number" || !Number.isFinite(unitPrice) || unitPrice <= 0) {
    throw badRequest("unitPrice is required", "unitPrice must be a positive number");
  }
  const price = new Decimal(unitPrice);
  if (price.decimalPlaces() > 2) throw badRequest("invalid unitPrice", "unitPrice has more than 2 decimal places");
  if (typeof senderName !== "string" || !senderName.trim()) {
    throw badRequest("senderName is required", "senderName must be a non-empty string");
  }
  if (email != null && (typeof email !== "string" || !EMAIL.test(email))) {
    throw badRequest("invalid email", "email must be a valid email address");
  }
  // The documented request has no quantity and every order has quantity 1: refuse anything else
  // rather than silently sell one card for a request of several.
  if (quantity !== undefined && quantity !== 1) {
    throw badRequest("invalid quantity", "quantity is not a documented field; an order is exactly one gift card");
  }
  return { productId, unitPrice: price, email: email ?? null, senderName };
}

function checkDenomination(product: SandboxProduct, price: Decimal): void {
  const d = product.denominations;
  if (d.type === "FIXED" && !d.values.some((value) => price.eq(value))) {
    throw badRequest(
      "invalid unitPrice for this gift card",
      `unitPrice ${price} is not one of fixedRecipientDenominations [${d.values.join(", ")}] (${product.currency})`,
    );
  }
  if (d.type === "RANGE" && (price.lt(d.min) || price.gt(d.max))) {
    throw badRequest(
      "invalid unitPrice for this gift card",
      `unitPrice ${price} is outside minRecipientDenomination ${d.min} .. maxRecipientDenomination ${d.max} (${product.currency})`,
    );
  }
}

function createOrder(state: SandboxState, input: PurchaseInput, key: string, body: Body, now: Date): SandboxOrder {
  const product = findProduct(input.productId);
  if (!product) throw notFound("gift card product not found", `no gift card product with productId ${input.productId}`);
  checkDenomination(product, input.unitPrice);

  const subTotal = senderAmount(product, input.unitPrice);
  const quote = quoteKtnFee(subTotal, state.feePreference);
  if (!quote) {
    throw badRequest("amount outside the fee tiers", `order amount $${subTotal.toFixed(2)} is outside the priced range $1 – $5,000`);
  }
  const total = subTotal.plus(quote.fee);
  const { account } = state;
  const chargesBalance = account.chargeType === "CHARGE_ACCOUNT_BALANCE";
  if (chargesBalance && account.balance.lt(total)) {
    throw badRequest(
      "insufficient account balance",
      `order total $${total.toFixed(2)} exceeds the account balance $${account.balance.toFixed(2)}`,
    );
  }

  const id = state.nextOrderId++;
  const order: SandboxOrder = {
    id,
    createdAt: now,
    updatedAt: now,
    version: 0,
    productId: product.productId,
    productName: product.productName,
    quantity: 1,
    unitPrice: input.unitPrice,
    subTotal,
    fee: quote.fee,
    total,
    email: input.email,
    senderName: input.senderName,
    paymentStatus: "PENDING",
    giftCardStatus: "PENDING",
    giftCardTransactionId: null,
    giftCardCustomIdentifier: null,
    paymentTransactionId: paymentTransactionId(id),
    chargeType: account.chargeType,
    balanceHeld: chargesBalance ? total : new Decimal(0),
    idempotencyKey: key,
    requestFingerprint: fingerprint(body),
    credentials: [],
  };
  if (chargesBalance) adjustBalance(account, total.neg(), now);
  state.orders.set(id, order);
  state.orderIdByKey.set(key, id);
  return order;
}

/**
 * Creates the order for `key`, or replays it: the same key with the same body answers the
 * existing order (no second charge); the same key with another body is refused with 422, the
 * status the IETF Idempotency-Key draft gives for key reuse. Refused requests do not consume the key.
 */
export async function purchase(state: SandboxState, req: Request, now: Date): Promise<SandboxOrder> {
  const key = req.headers.get("idempotent-key")?.trim();
  if (!key) {
    throw badRequest(
      "Idempotent-Key header is required",
      "Required request header 'Idempotent-Key' for method parameter type String is not present",
    );
  }
  if (key.length > MAX_KEY_LENGTH) throw badRequest("invalid Idempotent-Key", `Idempotent-Key is longer than ${MAX_KEY_LENGTH} characters`);

  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw badRequest("Malformed JSON request", "request body is not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("Malformed JSON request", "request body must be a JSON object");
  }

  const existingId = state.orderIdByKey.get(key);
  if (existingId !== undefined) {
    const existing = state.orders.get(existingId);
    if (existing && existing.requestFingerprint === fingerprint(body as Body)) return existing;
    throw ktnRefusal(
      422,
      "Idempotent-Key was already used with a different request",
      `Idempotent-Key ${key} belongs to order ${existingId}; send a new key for a new purchase`,
    );
  }
  return createOrder(state, parseInput(body as Body), key, body as Body, now);
}
