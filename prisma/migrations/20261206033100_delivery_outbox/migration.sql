-- Webhook outbox: the first attempt of a delivery is made by the dispatcher of the process that wrote the event;
-- only a failed (or crashed) first attempt becomes a delivery workflow. Existing deliveries all have their workflow.
ALTER TABLE "Delivery" ADD COLUMN "firstAttemptPending" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "claimedUntil" TIMESTAMP(3);

CREATE INDEX "Delivery_firstAttemptPending_createdAt_idx" ON "Delivery"("firstAttemptPending", "createdAt");
