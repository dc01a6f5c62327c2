-- AlterTable
ALTER TABLE "application" ADD COLUMN     "notify_locale" VARCHAR(10) NOT NULL DEFAULT 'es',
ADD COLUMN     "notify_updates" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "outbox" (
    "id" SERIAL NOT NULL,
    "application_id" INTEGER NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "state" VARCHAR(10) NOT NULL DEFAULT 'pending',
    "send_after" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempt_count" INTEGER NOT NULL DEFAULT 0,
    "last_error" VARCHAR(300),
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_attempt" (
    "id" SERIAL NOT NULL,
    "outbox_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "detail" VARCHAR(300),

    CONSTRAINT "outbox_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_secret" (
    "name" VARCHAR(40) NOT NULL,
    "value" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_secret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "outbox_state_send_after_idx" ON "outbox"("state", "send_after");

-- CreateIndex
CREATE INDEX "outbox_application_id_idx" ON "outbox"("application_id");

-- CreateIndex
CREATE INDEX "outbox_attempt_outbox_id_idx" ON "outbox_attempt"("outbox_id");

-- AddForeignKey
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_attempt" ADD CONSTRAINT "outbox_attempt_outbox_id_fkey" FOREIGN KEY ("outbox_id") REFERENCES "outbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;
