import type { SandboxOrder } from "./state";
import { ktnTimestamp, type SandboxAccount } from "./state";
import { productPhoto, redeemInstructionOf, requireProduct } from "./products";

/*
 * Orders and the account as each documented example shows them: the three order examples carry
 * different field sets (the purchase response adds transactionId, customIdentifier,
 * redeemInstruction and productPhoto; get-by-id drops merchantApiProfileId), and so does the
 * sandbox. Source: "Purchase Gift Card", "List All Orders", "Get Order By ID" examples.
 */

const MERCHANT_API_PROFILE_ID = 1;

function common(order: SandboxOrder) {
  return {
    id: order.id,
    createdAt: ktnTimestamp(order.createdAt),
    updatedAt: ktnTimestamp(order.updatedAt),
    version: order.version,
    active: false,
    productId: order.productId,
    quantity: order.quantity,
    unitPrice: order.unitPrice.toNumber(),
    fee: order.fee.toNumber(),
    subTotal: order.subTotal.toNumber(),
    total: order.total.toNumber(),
  };
}

function statuses(order: SandboxOrder) {
  return {
    paymentStatus: order.paymentStatus,
    giftCardStatus: order.giftCardStatus,
    giftCardTransactionId: order.giftCardTransactionId,
    giftCardCustomIdentifier: order.giftCardCustomIdentifier,
    paymentTransactionId: order.paymentTransactionId,
  };
}

/** Order by id: the documented fields without merchantApiProfileId. */
export function orderByIdView(order: SandboxOrder) {
  return {
    ...common(order),
    email: order.email,
    productName: order.productName,
    senderName: order.senderName,
    ...statuses(order),
    chargeType: order.chargeType,
  };
}

export function orderListView(order: SandboxOrder) {
  const { chargeType, ...rest } = orderByIdView(order);
  return { ...rest, merchantApiProfileId: MERCHANT_API_PROFILE_ID, chargeType };
}

/** The purchase response; its example has `merchantApiProfileId: null`, reproduced here. */
export function purchaseView(order: SandboxOrder) {
  const product = requireProduct(order.productId);
  return {
    ...common(order),
    transactionId: null,
    customIdentifier: null,
    email: order.email,
    productName: order.productName,
    redeemInstruction: redeemInstructionOf(product),
    senderName: order.senderName,
    ...statuses(order),
    productPhoto: productPhoto(product),
    merchantApiProfileId: null,
    chargeType: order.chargeType,
  };
}

/** Source: "Get Account Details" example (field set and order). */
export function accountView(account: SandboxAccount) {
  return {
    id: MERCHANT_API_PROFILE_ID,
    createdAt: ktnTimestamp(account.createdAt),
    updatedAt: ktnTimestamp(account.updatedAt),
    version: account.version,
    active: true,
    merchantApiProfileBalanceAccount: {
      id: 1,
      createdAt: ktnTimestamp(account.createdAt),
      updatedAt: ktnTimestamp(account.balanceAccountUpdatedAt),
      version: account.balanceAccountVersion,
      active: true,
      balance: account.balance.toNumber(),
      chargeType: account.chargeType,
    },
  };
}
