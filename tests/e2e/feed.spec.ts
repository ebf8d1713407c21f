import { expect, test } from "@playwright/test";
import { E2E_BASE_URL } from "./server-config";

test.describe("the daily feed", () => {
  test("the home page shows the latest day with all seed papers, most upvoted first", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Daily Papers" })).toBeVisible();
    await expect(page.getByText("Get trending papers in your email inbox!")).toBeVisible();
    await expect(page.locator("main h2 time")).toHaveAttribute("datetime", "2026-06-22");

    const cards = page.locator("main article");
    await expect(cards).toHaveCount(58);
    await expect(cards.first().getByRole("heading")).toHaveText(/Tstars-Tryon 1\.0/);
    await expect(cards.first()).toContainText("AGI Lab");
    await expect(cards.first().locator("time")).toHaveAttribute("datetime", "2026-04-20");
    await expect(page.locator("main article", { hasText: "SwiftKV" })).toContainText("4 authors");
  });

  test("previous and next step to the nearest days with papers; an empty day says so", async ({ page }) => {
    await page.goto("/papers/date/2026-06-20");
    await expect(page.getByText("No papers on Jun 20, 2026.")).toBeVisible();
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2026-06-22$/);
    await expect(page.locator("main article")).toHaveCount(58);

    await page.goto("/papers/date/2026-06-30");
    await expect(page.getByText("No papers on Jun 30, 2026.")).toBeVisible();
    await page.getByRole("link", { name: "← Previous" }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2026-06-22$/);
  });

  test("the week and month views rank the span's papers and step to their neighbours", async ({ page }) => {
    await page.goto("/papers/date/2026-06-22");
    await page.getByRole("link", { name: "Weekly" }).click();
    await expect(page).toHaveURL(/\/papers\/week\/2026-W26$/);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Week 26 of 2026 (Jun 22 – Jun 28)");
    await expect(page.locator("main article")).toHaveCount(50);
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/papers\/week\/2026-W27$/);
    await expect(page.getByText(/No papers in Week 27/)).toBeVisible();

    await page.goto("/papers/month/2026-06");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("June 2026");
    await expect(page.locator("main article")).toHaveCount(50);
    await page.getByRole("link", { name: "← Previous" }).click();
    await expect(page).toHaveURL(/\/papers\/month\/2026-05$/);
  });

  test("a week or month of more than 50 papers is paged, with previous / next page links", async ({ page }) => {
    await page.goto("/papers/week/2026-W26");
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText("Page 1 of 2");
    const first = await page.locator("main article h3").allTextContents();
    // Keyboard: the next-page link is reachable and follows with Enter.
    await pages.getByRole("link", { name: "Next page →" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/papers\/week\/2026-W26\?p=1$/);
    await expect(page.locator("main article")).toHaveCount(8);
    await expect(pages).toContainText("Page 2 of 2");
    const second = await page.locator("main article h3").allTextContents();
    expect(new Set([...first, ...second]).size).toBe(58);
    await pages.getByRole("link", { name: "← Previous page" }).click();
    await expect(page).toHaveURL(/\/papers\/week\/2026-W26$/);

    await page.goto("/papers/month/2026-06?p=1");
    await expect(page.locator("main article")).toHaveCount(8);
    expect((await page.request.get("/papers/month/2026-06?p=2")).status()).toBe(404);
  });

  test("a card opens the paper page with the full abstract and both dates", async ({ page }) => {
    await page.goto("/papers");
    await page.getByRole("link", { name: /^Lip Forcing/ }).click();
    await expect(page).toHaveURL(/\/papers\/lip-forcing-few-step-autoregressive-diffusion/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Lip Forcing/);
    await expect(page.getByText("KAIST AI")).toBeVisible();
    await expect(page.getByText(/far below every diffusion baseline\.$/)).toBeVisible();
    await expect(page.locator("dd time").first()).toHaveAttribute("datetime", "2026-06-09");
    await expect(page.locator("dd time").last()).toHaveAttribute("datetime", "2026-06-22");
  });

  for (const path of [
    "/papers/date/2026-02-30",
    "/papers/date/foo",
    "/papers/week/2026-W54",
    "/papers/month/2026-13",
    // Later pages: a span out of the feed's days, or a page number the ?p= rewrite would not make.
    "/papers/week/9999-W01?p=1",
    "/papers/month/1900-01?p=1",
    "/papers/week/2026-W26/p/0",
    "/papers/month/2026-06/p/01",
    "/papers/no-such-paper",
  ]) {
    test(`${path} is a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    });
  }

  test("the page requests nothing from any other host", async ({ page }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== E2E_BASE_URL) foreign.push(request.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
  });

  test("fits a 360 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
