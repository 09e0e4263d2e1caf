-- Branding of the hosted pages: per account, and per-link overrides (the logo is per account only).
ALTER TABLE "Account" ADD COLUMN "brandName" TEXT,
ADD COLUMN "brandAccentColor" TEXT,
ADD COLUMN "brandSupportContact" TEXT,
ADD COLUMN "brandPrivacyPolicyUrl" TEXT,
ADD COLUMN "brandLogoId" TEXT;

CREATE UNIQUE INDEX "Account_brandLogoId_key" ON "Account"("brandLogoId");

ALTER TABLE "Link" ADD COLUMN "brandName" TEXT,
ADD COLUMN "brandAccentColor" TEXT,
ADD COLUMN "brandSupportContact" TEXT,
ADD COLUMN "brandPrivacyPolicyUrl" TEXT;
