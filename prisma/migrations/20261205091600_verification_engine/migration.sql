-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "autoApprove" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "autoDeny" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Link" ADD COLUMN     "allowedCountries" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "allowedDocumentTypes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "autoApprove" BOOLEAN,
ADD COLUMN     "minimumAge" INTEGER;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "allowedCountries" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "allowedDocumentTypes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "autoApprove" BOOLEAN,
ADD COLUMN     "minimumAge" INTEGER;

-- CreateTable
CREATE TABLE "DocumentReading" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "mrzFound" BOOLEAN NOT NULL,
    "mrzValid" BOOLEAN NOT NULL,
    "sealed" BYTEA,
    "documentHash" TEXT,
    "selfieFaces" INTEGER,
    "selfieProblem" TEXT,
    "documentFaceFound" BOOLEAN,
    "faceSimilarity" DOUBLE PRECISION,
    "selfieCropKey" TEXT,
    "documentCropKey" TEXT,
    "checks" JSONB,
    "millis" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentReading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentReading_documentHash_idx" ON "DocumentReading"("documentHash");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentReading_sessionId_attempt_key" ON "DocumentReading"("sessionId", "attempt");

-- AddForeignKey
ALTER TABLE "DocumentReading" ADD CONSTRAINT "DocumentReading_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

