-- AlterTable
ALTER TABLE "catalogue_draft" ADD COLUMN     "origin" VARCHAR(10) NOT NULL DEFAULT 'editor';
