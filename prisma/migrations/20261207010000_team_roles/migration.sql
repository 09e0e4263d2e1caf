-- Operator roles replace DashboardUser.isAdmin: admins stay admins, and the others (who could decide sessions and manage
-- webhook endpoints, but not keys or credits) become reviewers, the nearest role.
CREATE TYPE "OperatorRole" AS ENUM ('ADMIN', 'REVIEWER', 'VIEWER');

ALTER TABLE "DashboardUser" ADD COLUMN "role" "OperatorRole" NOT NULL DEFAULT 'REVIEWER',
ADD COLUMN "lastSignInAt" TIMESTAMP(3);

UPDATE "DashboardUser" SET "role" = 'ADMIN' WHERE "isAdmin";

ALTER TABLE "DashboardUser" DROP COLUMN "isAdmin";

-- The dashboard's own emails to operators (invitations, password resets) belong to no session.
ALTER TABLE "Message" ALTER COLUMN "sessionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DashboardInvitation" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "OperatorRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DashboardInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashboardPasswordReset" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DashboardPasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DashboardInvitation_tokenHash_key" ON "DashboardInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "DashboardInvitation_accountId_email_idx" ON "DashboardInvitation"("accountId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "DashboardPasswordReset_tokenHash_key" ON "DashboardPasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "DashboardPasswordReset_userId_idx" ON "DashboardPasswordReset"("userId");

-- CreateIndex
CREATE INDEX "DashboardUser_accountId_id_idx" ON "DashboardUser"("accountId", "id");

-- AddForeignKey
ALTER TABLE "DashboardInvitation" ADD CONSTRAINT "DashboardInvitation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DashboardPasswordReset" ADD CONSTRAINT "DashboardPasswordReset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "DashboardUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
