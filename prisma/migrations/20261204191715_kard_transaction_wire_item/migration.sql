-- AlterTable
ALTER TABLE "KardTransaction" ADD COLUMN "wireItem" TEXT;

