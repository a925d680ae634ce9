-- CreateTable
CREATE TABLE "OpenLoyaltyTransaction" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tranOrderNo" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "entryType" TEXT NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL,
    "approvedAmount" DECIMAL(65,30),
    "currency" TEXT,
    "nsfAllowed" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "result" INTEGER,
    "checkoutId" TEXT,
    "paywizardId" TEXT,
    "transIndexCode" TEXT,
    "originalId" TEXT,
    "voidedAt" TIMESTAMP(3),
    "balanceBefore" DECIMAL(65,30),
    "balanceAfter" DECIMAL(65,30),
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpenLoyaltyTransaction_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "OpenLoyaltyTransaction" ADD CONSTRAINT "OpenLoyaltyTransaction_originalId_fkey" FOREIGN KEY ("originalId") REFERENCES "OpenLoyaltyTransaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

