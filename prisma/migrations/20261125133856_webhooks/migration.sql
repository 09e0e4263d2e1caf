-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "series" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "dispatchedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "callbackUrl" TEXT,
ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Event_dispatchedAt_idx" ON "Event"("dispatchedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEndpoint_accountId_callbackUrl_key" ON "WebhookEndpoint"("accountId", "callbackUrl");

