-- CreateIndex
CREATE INDEX "GiftCardOrder_providerOrderId_idx" ON "GiftCardOrder"("providerOrderId");


-- The orders search (lib/providers/ktn/operations/order-search.ts): product, brand and sender
-- names by substring, case-insensitive (Prisma's `contains` with mode "insensitive" is ILIKE
-- '%…%'), served by trigram GIN indexes instead of a scan of every order. Not in schema.prisma
-- (the SQLite source schema cannot name operator classes) and the SQLite migration of the same name
-- adds an FTS5 trigram table instead.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "GiftCardOrder_productName_trgm_idx" ON "GiftCardOrder" USING gin ("productName" gin_trgm_ops);
CREATE INDEX "GiftCardOrder_brandName_trgm_idx" ON "GiftCardOrder" USING gin ("brandName" gin_trgm_ops);
CREATE INDEX "GiftCardOrder_senderName_trgm_idx" ON "GiftCardOrder" USING gin ("senderName" gin_trgm_ops);
