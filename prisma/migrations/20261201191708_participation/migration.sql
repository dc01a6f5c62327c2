-- CreateTable
CREATE TABLE "page_feedback" (
    "id" SERIAL NOT NULL,
    "path" VARCHAR(200) NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "procedure_id" INTEGER,
    "useful" BOOLEAN NOT NULL,
    "comment" VARCHAR(1000),
    "day" DATE NOT NULL,
    "comment_key" VARCHAR(64),
    "comment_until" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "handled_at" TIMESTAMP(3),
    "handled_by" VARCHAR(120),
    "handled_note" VARCHAR(1000),

    CONSTRAINT "page_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "satisfaction_survey" (
    "id" SERIAL NOT NULL,
    "application_id" INTEGER NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "office_id" INTEGER,
    "outcome" "application_status" NOT NULL,
    "month" DATE NOT NULL,
    "satisfaction" SMALLINT NOT NULL,
    "requirements_complete" BOOLEAN NOT NULL,
    "asked_extra" BOOLEAN NOT NULL,
    "extra_detail" VARCHAR(500),
    "office_time" VARCHAR(20) NOT NULL,
    "comment" VARCHAR(1000),
    "answered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,
    "handled_at" TIMESTAMP(3),
    "handled_by" VARCHAR(120),
    "handled_note" VARCHAR(1000),

    CONSTRAINT "satisfaction_survey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "page_feedback_comment_key_key" ON "page_feedback"("comment_key");

-- CreateIndex
CREATE INDEX "page_feedback_day_idx" ON "page_feedback"("day");

-- CreateIndex
CREATE INDEX "page_feedback_procedure_id_day_idx" ON "page_feedback"("procedure_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "satisfaction_survey_application_id_key" ON "satisfaction_survey"("application_id");

-- CreateIndex
CREATE INDEX "satisfaction_survey_month_procedure_id_idx" ON "satisfaction_survey"("month", "procedure_id");

-- CreateIndex
CREATE INDEX "satisfaction_survey_asked_extra_handled_at_idx" ON "satisfaction_survey"("asked_extra", "handled_at");

-- AddForeignKey
ALTER TABLE "page_feedback" ADD CONSTRAINT "page_feedback_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "satisfaction_survey" ADD CONSTRAINT "satisfaction_survey_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "satisfaction_survey" ADD CONSTRAINT "satisfaction_survey_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
