// `node scripts/build-cli.mjs scripts/<name>.ts` bundles a command-line job into var/cli/<name>.mjs,
// which plain `node` runs. Under tsx the job carried tsx's loader thread (a second V8 isolate),
// its esbuild service and the transpiled sources: ~36 MB resident before the job's first line
// (docs/decisions/0030-digest-cli-without-tsx.md). Plain JavaScript, so that no loader is needed
// to build either; it takes well under a second, so `npm run digest` builds it every time and a
// fresh clone (or a changed source) never runs a stale bundle.
//
// Packages stay in node_modules (native better-sqlite3, Prisma's wasm, React): only the app's own
// TypeScript is bundled. Code splitting keeps each `await import()` a module of its own, loaded
// when reached, with the packages it imports: a rerun that sends nothing never loads React.
// Chunks are named by their content, and each file is written beside its place and renamed over
// it, so a build running while another process starts the job (tests, several crons) never lets
// it read a half-written file.
import { renameSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const [entry, ...rest] = process.argv.slice(2);
if (!entry || rest.length > 0 || !entry.endsWith(".ts")) {
  console.error("usage: node scripts/build-cli.mjs scripts/<name>.ts");
  process.exit(2);
}

const { outputFiles } = await build({
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  outdir: path.join("var", "cli"),
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  write: false,
  logLevel: "warning",
});
for (const file of outputFiles) {
  mkdirSync(path.dirname(file.path), { recursive: true });
  const partial = `${file.path}.${process.pid}.partial`;
  writeFileSync(partial, file.contents);
  renameSync(partial, file.path);
}
