-- CreateEnum
CREATE TYPE "poster_kind" AS ENUM ('procedure', 'office', 'general');

-- AlterTable
ALTER TABLE "application" ADD COLUMN     "office_id" INTEGER;

-- CreateTable
CREATE TABLE "office" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "state_code" VARCHAR(2) NOT NULL,
    "name" JSONB NOT NULL,
    "city" TEXT NOT NULL,
    "address" TEXT,
    "postal_code" VARCHAR(5),
    "phone" VARCHAR(40),
    "hours" JSONB NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "source_ids" TEXT[],
    "verify" BOOLEAN NOT NULL,
    "verify_note" JSONB,
    "position" INTEGER NOT NULL,

    CONSTRAINT "office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure_office" (
    "procedure_id" INTEGER NOT NULL,
    "office_id" INTEGER NOT NULL,

    CONSTRAINT "procedure_office_pkey" PRIMARY KEY ("procedure_id","office_id")
);

-- CreateTable
CREATE TABLE "short_link" (
    "code" VARCHAR(16) NOT NULL,
    "kind" "poster_kind" NOT NULL,
    "target" VARCHAR(60) NOT NULL,
    "procedure_id" INTEGER,
    "office_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "short_link_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "poster_scan" (
    "code" VARCHAR(16) NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "poster_scan_pkey" PRIMARY KEY ("code","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "office_slug_key" ON "office"("slug");

-- CreateIndex
CREATE INDEX "office_state_code_position_idx" ON "office"("state_code", "position");

-- CreateIndex
CREATE INDEX "procedure_office_office_id_idx" ON "procedure_office"("office_id");

-- CreateIndex
CREATE UNIQUE INDEX "short_link_target_key" ON "short_link"("target");

-- CreateIndex
CREATE INDEX "short_link_office_id_idx" ON "short_link"("office_id");

-- CreateIndex
CREATE INDEX "application_office_id_idx" ON "application"("office_id");

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_office" ADD CONSTRAINT "procedure_office_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_office" ADD CONSTRAINT "procedure_office_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "short_link" ADD CONSTRAINT "short_link_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "short_link" ADD CONSTRAINT "short_link_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "poster_scan" ADD CONSTRAINT "poster_scan_code_fkey" FOREIGN KEY ("code") REFERENCES "short_link"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- A short link's target columns must match its kind (Prisma cannot express CHECK constraints; it keeps them).
ALTER TABLE "short_link" ADD CONSTRAINT "short_link_kind_check" CHECK (
    ("kind" = 'procedure' AND "procedure_id" IS NOT NULL)
    OR ("kind" = 'office' AND "procedure_id" IS NULL AND "office_id" IS NOT NULL)
    OR ("kind" = 'general' AND "procedure_id" IS NULL AND "office_id" IS NULL)
);
ALTER TABLE "poster_scan" ADD CONSTRAINT "poster_scan_count_check" CHECK ("count" >= 0);
