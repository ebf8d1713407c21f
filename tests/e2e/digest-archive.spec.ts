import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { E2E_CRON_SECRET } from "./server-config";
import { linkInOutbox } from "./mail";
import { sendFromMidnight, subscribeAndConfirm, uniqueAddress } from "./subscriber";

// The archive's test sends the day's edition; the preference test then catches a digest of it.
test.describe.configure({ mode: "serial" });

// A seed paper no other browser test looks at or votes on: upvoting it makes it today's digest.
// (import-merge.spec.ts counts the votes of its own seed paper, so this one must differ.)
const TITLE = "Autonomous In-Situ Soundscape Augmentation via Joint Selection of Masker and Gain";

test("the digest's browser link opens its edition, which the archive page and its feed list", async ({
  page,
  request,
}) => {
  const address = uniqueAddress();
  await sendFromMidnight(page, (await subscribeAndConfirm(page, address)).preferences);
  await page.goto(`/papers?q=${encodeURIComponent("Soundscape Augmentation Masker")}`);
  await page.getByRole("link", { name: TITLE }).first().click();
  const upvoted = page.waitForResponse((response) => /\/api\/papers\/[^/]+\/upvote$/.test(response.url()));
  await page.getByRole("button", { name: `Upvote ${TITLE}`, exact: true }).click();
  expect((await upvoted).status()).toBe(200);

  const run = await request.get("/api/cron/digest", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(run.status()).toBe(200);
  const browserLink = await linkInOutbox(address, /https?:\/\/\S+\/digests\/daily\/\d{4}-\d{2}-\d{2}/);
  const editionPath = new URL(browserLink).pathname;

  await page.goto(browserLink);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^Daily digest · /);
  const papers = page.getByRole("list", { name: "Papers" });
  await expect(papers.getByRole("link", { name: TITLE })).toBeVisible();
  const title = (await heading.textContent())!;

  await page.getByRole("link", { name: "← Digest archive" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Digest archive" })).toBeVisible();
  const listed = page.getByRole("list", { name: "Editions" }).getByRole("link", { name: title, exact: true });
  await expect(listed).toHaveAttribute("href", editionPath);

  const feed = await request.get("/digests/feed.xml");
  expect(feed.status()).toBe(200);
  const items = new XMLParser().parse(await feed.text()).rss.channel.item;
  const links = (Array.isArray(items) ? items : [items]).map((item: { link: string }) => new URL(item.link).pathname);
  expect(links).toContain(editionPath);
});

test("the preference link of a caught digest opens the reader's preferences, which save new topics", async ({
  page,
  request,
}) => {
  const address = uniqueAddress();
  await sendFromMidnight(page, (await subscribeAndConfirm(page, address)).preferences);
  const run = await request.get("/api/cron/digest", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(run.status()).toBe(200);
  const link = await linkInOutbox(address, /https?:\/\/\S+\/subscribe\/preferences\?token=[\w.-]+/);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Digest preferences" })).toBeVisible();
  await expect(page.getByText(`For ${address}.`)).toBeVisible();
  // A mistake is named next to its field, and nothing is saved.
  await page.getByLabel("arXiv categories").fill("not a category");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText(/is not an arXiv category/)).toBeVisible();
  await expect(page.getByLabel("arXiv categories")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Keywords", { exact: true }).fill('diffusion\n"speculative decoding"');
  await page.getByLabel("arXiv categories").fill("cs.LG");
  await page.getByLabel("Muted keywords").fill("benchmark");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.goto(link);
  await expect(page.getByLabel("Keywords", { exact: true })).toHaveValue('diffusion\n"speculative decoding"');
  await expect(page.getByLabel("arXiv categories")).toHaveValue("cs.LG");
  await expect(page.getByLabel("Muted keywords")).toHaveValue("benchmark");
  await expect(page.getByText(/Changes apply from the next digest, due on/)).toBeVisible();
});
