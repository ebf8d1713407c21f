// `npm run import` against the running app's database: a seed paper that is an arXiv paper becomes
// its arXiv record, keeping its votes, and its old address redirects there for good.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { arxivRecord } from "../support/fixtures/arxiv-data";
import { startArxivFixture } from "../support/fixtures/arxiv-server";
import { E2E_DATABASE } from "./server-config";

// A seed paper that no other spec visits or votes on, so its cached page cannot be stale here.
const SEED_ID = "quantizing-deep-convolutional-networks-for-efficient-inference-a-whitepaper";
const ARXIV_ID = "1806.08342";

test("a merged seed paper keeps its votes and its old address redirects permanently", async ({ page, request }) => {
  const vote = await request.post(`/api/papers/${SEED_ID}/upvote`);
  expect(await vote.json()).toEqual({ upvoted: true, upvotes: 1 });

  const arxiv = await startArxivFixture([
    arxivRecord({
      id: ARXIV_ID,
      title: "Quantizing deep convolutional networks for efficient\n  inference: A whitepaper",
      authors: [{ name: "Raghuraman Krishnamoorthi" }],
      published: "2018-06-21T17:00:00Z",
    }),
  ]);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/import.ts", "--source", "arxiv", "--ids", ARXIV_ID, "--date", "2026-06-22"],
      { env: { ...process.env, DATABASE_URL: `file:${E2E_DATABASE}`, ARXIV_API_URL: arxiv.url, ARXIV_REQUEST_INTERVAL_MS: "0" } },
    );
    expect(stdout).toContain(`merged seed paper ${SEED_ID} into ${ARXIV_ID}`);
  } finally {
    await arxiv.close();
  }

  const old = await request.get(`/papers/${SEED_ID}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/papers/${ARXIV_ID}$`));

  await page.goto(`/papers/${SEED_ID}`);
  await expect(page).toHaveURL(new RegExp(`/papers/${ARXIV_ID}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quantizing deep convolutional networks for efficient inference: A whitepaper");

  // The vote moved with the paper, and is still this visitor's.
  const counts = await (await request.get(`/api/papers/upvotes?ids=${ARXIV_ID}`)).json();
  expect(counts).toEqual({ upvotes: { [ARXIV_ID]: 1 }, upvoted: [ARXIV_ID] });
});
