// `npm run db:seed`: imports the seed pages in prisma/seed/ and prints one line per page.
import "../lib/db/load-env-files";
import { db } from "../lib/db/client";
import { describeImport, importSeedPages } from "../prisma/seed";

const summaries = await importSeedPages(db);
for (const summary of summaries) console.log(describeImport(summary));
await db.$disconnect();
