-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_KardUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT,
    "hashedEmail" TEXT,
    "zipCode" TEXT,
    "enrolledRewards" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'ENROLLED',
    "createdByEmail" TEXT,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_KardUser" ("createdAt", "createdByEmail", "deletedAt", "email", "enrolledRewards", "hashedEmail", "id", "updatedAt", "zipCode") SELECT "createdAt", "createdByEmail", "deletedAt", "email", "enrolledRewards", "hashedEmail", "id", "updatedAt", "zipCode" FROM "KardUser";
DROP TABLE "KardUser";
ALTER TABLE "new_KardUser" RENAME TO "KardUser";
CREATE TABLE "new_KardTransaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "eventAt" DATETIME,
    "origin" TEXT NOT NULL DEFAULT 'FORM',
    "accepted" BOOLEAN NOT NULL,
    "error" TEXT,
    "errorCode" TEXT,
    "fraudFlaggedAt" DATETIME,
    "auditId" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_KardTransaction" ("accepted", "amountCents", "createdAt", "createdByEmail", "currency", "description", "error", "id", "kind", "merchantName", "status", "transactionId", "userId") SELECT "accepted", "amountCents", "createdAt", "createdByEmail", "currency", "description", "error", "id", "kind", "merchantName", "status", "transactionId", "userId" FROM "KardTransaction";
DROP TABLE "KardTransaction";
ALTER TABLE "new_KardTransaction" RENAME TO "KardTransaction";
CREATE UNIQUE INDEX "KardTransaction_eventId_key" ON "KardTransaction"("eventId");
CREATE INDEX "KardTransaction_userId_idx" ON "KardTransaction"("userId");
CREATE INDEX "KardTransaction_transactionId_idx" ON "KardTransaction"("transactionId");
CREATE INDEX "KardTransaction_createdAt_idx" ON "KardTransaction"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

