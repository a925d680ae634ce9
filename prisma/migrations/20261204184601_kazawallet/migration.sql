-- CreateTable
CREATE TABLE "KazawalletCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cardId" TEXT,
    "email" TEXT NOT NULL,
    "cardType" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "initialAmount" DECIMAL NOT NULL,
    "status" TEXT NOT NULL,
    "balance" DECIMAL,
    "cardNumber" TEXT,
    "issueAttempts" INTEGER NOT NULL DEFAULT 1,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncedAt" DATETIME,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KazawalletTopUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cardRecordId" TEXT NOT NULL,
    "amount" DECIMAL NOT NULL,
    "fee" DECIMAL,
    "status" TEXT NOT NULL,
    "providerTransactionId" TEXT,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "KazawalletTopUp_cardRecordId_fkey" FOREIGN KEY ("cardRecordId") REFERENCES "KazawalletCard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KazawalletRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "email" TEXT,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL NOT NULL,
    "paymentMethod" TEXT,
    "fields" JSONB,
    "note" TEXT,
    "providerId" TEXT,
    "status" TEXT NOT NULL,
    "history" JSONB NOT NULL,
    "codeLast4" TEXT,
    "expiresAt" DATETIME,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KazawalletPaymentLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT,
    "url" TEXT,
    "amount" DECIMAL NOT NULL,
    "currency" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ref" TEXT,
    "redirectUrl" TEXT,
    "status" TEXT NOT NULL,
    "expectedBy" DATETIME NOT NULL,
    "paidAmount" TEXT,
    "webhookEventId" TEXT,
    "settledAt" DATETIME,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KazawalletCardEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webhookEventId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "amount" DECIMAL NOT NULL,
    "currency" TEXT NOT NULL,
    "merchantName" TEXT,
    "transactionAt" DATETIME NOT NULL,
    "status" INTEGER,
    "type" INTEGER,
    "direction" INTEGER,
    "confirmed" BOOLEAN NOT NULL,
    "providerTransactionId" TEXT,
    "codeCiphertext" TEXT,
    "threeDsStatus" TEXT,
    "validatedAt" DATETIME,
    "validatedByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "KazawalletCard_cardId_key" ON "KazawalletCard"("cardId");

-- CreateIndex
CREATE INDEX "KazawalletCard_status_idx" ON "KazawalletCard"("status");

-- CreateIndex
CREATE INDEX "KazawalletCard_email_idx" ON "KazawalletCard"("email");

-- CreateIndex
CREATE UNIQUE INDEX "KazawalletTopUp_providerTransactionId_key" ON "KazawalletTopUp"("providerTransactionId");

-- CreateIndex
CREATE INDEX "KazawalletTopUp_cardRecordId_status_idx" ON "KazawalletTopUp"("cardRecordId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "KazawalletRequest_providerId_key" ON "KazawalletRequest"("providerId");

-- CreateIndex
CREATE INDEX "KazawalletRequest_kind_status_idx" ON "KazawalletRequest"("kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "KazawalletPaymentLink_orderId_key" ON "KazawalletPaymentLink"("orderId");

-- CreateIndex
CREATE INDEX "KazawalletPaymentLink_status_expectedBy_idx" ON "KazawalletPaymentLink"("status", "expectedBy");

-- CreateIndex
CREATE UNIQUE INDEX "KazawalletCardEvent_webhookEventId_key" ON "KazawalletCardEvent"("webhookEventId");

-- CreateIndex
CREATE INDEX "KazawalletCardEvent_cardId_createdAt_idx" ON "KazawalletCardEvent"("cardId", "createdAt");

-- CreateIndex
CREATE INDEX "KazawalletCardEvent_event_threeDsStatus_idx" ON "KazawalletCardEvent"("event", "threeDsStatus");

