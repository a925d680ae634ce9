import Decimal from "decimal.js";
import { z } from "zod";
import { ktnChargeTypeSchema } from "../schemas";
import { fulfil } from "./orders";
import { jsonResponse } from "./responses";
import { ktnTimestamp, type SandboxState } from "./state";
import { accountView, orderListView } from "./views";

/*
 * The sandbox's own control surface (POST /sandbox/_control/ktn/<action>): not part of KTN's API,
 * so it answers plain JSON rather than KTN envelopes.
 */

const fulfilBody = z.object({ orderId: z.number().int() });
/** Dollars as a number or a string, at most 2 decimals, never negative. */
const amount = z
  .union([z.number(), z.string()])
  .refine((value) => /^\d+(\.\d{1,2})?$/.test(String(value)), "balance must be a non-negative amount with at most 2 decimals");
const setAccountBody = z.object({ balance: amount.optional(), chargeType: ktnChargeTypeSchema.optional() });
/** A tier's fee: dollars for the fixed tiers, a percentage for the top one; never negative. */
const fee = z.number().nonnegative().optional();
const setFeePreferenceBody = z
  .object({
    feeFor1To99: fee,
    feeFor100To250: fee,
    feeFor251To500: fee,
    feeFor501To750: fee,
    feeFor751To999: fee,
    feePercentageFor1000To5000: fee,
  })
  .strict();

const invalid = (error: z.ZodError) => jsonResponse(400, { error: "invalid body", issues: error.issues });

export async function control(state: SandboxState, action: string, body: unknown, at: Date): Promise<Response> {
  switch (action) {
    case "fulfil": {
      const parsed = fulfilBody.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      const order = state.orders.get(parsed.data.orderId);
      if (!order) return jsonResponse(404, { error: `no order ${parsed.data.orderId}` });
      if (order.giftCardStatus !== "PENDING") {
        return jsonResponse(409, { error: `order ${order.id} is ${order.giftCardStatus}, not PENDING` });
      }
      fulfil(state, order, at);
      return jsonResponse(200, { order: orderListView(order) });
    }
    case "set-account": {
      const parsed = setAccountBody.safeParse(body ?? {});
      if (!parsed.success) return invalid(parsed.error);
      const { balance, chargeType } = parsed.data;
      if (balance !== undefined) state.account.balance = new Decimal(String(balance));
      if (chargeType) state.account.chargeType = chargeType;
      state.account.balanceAccountUpdatedAt = at;
      state.account.balanceAccountVersion += 1;
      return jsonResponse(200, { account: accountView(state.account) });
    }
    case "set-fee-preference": {
      const parsed = setFeePreferenceBody.safeParse(body ?? {});
      if (!parsed.success) return invalid(parsed.error);
      const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
      state.feePreference = { ...state.feePreference, ...changes, updatedAt: ktnTimestamp(at), version: state.feePreference.version + 1 };
      return jsonResponse(200, { feePreference: state.feePreference });
    }
    case "orders": {
      const orders = [...state.orders.values()].map((order) => ({
        ...orderListView(order),
        idempotencyKey: order.idempotencyKey,
      }));
      return jsonResponse(200, { orders });
    }
    default:
      return jsonResponse(404, { error: `unknown control action '${action}' (fulfil, set-account, set-fee-preference, orders)` });
  }
}
