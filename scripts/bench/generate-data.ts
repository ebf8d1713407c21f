// `npm run bench:data`: (re)generates the benchmark databases under bench/data/.
// Options: --papers N --votes N --subscribers N --end YYYY-MM-DD --seed N --dir DIR (--smoke: tiny).
import { parseBenchArgs } from "./args";
import { generateDataset } from "./dataset";

try {
  const args = parseBenchArgs();
  generateDataset(args.dir, args.dataset, (line) => console.log(line));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
