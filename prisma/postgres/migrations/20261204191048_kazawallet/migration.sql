-- CreateTable
CREATE TABLE "KazawalletCard" (
    "id" TEXT NOT NULL,
    "cardId" TEXT,
    "email" TEXT NOT NULL,
    "cardType" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "initialAmount" DECIMAL(65,30) NOT NULL,
    "status" TEXT NOT NULL,
    "balance" DECIMAL(65,30),
    "cardNumber" TEXT,
    "issueAttempts" INTEGER NOT NULL DEFAULT 1,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KazawalletCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KazawalletTopUp" (
    "id" TEXT NOT NULL,
    "cardRecordId" TEXT NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL,
    "fee" DECIMAL(65,30),
    "status" TEXT NOT NULL,
    "providerTransactionId" TEXT,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KazawalletTopUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KazawalletRequest" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "email" TEXT,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL,
    "paymentMethod" TEXT,
    "fields" JSONB,
    "note" TEXT,
    "providerId" TEXT,
    "status" TEXT NOT NULL,
    "history" JSONB NOT NULL,
    "codeLast4" TEXT,
    "expiresAt" TIMESTAMP(3),
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KazawalletRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KazawalletPaymentLink" (
    "id" TEXT NOT NULL,
    "orderId" TEXT,
    "url" TEXT,
    "amount" DECIMAL(65,30) NOT NULL,
    "currency" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ref" TEXT,
    "redirectUrl" TEXT,
    "status" TEXT NOT NULL,
    "expectedBy" TIMESTAMP(3) NOT NULL,
    "paidAmount" TEXT,
    "webhookEventId" TEXT,
    "settledAt" TIMESTAMP(3),
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KazawalletPaymentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KazawalletCardEvent" (
    "id" TEXT NOT NULL,
    "webhookEventId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL,
    "currency" TEXT NOT NULL,
    "merchantName" TEXT,
    "transactionAt" TIMESTAMP(3) NOT NULL,
    "status" INTEGER,
    "type" INTEGER,
    "direction" INTEGER,
    "confirmed" BOOLEAN NOT NULL,
    "providerTransactionId" TEXT,
    "codeCiphertext" TEXT,
    "threeDsStatus" TEXT,
    "validatedAt" TIMESTAMP(3),
    "validatedByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KazawalletCardEvent_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "KazawalletTopUp" ADD CONSTRAINT "KazawalletTopUp_cardRecordId_fkey" FOREIGN KEY ("cardRecordId") REFERENCES "KazawalletCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

