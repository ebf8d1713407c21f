-- A delivery's claim carries the id of the run holding it (its fencing token), and a live run
-- renews its claims' leases by that id.

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "runId" INTEGER;

-- CreateIndex
CREATE INDEX "Delivery_runId_status_idx" ON "Delivery"("runId", "status");
