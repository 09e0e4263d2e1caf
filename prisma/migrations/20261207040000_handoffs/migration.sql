-- Desktop-to-phone handoff codes (/h/{code}), stored as an HMAC, single use, expiring after minutes, deleted with their session.
CREATE TABLE "Handoff" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Handoff_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Handoff_codeHash_key" ON "Handoff"("codeHash");

CREATE INDEX "Handoff_sessionId_idx" ON "Handoff"("sessionId");

ALTER TABLE "Handoff" ADD CONSTRAINT "Handoff_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
