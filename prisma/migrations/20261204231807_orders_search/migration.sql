-- CreateIndex
CREATE INDEX "GiftCardOrder_providerOrderId_idx" ON "GiftCardOrder"("providerOrderId");


-- The orders search (lib/providers/ktn/operations/order-search.ts): product, brand and sender
-- names by substring, case-insensitive, through an FTS5 trigram index instead of a LIKE scan of
-- every order. Not in schema.prisma (Prisma has no virtual tables); kept by the triggers below.
-- The row carries the order's id (its rowid is its own: a table without an INTEGER PRIMARY KEY
-- may renumber its rowids on VACUUM). Names never change after the purchase and orders are not
-- deleted in normal operation, so the UPDATE and DELETE triggers (a scan of the index's rows)
-- are rare.
CREATE VIRTUAL TABLE "GiftCardOrderSearch" USING fts5("orderId" UNINDEXED, "productName", "brandName", "senderName", tokenize = 'trigram');

INSERT INTO "GiftCardOrderSearch" ("orderId", "productName", "brandName", "senderName")
  SELECT "id", "productName", "brandName", "senderName" FROM "GiftCardOrder";

CREATE TRIGGER "GiftCardOrder_search_insert" AFTER INSERT ON "GiftCardOrder" BEGIN
  INSERT INTO "GiftCardOrderSearch" ("orderId", "productName", "brandName", "senderName")
    VALUES (new."id", new."productName", new."brandName", new."senderName");
END;

CREATE TRIGGER "GiftCardOrder_search_update" AFTER UPDATE OF "id", "productName", "brandName", "senderName" ON "GiftCardOrder" BEGIN
  UPDATE "GiftCardOrderSearch" SET "orderId" = new."id", "productName" = new."productName", "brandName" = new."brandName", "senderName" = new."senderName"
    WHERE "orderId" = old."id";
END;

CREATE TRIGGER "GiftCardOrder_search_delete" AFTER DELETE ON "GiftCardOrder" BEGIN
  DELETE FROM "GiftCardOrderSearch" WHERE "orderId" = old."id";
END;
