-- CreateTable
CREATE TABLE "statistics_import" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "source_url" TEXT,
    "file_name" TEXT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "is_sample" BOOLEAN NOT NULL,
    "rows_accepted" INTEGER NOT NULL,
    "rows_rejected" INTEGER NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statistics_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "historical_statistic" (
    "id" BIGSERIAL NOT NULL,
    "import_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "state_code" VARCHAR(2) NOT NULL,
    "document_type" VARCHAR(200) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "historical_statistic_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "statistics_import_sha256_key" ON "statistics_import"("sha256");

-- CreateIndex
CREATE INDEX "historical_statistic_month_idx" ON "historical_statistic"("month");

-- CreateIndex
CREATE UNIQUE INDEX "historical_statistic_import_id_month_state_code_document_ty_key" ON "historical_statistic"("import_id", "month", "state_code", "document_type");

-- CreateIndex
CREATE INDEX "application_submitted_at_idx" ON "application"("submitted_at");

-- CreateIndex
CREATE INDEX "application_received_at_idx" ON "application"("received_at");

-- CreateIndex
CREATE INDEX "application_resolved_at_idx" ON "application"("resolved_at");

-- AddForeignKey
ALTER TABLE "historical_statistic" ADD CONSTRAINT "historical_statistic_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "statistics_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
