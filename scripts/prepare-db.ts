// `npm run dev` runs this first: migrations, then the seed papers into an empty database.
import "../lib/db/load-env-files";
import { prepareDatabase } from "./lib/prepare-database";

await prepareDatabase();
