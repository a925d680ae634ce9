-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" SERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "role" TEXT,
    "action" TEXT NOT NULL,
    "provider" TEXT,
    "target" TEXT,
    "outcome" TEXT NOT NULL,
    "requestSummary" TEXT,
    "responseSummary" TEXT,
    "errorCode" TEXT,
    "message" TEXT,
    "idempotencyKey" TEXT,
    "durationMs" INTEGER,
    "ip" TEXT,
    "userAgent" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "GiftCardOrder" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "productId" INTEGER NOT NULL,
    "productName" TEXT NOT NULL,
    "brandName" TEXT,
    "countryIsoName" TEXT,
    "currencyCode" TEXT NOT NULL,
    "unitPrice" DECIMAL(65,30) NOT NULL,
    "quantity" INTEGER NOT NULL,
    "senderName" TEXT NOT NULL,
    "recipientEmail" TEXT,
    "feeAmount" DECIMAL(65,30) NOT NULL,
    "totalAmount" DECIMAL(65,30) NOT NULL,
    "status" TEXT NOT NULL,
    "providerOrderId" TEXT,
    "providerStatus" TEXT,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "refundReason" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "reconciledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GiftCardOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "signatureStatus" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rawBody" TEXT NOT NULL,
    "headers" TEXT NOT NULL,
    "relatedUserId" TEXT,
    "relatedRecord" TEXT,
    "error" TEXT,
    "deliveries" INTEGER NOT NULL DEFAULT 1,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "bodySha256" TEXT,
    "bodyBytes" INTEGER,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KardUser" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "hashedEmail" TEXT,
    "zipCode" TEXT,
    "enrolledRewards" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'ENROLLED',
    "createdByEmail" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KardUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KardTransaction" (
    "id" TEXT NOT NULL,
    "eventId" TEXT,
    "transactionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "submittedStatus" TEXT,
    "submission" TEXT NOT NULL DEFAULT 'PENDING',
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "merchantName" TEXT,
    "cardLastFour" TEXT,
    "eventAt" TIMESTAMP(3),
    "origin" TEXT NOT NULL DEFAULT 'FORM',
    "accepted" BOOLEAN NOT NULL,
    "error" TEXT,
    "errorCode" TEXT,
    "fraudFlaggedAt" TIMESTAMP(3),
    "auditId" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KardTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebviewTheme" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebviewTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KvitkaOperation" (
    "id" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "providerOperationId" INTEGER,
    "status" TEXT NOT NULL,
    "customerRef" TEXT,
    "pointsAmount" DECIMAL(65,30),
    "amountKc" DECIMAL(65,30),
    "codeLast4" TEXT,
    "codeCiphertext" TEXT,
    "codeRevealedAt" TIMESTAMP(3),
    "rejectReason" TEXT,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "pointsSettledNote" TEXT,
    "pendingStep" TEXT,
    "pendingStepAt" TIMESTAMP(3),
    "settledAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KvitkaOperation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_id_key" ON "AuditEvent"("id");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");

-- CreateIndex
CREATE INDEX "AuditEvent_provider_idx" ON "AuditEvent"("provider");

-- CreateIndex
CREATE INDEX "AuditEvent_actorEmail_idx" ON "AuditEvent"("actorEmail");

-- CreateIndex
CREATE INDEX "AuditEvent_outcome_idx" ON "AuditEvent"("outcome");

-- CreateIndex
CREATE UNIQUE INDEX "GiftCardOrder_idempotencyKey_key" ON "GiftCardOrder"("idempotencyKey");

-- CreateIndex
CREATE INDEX "GiftCardOrder_status_idx" ON "GiftCardOrder"("status");

-- CreateIndex
CREATE INDEX "GiftCardOrder_createdAt_idx" ON "GiftCardOrder"("createdAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_receivedAt_idx" ON "WebhookEvent"("receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_provider_type_idx" ON "WebhookEvent"("provider", "type");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_provider_eventId_key" ON "WebhookEvent"("provider", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "KardTransaction_eventId_key" ON "KardTransaction"("eventId");

-- CreateIndex
CREATE INDEX "KardTransaction_userId_idx" ON "KardTransaction"("userId");

-- CreateIndex
CREATE INDEX "KardTransaction_transactionId_idx" ON "KardTransaction"("transactionId");

-- CreateIndex
CREATE INDEX "KardTransaction_createdAt_idx" ON "KardTransaction"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebviewTheme_merchantId_name_key" ON "WebviewTheme"("merchantId", "name");

-- CreateIndex
CREATE INDEX "KvitkaOperation_status_idx" ON "KvitkaOperation"("status");

-- CreateIndex
CREATE INDEX "KvitkaOperation_direction_idx" ON "KvitkaOperation"("direction");

-- CreateIndex
CREATE INDEX "KvitkaOperation_createdAt_idx" ON "KvitkaOperation"("createdAt");

-- CreateIndex
CREATE INDEX "KvitkaOperation_providerOperationId_idx" ON "KvitkaOperation"("providerOperationId");

-- CreateIndex
CREATE INDEX "KvitkaOperation_direction_status_settledAt_idx" ON "KvitkaOperation"("direction", "status", "settledAt");

