-- CreateIndex
CREATE INDEX "AuditEvent_provider_outcome_seq_idx" ON "AuditEvent"("provider", "outcome", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_action_outcome_seq_idx" ON "AuditEvent"("action", "outcome", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_target_seq_idx" ON "AuditEvent"("target", "seq");

-- CreateIndex
CREATE INDEX "GiftCardOrder_status_createdAt_id_idx" ON "GiftCardOrder"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "GiftCardOrder_createdAt_id_idx" ON "GiftCardOrder"("createdAt", "id");

-- CreateIndex
CREATE INDEX "WebhookEvent_receivedAt_id_idx" ON "WebhookEvent"("receivedAt", "id");

-- CreateIndex
CREATE INDEX "WebhookEvent_status_receivedAt_id_idx" ON "WebhookEvent"("status", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "WebhookEvent_signatureStatus_receivedAt_id_idx" ON "WebhookEvent"("signatureStatus", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "WebhookEvent_provider_type_receivedAt_id_idx" ON "WebhookEvent"("provider", "type", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "WebhookEvent_provider_receivedAt_id_idx" ON "WebhookEvent"("provider", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "KardTransaction_createdAt_id_idx" ON "KardTransaction"("createdAt", "id");

-- CreateIndex
CREATE INDEX "KardTransaction_userId_createdAt_id_idx" ON "KardTransaction"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "KvitkaOperation_createdAt_id_idx" ON "KvitkaOperation"("createdAt", "id");

-- CreateIndex
CREATE INDEX "KvitkaOperation_direction_createdAt_id_idx" ON "KvitkaOperation"("direction", "createdAt", "id");

-- CreateIndex
CREATE INDEX "KvitkaOperation_status_createdAt_id_idx" ON "KvitkaOperation"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "KvitkaOperation_direction_status_createdAt_id_idx" ON "KvitkaOperation"("direction", "status", "createdAt", "id");

