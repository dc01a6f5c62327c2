-- Procedure slugs reach 120 characters (three are 65-76 today): catalogue audit rows name them in entity_id.
-- AlterTable
ALTER TABLE "audit_log" ALTER COLUMN "entity_id" SET DATA TYPE VARCHAR(120);
