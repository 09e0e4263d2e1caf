-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'DENIED');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "blurScore" DOUBLE PRECISION NOT NULL,
ADD COLUMN     "brightness" DOUBLE PRECISION NOT NULL;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "dateOfExpiry" TEXT,
ADD COLUMN     "dateOfIssue" TEXT,
ADD COLUMN     "decision" "SessionStatus",
ADD COLUMN     "documentType" TEXT,
ADD COLUMN     "personalNumber" TEXT,
ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3),
ADD COLUMN     "sex" TEXT;

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "reasons" TEXT[],
    "note" TEXT,
    "data" JSONB,
    "reviewerId" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Review_sessionId_idx" ON "Review"("sessionId");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

