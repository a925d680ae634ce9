import type { GiftCardOrder } from "@prisma/client";

/** An order as the browser sees it: decimals as strings, dates as ISO strings, nothing secret. */
export interface GiftCardOrderDto {
  id: string;
  idempotencyKey: string;
  productId: number;
  productName: string;
  brandName: string | null;
  countryIsoName: string | null;
  currencyCode: string;
  unitPrice: string;
  feeAmount: string;
  totalAmount: string;
  status: string;
  providerOrderId: string | null;
  providerStatus: string | null;
  senderName: string;
  recipientEmail: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  refundReason: string | null;
  createdByEmail: string | null;
  createdAt: string;
  updatedAt: string;
  reconciledAt: string | null;
}

export function toOrderDto(o: GiftCardOrder): GiftCardOrderDto {
  return {
    id: o.id,
    idempotencyKey: o.idempotencyKey,
    productId: o.productId,
    productName: o.productName,
    brandName: o.brandName,
    countryIsoName: o.countryIsoName,
    currencyCode: o.currencyCode,
    unitPrice: o.unitPrice.toString(),
    feeAmount: o.feeAmount.toString(),
    totalAmount: o.totalAmount.toString(),
    status: o.status,
    providerOrderId: o.providerOrderId,
    providerStatus: o.providerStatus,
    senderName: o.senderName,
    recipientEmail: o.recipientEmail,
    lastErrorCode: o.lastErrorCode,
    lastErrorMessage: o.lastErrorMessage,
    refundReason: o.refundReason,
    createdByEmail: o.createdByEmail,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    reconciledAt: o.reconciledAt?.toISOString() ?? null,
  };
}
