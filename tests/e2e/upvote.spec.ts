import { expect, test, type Page } from "@playwright/test";
import { E2E_BASE_URL } from "./server-config";

// Each test votes on its own seed papers (none above 7 upvotes afterwards, so the feed's top paper
// stays the same for feed.spec.ts), and every test runs in a fresh browser context: a new voter.
const upvoteButton = (page: Page, title: string) => page.getByRole("button", { name: `Upvote ${title}`, exact: true });

/** Clicks (or presses) and waits for the server's answer, so that a reload sees the vote. */
async function voteAndWait(page: Page, act: () => Promise<void>) {
  const answered = page.waitForResponse((response) => /\/api\/papers\/[^/]+\/upvote$/.test(response.url()));
  await act();
  expect((await answered).status()).toBe(200);
}

test.describe("the upvote button", () => {
  test("upvotes on the feed; after a reload it is still upvoted with the new count; the keyboard takes it back", async ({
    page,
  }) => {
    const title = "Mellum2 Technical Report";
    await page.goto("/papers");
    const button = upvoteButton(page, title);
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await expect(button).toHaveText(/^▲\s*3/);

    await voteAndWait(page, () => button.click());
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(button).toHaveText(/^▲\s*4/);

    await page.reload();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(button).toHaveText(/^▲\s*4/);

    await button.focus();
    await voteAndWait(page, () => page.keyboard.press("Space"));
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await page.reload();
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await expect(button).toHaveText(/^▲\s*3/);
  });

  test("an upvote on the paper page shows on the feed", async ({ page }) => {
    const title = "Kwai Keye-VL-2.0 Technical Report";
    await page.goto("/papers/kwai-keye-vl-2-0-technical-report");
    await voteAndWait(page, () => upvoteButton(page, title).click());
    await expect(upvoteButton(page, title)).toHaveAttribute("aria-pressed", "true");

    await page.goto("/papers");
    await expect(upvoteButton(page, title)).toHaveAttribute("aria-pressed", "true");
    await expect(upvoteButton(page, title)).toHaveText(/^▲\s*4/);
  });

  test("another browser profile sees the new count but not the pressed state", async ({ page, browser }) => {
    const title = "SkyReels-A2: Compose Anything in Video Diffusion Transformers";
    await page.goto("/papers");
    await voteAndWait(page, () => upvoteButton(page, title).click());

    const other = await browser.newContext();
    try {
      const otherPage = await other.newPage();
      await otherPage.goto("/papers");
      await expect(upvoteButton(otherPage, title)).toHaveText(/^▲\s*4/);
      await expect(upvoteButton(otherPage, title)).toHaveAttribute("aria-pressed", "false");
    } finally {
      await other.close();
    }
  });

  test("a refused vote reverts the button and says why", async ({ page }) => {
    const title =
      "OCTOPUS: Optimized KV Cache for Transformers via Octahedral Parametrization Under optimal Squared error quantization";
    const path = "/api/papers/octopus-optimized-kv-cache-for-transformers-via-octahedral-parametrization-under/upvote";
    // Use up this voter's budget through the browser's own cookie jar, then vote in the page.
    let status = 200;
    for (let i = 0; status === 200 && i < 200; i += 1) {
      status = (await (i % 2 === 0 ? page.request.post(path) : page.request.delete(path))).status();
    }
    expect(status).toBe(429);

    await page.goto("/papers");
    const button = upvoteButton(page, title);
    const before = await button.getAttribute("aria-pressed");
    const answered = page.waitForResponse((response) => response.url().endsWith(path));
    await button.click();
    expect((await answered).status()).toBe(429);
    await expect(page.getByRole("status").filter({ hasText: /Too many votes/ })).toBeVisible();
    await expect(button).toHaveAttribute("aria-pressed", before!);
  });

  test("/papers/trending states its formula and lists a freshly upvoted paper first", async ({ page, playwright }) => {
    const title = "Scalable MatMul-free Language Modeling";
    // Five visitors upvote it now: a recent score no other test's votes reach.
    for (let i = 0; i < 5; i += 1) {
      const visitor = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
      try {
        expect((await visitor.post("/api/papers/scalable-matmul-free-language-modeling/upvote")).status()).toBe(200);
      } finally {
        await visitor.dispose();
      }
    }
    // Votes refresh the cached pages at most once a second, and a refreshed page is rendered again
    // behind the stale one it replaces: the new order shows within a few loads.
    await expect(async () => {
      await page.goto("/papers/trending");
      await expect(page.locator("main article").first().getByRole("heading")).toHaveText(title, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trending papers");
    await expect(page.getByText(/last 7 days, of 0\.5 \^ \(age of the upvote in hours ÷ 48\)/)).toBeVisible();
    await expect(page.getByText(/then the later feed day, then the paper id/)).toBeVisible();
    const first = page.locator("main article").first();
    await expect(first.getByRole("heading")).toHaveText(title);
    await expect(upvoteButton(page, title)).toHaveText(/^▲\s*5/);
    await expect(
      page.getByRole("navigation", { name: "Feed period" }).getByRole("link", { name: "Trending" }),
    ).toHaveAttribute("aria-current", "page");
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the button is a form post that votes and returns to the same page, whose count rises", async ({ page }) => {
    const title = "Introspective Diffusion Language Models";
    await page.goto("/papers/date/2026-06-22");
    await expect(upvoteButton(page, title)).toHaveText(/^▲\s*4/);
    await upvoteButton(page, title).click();
    await expect(page).toHaveURL(/\/papers\/date\/2026-06-22$/);
    await expect(upvoteButton(page, title)).toHaveText(/^▲\s*5/);

    // The page is one cached render for everyone: without JavaScript it cannot know this
    // visitor's vote, so the button is not shown pressed (with JavaScript it is, after load).
    await page.reload();
    await expect(upvoteButton(page, title)).toHaveText(/^▲\s*5/);
    await expect(upvoteButton(page, title)).toHaveAttribute("aria-pressed", "false");
  });
});
