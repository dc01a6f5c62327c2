-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('primary', 'secondary');

-- CreateEnum
CREATE TYPE "presentation" AS ENUM ('original', 'copy', 'original_and_copy', 'online');

-- CreateEnum
CREATE TYPE "day_unit" AS ENUM ('business', 'calendar');

-- CreateEnum
CREATE TYPE "silence_rule" AS ENUM ('negativa_ficta', 'afirmativa_ficta', 'none');

-- CreateTable
CREATE TABLE "institution" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "code" VARCHAR(20) NOT NULL,
    "name" JSONB NOT NULL,
    "short_name" JSONB NOT NULL,
    "parent_body" JSONB NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "default_locale" VARCHAR(10) NOT NULL,
    "website" TEXT NOT NULL,
    "contact" JSONB NOT NULL,
    "source_ids" TEXT[],
    "last_reviewed" DATE NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holiday" (
    "date" DATE NOT NULL,
    "name" JSONB NOT NULL,
    "legal_basis" TEXT NOT NULL,

    CONSTRAINT "holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "source" (
    "id" VARCHAR(80) NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" "source_kind" NOT NULL,
    "accessed_on" DATE NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "category" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "position" INTEGER NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL,

    CONSTRAINT "category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "category_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "featured_rank" INTEGER,
    "conamer_code" VARCHAR(30),
    "gob_mx_code" VARCHAR(30),
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "audience" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "keywords" JSONB,
    "fee_notes" JSONB,
    "resolution_days" INTEGER,
    "resolution_unit" "day_unit",
    "silence" "silence_rule" NOT NULL,
    "silence_text" JSONB NOT NULL,
    "applicant_deadline_days" INTEGER,
    "applicant_deadline_unit" "day_unit",
    "applicant_deadline_text" JSONB,
    "deadline_notes" JSONB,
    "deadline_legal_basis" TEXT NOT NULL,
    "deadline_source_ids" TEXT[],
    "deadline_verify" BOOLEAN NOT NULL,
    "legal_basis" TEXT[],
    "source_ids" TEXT[],
    "last_reviewed" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "requirement" (
    "id" SERIAL NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" JSONB NOT NULL,
    "detail" JSONB,
    "presentation" "presentation" NOT NULL,
    "condition" JSONB,
    "source_ids" TEXT[],
    "verify" BOOLEAN NOT NULL,

    CONSTRAINT "requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fee" (
    "id" SERIAL NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "payment" INTEGER NOT NULL,
    "concept" JSONB NOT NULL,
    "variant" JSONB,
    "amount_centavos" INTEGER,
    "year" INTEGER NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "exemptions" JSONB,
    "source_ids" TEXT[],
    "verify" BOOLEAN NOT NULL,

    CONSTRAINT "fee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "step" (
    "id" SERIAL NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "detail" JSONB NOT NULL,

    CONSTRAINT "step_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "category_slug_key" ON "category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_slug_key" ON "procedure"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_featured_rank_key" ON "procedure"("featured_rank");

-- CreateIndex
CREATE INDEX "procedure_category_id_position_idx" ON "procedure"("category_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "requirement_procedure_id_position_key" ON "requirement"("procedure_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "fee_procedure_id_position_key" ON "fee"("procedure_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "step_procedure_id_position_key" ON "step"("procedure_id", "position");

-- AddForeignKey
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "requirement" ADD CONSTRAINT "requirement_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fee" ADD CONSTRAINT "fee_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "step" ADD CONSTRAINT "step_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
