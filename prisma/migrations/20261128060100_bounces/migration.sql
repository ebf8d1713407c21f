-- Written by hand: `migrate diff` redefines "Subscriber" (create, copy, drop, rename) to add two
-- columns, which SQLite adds in place. The new statuses ("suspended"; "bounced", "abandoned") are
-- enum values in the schema and the same TEXT columns here.

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN "hardBounces" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Subscriber" ADD COLUMN "suspendedAt" DATETIME;
