-- AlterTable
ALTER TABLE "application_document" ADD COLUMN     "layout_version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "procedure" ADD COLUMN     "request_form" JSONB NOT NULL DEFAULT '{}';
