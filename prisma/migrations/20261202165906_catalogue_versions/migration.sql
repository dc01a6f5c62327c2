-- CreateEnum
CREATE TYPE "catalogue_draft_status" AS ENUM ('editing', 'submitted');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "staff_role" ADD VALUE 'editor';
ALTER TYPE "staff_role" ADD VALUE 'publisher';

-- DropForeignKey
ALTER TABLE "fee" DROP CONSTRAINT "fee_procedure_id_fkey";

-- DropForeignKey
ALTER TABLE "procedure" DROP CONSTRAINT "procedure_category_id_fkey";

-- DropForeignKey
ALTER TABLE "requirement" DROP CONSTRAINT "requirement_procedure_id_fkey";

-- DropForeignKey
ALTER TABLE "step" DROP CONSTRAINT "step_procedure_id_fkey";

-- DropIndex
DROP INDEX "procedure_category_id_position_idx";

-- DropIndex
DROP INDEX "procedure_featured_rank_key";

-- AlterTable
ALTER TABLE "application" ADD COLUMN     "procedure_version_id" INTEGER;

-- AlterTable
ALTER TABLE "institution" ADD COLUMN     "catalogue_generation" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "procedure" DROP COLUMN "applicant_deadline_days",
DROP COLUMN "applicant_deadline_text",
DROP COLUMN "applicant_deadline_unit",
DROP COLUMN "audience",
DROP COLUMN "category_id",
DROP COLUMN "conamer_code",
DROP COLUMN "deadline_legal_basis",
DROP COLUMN "deadline_notes",
DROP COLUMN "deadline_rules",
DROP COLUMN "deadline_source_ids",
DROP COLUMN "deadline_verify",
DROP COLUMN "description",
DROP COLUMN "featured_rank",
DROP COLUMN "fee_notes",
DROP COLUMN "forms",
DROP COLUMN "gob_mx_code",
DROP COLUMN "keywords",
DROP COLUMN "last_reviewed",
DROP COLUMN "legal_basis",
DROP COLUMN "position",
DROP COLUMN "request_form",
DROP COLUMN "resolution_days",
DROP COLUMN "resolution_unit",
DROP COLUMN "routes",
DROP COLUMN "silence",
DROP COLUMN "silence_text",
DROP COLUMN "source_ids",
DROP COLUMN "summary",
DROP COLUMN "title",
ADD COLUMN     "live_version_id" INTEGER;

-- DropTable
DROP TABLE "fee";

-- DropTable
DROP TABLE "requirement";

-- DropTable
DROP TABLE "step";

-- DropEnum
DROP TYPE "day_unit";

-- DropEnum
DROP TYPE "presentation";

-- DropEnum
DROP TYPE "silence_rule";

-- CreateTable
CREATE TABLE "procedure_version" (
    "id" SERIAL NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "changes" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL,
    "origin" VARCHAR(10) NOT NULL,
    "author_ids" TEXT[],
    "publisher_id" UUID,
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effective_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "procedure_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalogue_draft" (
    "id" SERIAL NOT NULL,
    "procedure_id" INTEGER,
    "slug" VARCHAR(120) NOT NULL,
    "base_version" INTEGER,
    "document" JSONB NOT NULL,
    "new_sources" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL DEFAULT '',
    "status" "catalogue_draft_status" NOT NULL DEFAULT 'editing',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "author_ids" TEXT[],
    "created_by_id" UUID NOT NULL,
    "review_comment" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "submitted_at" TIMESTAMP(3),

    CONSTRAINT "catalogue_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "procedure_version_published_at_idx" ON "procedure_version"("published_at");

-- CreateIndex
CREATE INDEX "procedure_version_effective_at_idx" ON "procedure_version"("effective_at");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_version_procedure_id_number_key" ON "procedure_version"("procedure_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_draft_procedure_id_key" ON "catalogue_draft"("procedure_id");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_draft_slug_key" ON "catalogue_draft"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_live_version_id_key" ON "procedure"("live_version_id");

-- AddForeignKey
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_live_version_id_fkey" FOREIGN KEY ("live_version_id") REFERENCES "procedure_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_version" ADD CONSTRAINT "procedure_version_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_draft" ADD CONSTRAINT "catalogue_draft_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_procedure_version_id_fkey" FOREIGN KEY ("procedure_version_id") REFERENCES "procedure_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A published version is a public record: corrections are new versions, never edits.
CREATE FUNCTION procedure_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'procedure_version is immutable: publish a new version instead';
END;
$$;

CREATE TRIGGER procedure_version_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "procedure_version"
  FOR EACH ROW EXECUTE FUNCTION procedure_version_is_immutable();

CREATE TRIGGER procedure_version_no_truncate
  BEFORE TRUNCATE ON "procedure_version"
  FOR EACH STATEMENT EXECUTE FUNCTION procedure_version_is_immutable();
