-- CreateTable
CREATE TABLE "DocumentBlob" (
    "storageKey" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentBlob_pkey" PRIMARY KEY ("storageKey")
);

-- CreateIndex
CREATE INDEX "DocumentBlob_sessionId_idx" ON "DocumentBlob"("sessionId");
