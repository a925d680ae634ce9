-- CreateTable
CREATE TABLE "OpenLoyaltyTransaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "tranOrderNo" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "entryType" TEXT NOT NULL,
    "amount" DECIMAL NOT NULL,
    "approvedAmount" DECIMAL,
    "currency" TEXT,
    "nsfAllowed" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "result" INTEGER,
    "checkoutId" TEXT,
    "paywizardId" TEXT,
    "transIndexCode" TEXT,
    "originalId" TEXT,
    "voidedAt" DATETIME,
    "balanceBefore" DECIMAL,
    "balanceAfter" DECIMAL,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OpenLoyaltyTransaction_originalId_fkey" FOREIGN KEY ("originalId") REFERENCES "OpenLoyaltyTransaction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "OpenLoyaltyTransaction_tranOrderNo_key" ON "OpenLoyaltyTransaction"("tranOrderNo");

-- CreateIndex
CREATE INDEX "OpenLoyaltyTransaction_accountId_createdAt_idx" ON "OpenLoyaltyTransaction"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "OpenLoyaltyTransaction_status_idx" ON "OpenLoyaltyTransaction"("status");

-- CreateIndex
CREATE INDEX "OpenLoyaltyTransaction_createdAt_idx" ON "OpenLoyaltyTransaction"("createdAt");

-- CreateIndex
CREATE INDEX "OpenLoyaltyTransaction_checkoutId_idx" ON "OpenLoyaltyTransaction"("checkoutId");

