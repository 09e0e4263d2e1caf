-- A link or session created without a language stores NULL, so the person's browser languages decide its pages.
-- Existing rows keep their stored language.
ALTER TABLE "Link" ALTER COLUMN "language" DROP NOT NULL, ALTER COLUMN "language" DROP DEFAULT;
ALTER TABLE "Session" ALTER COLUMN "language" DROP NOT NULL, ALTER COLUMN "language" DROP DEFAULT;
