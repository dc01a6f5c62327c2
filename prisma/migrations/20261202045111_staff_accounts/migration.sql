-- AlterTable
ALTER TABLE "staff_session" ADD COLUMN     "user_agent" VARCHAR(200);

-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "national" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "password_changed_at" TIMESTAMP(3),
ALTER COLUMN "password_hash" DROP NOT NULL,
ALTER COLUMN "totp_secret" SET DATA TYPE TEXT;

-- CreateTable
CREATE TABLE "staff_office" (
    "staff_id" UUID NOT NULL,
    "office_id" INTEGER NOT NULL,

    CONSTRAINT "staff_office_pkey" PRIMARY KEY ("staff_id","office_id")
);

-- CreateTable
CREATE TABLE "staff_enrolment" (
    "id" VARCHAR(64) NOT NULL,
    "staff_id" UUID NOT NULL,
    "issued_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "staff_enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "staff_office_office_id_idx" ON "staff_office"("office_id");

-- CreateIndex
CREATE INDEX "staff_enrolment_staff_id_idx" ON "staff_enrolment"("staff_id");

-- CreateIndex
CREATE INDEX "staff_enrolment_expires_at_idx" ON "staff_enrolment"("expires_at");

-- AddForeignKey
ALTER TABLE "staff_office" ADD CONSTRAINT "staff_office_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_office" ADD CONSTRAINT "staff_office_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_enrolment" ADD CONSTRAINT "staff_enrolment_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Officials who existed before office scoping keep seeing every office until an admin assigns their
-- offices on the team page (new accounts start with none and see only what is assigned to them).
UPDATE "staff_user" SET "national" = true WHERE "role" IN ('clerk', 'supervisor');
