-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "id" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "GiftCardOrder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idempotencyKey" TEXT NOT NULL,
    "productId" INTEGER NOT NULL,
    "productName" TEXT NOT NULL,
    "brandName" TEXT,
    "countryIsoName" TEXT,
    "currencyCode" TEXT NOT NULL,
    "unitPrice" DECIMAL NOT NULL,
    "quantity" INTEGER NOT NULL,
    "senderName" TEXT NOT NULL,
    "recipientEmail" TEXT,
    "feeAmount" DECIMAL NOT NULL,
    "totalAmount" DECIMAL NOT NULL,
    "status" TEXT NOT NULL,
    "providerOrderId" TEXT,
    "providerStatus" TEXT,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "refundReason" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "reconciledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "KardUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT,
    "hashedEmail" TEXT,
    "zipCode" TEXT,
    "enrolledRewards" TEXT NOT NULL,
    "createdByEmail" TEXT,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KardTransaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "merchantName" TEXT,
    "accepted" BOOLEAN NOT NULL,
    "error" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "WebviewTheme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "merchantId" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KvitkaOperation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "direction" TEXT NOT NULL,
    "providerOperationId" INTEGER,
    "status" TEXT NOT NULL,
    "customerRef" TEXT,
    "pointsAmount" DECIMAL,
    "amountKc" DECIMAL,
    "codeLast4" TEXT,
    "codeCiphertext" TEXT,
    "codeRevealedAt" DATETIME,
    "rejectReason" TEXT,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "pointsSettledNote" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
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
CREATE INDEX "KardTransaction_userId_idx" ON "KardTransaction"("userId");

-- CreateIndex
CREATE INDEX "KardTransaction_transactionId_idx" ON "KardTransaction"("transactionId");

-- CreateIndex
CREATE UNIQUE INDEX "WebviewTheme_merchantId_name_key" ON "WebviewTheme"("merchantId", "name");

-- CreateIndex
CREATE INDEX "KvitkaOperation_status_idx" ON "KvitkaOperation"("status");

-- CreateIndex
CREATE INDEX "KvitkaOperation_direction_idx" ON "KvitkaOperation"("direction");

-- CreateIndex
CREATE INDEX "KvitkaOperation_createdAt_idx" ON "KvitkaOperation"("createdAt");

