-- CreateEnum
CREATE TYPE "application_status" AS ENUM ('submitted', 'in_review', 'documents_requested', 'approved', 'denied', 'withdrawn');

-- AlterTable
ALTER TABLE "requirement" ADD COLUMN     "applies_when" JSONB;

-- CreateTable
CREATE TABLE "application_draft" (
    "id" VARCHAR(64) NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "application_id" INTEGER,
    "sealed_password" BYTEA,
    "sealed_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "application_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" SERIAL NOT NULL,
    "number" VARCHAR(20) NOT NULL,
    "password_hash" TEXT NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "status" "application_status" NOT NULL DEFAULT 'submitted',
    "answers" JSONB NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "fee_positions" INTEGER[],
    "payment_reference" VARCHAR(35) NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" SERIAL NOT NULL,
    "application_id" INTEGER NOT NULL,
    "type" VARCHAR(40) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB,

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applicant_session" (
    "id" VARCHAR(64) NOT NULL,
    "application_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "applicant_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_document" (
    "application_id" INTEGER NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "page_size" VARCHAR(10) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_document_pkey" PRIMARY KEY ("application_id","kind","locale","page_size")
);

-- CreateIndex
CREATE UNIQUE INDEX "application_draft_application_id_key" ON "application_draft"("application_id");

-- CreateIndex
CREATE INDEX "application_draft_expires_at_idx" ON "application_draft"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "application_number_key" ON "application"("number");

-- CreateIndex
CREATE UNIQUE INDEX "application_payment_reference_key" ON "application"("payment_reference");

-- CreateIndex
CREATE INDEX "application_procedure_id_submitted_at_idx" ON "application"("procedure_id", "submitted_at");

-- CreateIndex
CREATE INDEX "application_event_application_id_at_idx" ON "application_event"("application_id", "at");

-- CreateIndex
CREATE INDEX "applicant_session_expires_at_idx" ON "applicant_session"("expires_at");

-- AddForeignKey
ALTER TABLE "application_draft" ADD CONSTRAINT "application_draft_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_draft" ADD CONSTRAINT "application_draft_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applicant_session" ADD CONSTRAINT "applicant_session_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_document" ADD CONSTRAINT "application_document_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
