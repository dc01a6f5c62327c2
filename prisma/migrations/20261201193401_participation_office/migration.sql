-- CreateIndex
CREATE INDEX "satisfaction_survey_office_id_month_idx" ON "satisfaction_survey"("office_id", "month");

-- AddForeignKey
ALTER TABLE "satisfaction_survey" ADD CONSTRAINT "satisfaction_survey_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE SET NULL ON UPDATE CASCADE;
