-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN "bodyBytes" INTEGER;
ALTER TABLE "WebhookEvent" ADD COLUMN "bodySha256" TEXT;

