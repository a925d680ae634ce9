-- AlterTable
ALTER TABLE "KvitkaOperation" ADD COLUMN "createdById" TEXT;
ALTER TABLE "KvitkaOperation" ADD COLUMN "pendingStep" TEXT;
ALTER TABLE "KvitkaOperation" ADD COLUMN "pendingStepAt" DATETIME;
ALTER TABLE "KvitkaOperation" ADD COLUMN "settledAt" DATETIME;

-- CreateIndex
CREATE INDEX "KvitkaOperation_providerOperationId_idx" ON "KvitkaOperation"("providerOperationId");

-- CreateIndex
CREATE INDEX "KvitkaOperation_direction_status_settledAt_idx" ON "KvitkaOperation"("direction", "status", "settledAt");

