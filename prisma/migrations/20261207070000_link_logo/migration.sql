-- A link's own logo (null: the account's), stored like the account's under the account's folder.
ALTER TABLE "Link" ADD COLUMN "brandLogoId" TEXT;

CREATE UNIQUE INDEX "Link_brandLogoId_key" ON "Link"("brandLogoId");
