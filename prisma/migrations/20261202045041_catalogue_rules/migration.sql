-- AlterTable
ALTER TABLE "fee" ADD COLUMN     "applies_when" JSONB,
ADD COLUMN     "currency" VARCHAR(3) NOT NULL DEFAULT 'MXN',
ADD COLUMN     "discounts" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "due" VARCHAR(20) NOT NULL DEFAULT 'before_filing',
ADD COLUMN     "index_range" JSONB,
ADD COLUMN     "legal_refs" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "holiday" ADD COLUMN     "kind" VARCHAR(20) NOT NULL DEFAULT 'statutory',
ADD COLUMN     "offices" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reference" TEXT,
ADD COLUMN     "verify" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "institution" ADD COLUMN     "rules" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "procedure" ADD COLUMN     "deadline_rules" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "forms" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "routes" JSONB NOT NULL DEFAULT '[]';
