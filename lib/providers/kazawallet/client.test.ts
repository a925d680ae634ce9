import { describe, expect, it } from "vitest";
import { providerRejection } from "@/lib/testing/rejection";
import { createKazawalletClient } from "./client";
import { sandboxClient } from "./testing/sandbox-client";

type State = { wallets: Record<string, string>; cards: { cardId: string; status: string; balance: string }[] };

describe("Kazawallet client against the sandbox: headers and errors", () => {
  it("sends x-api-key, x-api-secret and merchant-email on merchant endpoints, only x-api-key on createPaymentLink", async () => {
    const { client, sent } = sandboxClient();
    await client.getMerchantWallets();
    await client.createPaymentLink({ amount: "25.50", currency: "USD", email: "payer@example.com", ref: "order-1" });
    expect(sent[0]).toMatchObject({ method: "GET", path: "/get-merchant-wallets" });
    expect(sent[0].headers).toMatchObject({ "x-api-key": "kw_sandbox_key", "x-api-secret": "kw_sandbox_secret", "merchant-email": "merchant@demo.test" });
    expect(sent[1]).toMatchObject({ method: "POST", path: "/createPaymentLink", body: { amount: "25.5", currency: "USD", email: "payer@example.com", ref: "order-1" } });
    expect(sent[1].headers["x-api-key"]).toBe("kw_sandbox_key");
    expect(sent[1].headers["x-api-secret"]).toBeUndefined();
    expect(sent[1].headers["merchant-email"]).toBeUndefined();
  });

  it.each([
    ["a wrong key", { apiKey: "nope" }, "Invalid API key"],
    ["a wrong secret", { apiSecret: "nope" }, "Invalid API secret"],
    ["another merchant", { merchantEmail: "other@demo.test" }, "Invalid merchant email"],
  ])("turns {success:false, error} for %s into a ProviderError with that message", async (_name, credentials, message) => {
    const { client } = sandboxClient(credentials);
    const error = await providerRejection(client.getMerchantWallets());
    expect(error).toMatchObject({ provider: "kazawallet", code: "KAZAWALLET_ERROR", message, httpStatus: 401, outcome: "failed" });
  });

  it("reads an error envelope answered with HTTP 200 as a refusal", async () => {
    const client = createKazawalletClient(
      { baseUrl: "http://x.test", apiKey: "k", apiSecret: "s", merchantEmail: "m@x.test" },
      async () => Response.json({ success: false, error: "Error Msg" }),
    );
    expect(await providerRejection(client.getRates())).toMatchObject({ code: "KAZAWALLET_ERROR", message: "Error Msg", httpStatus: 200 });
  });

  it("refuses a float-precision or negative amount before sending", async () => {
    const { client, sent } = sandboxClient();
    expect(await providerRejection(client.topUpCard({ cardId: "kc-1", amount: "10.005" }))).toMatchObject({ code: "INVALID_REQUEST", httpStatus: null });
    expect(await providerRejection(client.transferFromMerchantToUser({ email: "u@example.com", currency: "USD", amount: "-1" }))).toMatchObject({ code: "INVALID_REQUEST" });
    expect(sent).toHaveLength(0);
  });
});

describe("Kazawallet client against the sandbox: merchant wallet", () => {
  it("reads rates, wallets (USD, USDT, SYP among them) and the fields of development methods 15 and 13", async () => {
    const { client, sent } = sandboxClient();
    const rates = await client.getRates();
    expect(rates.rates.find((r) => r.from === "USD" && r.to === "SYP")?.rate.toString()).toBe("13000");
    const wallets = await client.getMerchantWallets();
    expect(wallets.wallets.map((w) => w.currency)).toEqual(expect.arrayContaining(["USD", "USDT", "SYP"]));
    const trc20 = await client.getPaymentMethodFields(15, "withdraw");
    expect(sent.at(-1)?.path).toBe("/get-payment-method-fields?id=15&field=withdraw");
    expect(trc20).toMatchObject({ name: "USDT-TRC20", fields: [{ slug: "usdt-trc20-address", required: true }, { slug: "usdt-trc20-memo", required: false }] });
    expect((await client.getPaymentMethodFields("13", "deposit")).fields[0].slug).toBe("usdt-bep20-txid");
    expect(await providerRejection(client.getPaymentMethodFields(99, "withdraw"))).toMatchObject({ message: "Payment method not found", httpStatus: 404 });
  });

  it("a withdrawal, a deposit and a transfer move the wallets as documented", async () => {
    const { client, sent, control } = sandboxClient();
    const withdrawal = await client.createWithdrawalRequest({
      email: "user@example.com",
      currency: "USDT",
      amount: "100.00",
      note: "payout",
      paymentMethod: "15",
      fields: { "usdt-trc20-address": "TXYZ" },
    });
    expect(withdrawal.createdPayment).toMatchObject({ status: "pending" });
    expect(sent[0].headers["merchant-email"]).toBeUndefined();
    const deposit = await client.createDepositRequest({ email: "user@example.com", currency: "USDT", amount: "50", paymentMethod: 13, fields: { "usdt-bep20-txid": "0xabc" } });
    expect(sent[1].body).toMatchObject({ merchantEmail: "merchant@demo.test", paymentMethod: 13, amount: "50" });
    expect(deposit.createdPayment.transaction_id).toMatch(/^de-/);
    const transfer = await client.transferFromMerchantToUser({ email: "user@example.com", currency: "USD", amount: "12.34" });
    expect(transfer.transfer).toMatchObject({ status: "completed", currency: "USD" });
    const { wallets } = await control<State>("state");
    expect(wallets).toMatchObject({ USDT: "9900.00", USD: "24987.66" });
  });

  it("refuses a withdrawal missing a required method field, or beyond the balance", async () => {
    const { client } = sandboxClient();
    expect(await providerRejection(client.createWithdrawalRequest({ email: "u@example.com", currency: "USDT", amount: "1", paymentMethod: "15" }))).toMatchObject({
      message: "fields.usdt-trc20-address is required",
    });
    expect(
      await providerRejection(client.createWithdrawalRequest({ email: "u@example.com", currency: "USDT", amount: "10000.01", paymentMethod: "15", fields: { "usdt-trc20-address": "T" } })),
    ).toMatchObject({ message: "Insufficient USDT balance" });
  });

  it("creates a gift card with a one-year expiry (none is sent) and redeems it once", async () => {
    const { client, sent } = sandboxClient();
    const created = await client.createGiftCard({ giftCardCurrency: "usd", amount: "20" });
    expect(sent[0].body).toEqual({ giftCardCurrency: "usd", amount: "20" });
    const expires = new Date(created.giftCard.expiresAt).getTime();
    expect(expires - Date.now()).toBeGreaterThan(364 * 86_400_000);
    expect(expires - Date.now()).toBeLessThan(367 * 86_400_000);
    const redeemed = await client.redeemGiftCard({ giftCardCode: created.giftCard.code, userEmail: "friend@example.com" });
    expect(redeemed.redeemed.amount.toFixed(2)).toBe("20.00");
    expect(await providerRejection(client.redeemGiftCard({ giftCardCode: created.giftCard.code, userEmail: "friend@example.com" }))).toMatchObject({
      message: "Gift card already redeemed",
    });
  });

  it("a user Kazawallet does not know is refused", async () => {
    const { client } = sandboxClient();
    expect(await providerRejection(client.transferFromMerchantToUser({ email: "ghost@unknown.test", currency: "USD", amount: "1" }))).toMatchObject({ message: "User not found" });
  });
});

describe("Kazawallet client against the sandbox: cards", () => {
  it("issues a plus card with its initial top-up; the USD wallet pays amount + issue fee + top-up fee", async () => {
    const { client, sent, control } = sandboxClient();
    const issued = await client.issueCard({ email: "holder@example.com", amount: "100.00", currency: "USD", cardType: "plus" });
    expect(sent[0]).toMatchObject({ method: "POST", path: "/wallet-cards/create-then-topup", body: { email: "holder@example.com", amount: "100", currency: "USD", cardType: "plus" } });
    expect(issued.cardId).toMatch(/^kc-/);
    expect(issued.createdTransfer.fee?.toFixed(2)).toBe("6.50");
    const { wallets } = await control<State>("state");
    expect(wallets.USD).toBe("24893.50");
    const details = await client.getCardDetails(issued.cardId);
    expect(sent.at(-1)?.path).toBe(`/wallet-cards/get-card-details?cardId=${issued.cardId}`);
    expect(details.card).toMatchObject({ cardType: "plus", status: "active", email: "holder@example.com" });
    expect(details.card.balance.toFixed(2)).toBe("100.00");
  });

  it("sends cardType basic by default", async () => {
    const { client, sent } = sandboxClient();
    await client.issueCard({ email: "holder@example.com", amount: "10", currency: "USD" });
    expect(sent[0].body).toMatchObject({ cardType: "basic" });
  });

  it("walks active → locked → active → cancelled and refuses every illegal transition", async () => {
    const { client, sent } = sandboxClient();
    const { cardId } = await client.issueCard({ email: "holder@example.com", amount: "50", currency: "USD" });
    expect((await client.topUpCard({ cardId, amount: "25" })).balance.toFixed(2)).toBe("75.00");
    expect(sent.at(-1)).toMatchObject({ method: "PUT", path: "/wallet-cards/topup", body: { cardId, amount: "25" } });
    expect(await providerRejection(client.unlockCard({ cardId }))).toMatchObject({ message: "Card is not locked" });
    expect((await client.lockCard({ cardId })).status).toBe("locked");
    expect(sent.at(-1)).toMatchObject({ method: "PUT", path: "/wallet-cards/lock", body: { cardId } });
    expect(await providerRejection(client.lockCard({ cardId }))).toMatchObject({ message: "Card is already locked" });
    expect(await providerRejection(client.topUpCard({ cardId, amount: "5" }))).toMatchObject({ message: "Card is locked: unlock it before a top-up" });
    expect((await client.unlockCard({ cardId })).status).toBe("active");
    expect((await client.cancelCard({ cardId })).status).toBe("cancelled");
    expect(sent.at(-1)).toMatchObject({ method: "PUT", path: "/wallet-cards/cancel" });
    for (const attempt of [client.topUpCard({ cardId, amount: "5" }), client.lockCard({ cardId }), client.unlockCard({ cardId }), client.cancelCard({ cardId })]) {
      expect((await providerRejection(attempt)).message).toMatch(/^Card is cancelled/);
    }
    expect(await providerRejection(client.getCardDetails("kc-missing"))).toMatchObject({ message: "Card not found", httpStatus: 404 });
  });

  it("lists the merchant's cards and a card's transactions with their codes", async () => {
    const { client, control } = sandboxClient();
    const { cardId } = await client.issueCard({ email: "holder@example.com", amount: "50", currency: "USD" });
    await control("purchase", { cardId, amount: "12.00", merchantName: "Coffee Bar" });
    expect((await client.getCardsList()).cards.map((c) => c.cardId)).toEqual([cardId]);
    const { transactions } = await client.getCardTransactions(cardId);
    expect(transactions.map((t) => [t.type, t.direction, t.status, t.amount.toFixed(2)])).toEqual([
      [1, 1, 1, "50.00"],
      [2, 2, 1, "12.00"],
    ]);
  });

  it("validates a 3DS code once: the IN_PROCESS payment becomes successful", async () => {
    const { client, control, webhooks } = sandboxClient();
    const { cardId } = await client.issueCard({ email: "holder@example.com", amount: "50", currency: "USD" });
    await control("purchase", { cardId, amount: "20", threeDS: true });
    const event = webhooks.find((w) => (w as { event: string }).event === "3DS_CONFIRM") as { details: { validateCode: string } };
    expect(await providerRejection(client.validateCode({ cardId, code: "000000x" }))).toMatchObject({ message: "Invalid or expired code" });
    expect(await client.validateCode({ cardId, code: event.details.validateCode })).toEqual({ success: true, validated: true });
    expect(await providerRejection(client.validateCode({ cardId, code: event.details.validateCode }))).toMatchObject({ message: "Invalid or expired code" });
    expect((await client.getCardDetails(cardId)).card.balance.toFixed(2)).toBe("30.00");
  });

  it("keeps the deprecated create (POST /wallet-cards/create, {currency})", async () => {
    const { client, sent } = sandboxClient();
    const created = await client.createCard({ currency: "USD" });
    expect(sent[0]).toMatchObject({ method: "POST", path: "/wallet-cards/create", body: { currency: "USD" } });
    expect(created).toMatchObject({ created: true, cardId: expect.stringMatching(/^kc-/) });
  });

  it("refuses an unknown tier and a non-USD card", async () => {
    const { client } = sandboxClient();
    expect(await providerRejection(client.issueCard({ email: "h@example.com", amount: "5", currency: "EUR" }))).toMatchObject({ message: "Cards are issued in USD only" });
    expect(await providerRejection(client.issueCard({ email: "h@example.com", amount: "5", currency: "USD", cardType: "gold" as "plus" }))).toMatchObject({ code: "INVALID_REQUEST" });
  });
});
