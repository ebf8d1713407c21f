// Brings the database up to date before the app serves: pending migrations, then the seed
// papers when there are no papers at all (so a restart never imports twice).
import { createPrismaClient } from "../../lib/db/create-client";
import { getEnv } from "../../lib/db/env";
import { describeImport, importSeedPages } from "../../prisma/seed";
import { runBin } from "./run";

export async function prepareDatabase(): Promise<void> {
  const env = getEnv();
  runBin("prisma", ["migrate", "deploy"]);
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    if ((await db.paper.count()) === 0) {
      for (const summary of await importSeedPages(db)) console.log(describeImport(summary));
    }
  } finally {
    await db.$disconnect();
  }
}
