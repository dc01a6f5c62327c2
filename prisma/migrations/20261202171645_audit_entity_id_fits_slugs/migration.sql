-- A procedure's slug (up to 120 characters; the longest in the catalogue has 76) is the entity id of its
-- catalogue audit rows: at 60 characters every editing step on the longest slugs failed.
-- AlterTable
ALTER TABLE "audit_log" ALTER COLUMN "entity_id" SET DATA TYPE VARCHAR(120);
