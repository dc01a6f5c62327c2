-- AlterTable
ALTER TABLE "application_draft" ADD COLUMN     "prefill" JSONB;
