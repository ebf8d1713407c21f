import { expect, test } from "@playwright/test";

test.describe("icons, manifest and robots.txt", () => {
  test("every icon a page links answers with an image, and the manifest's icons too", async ({ page, request }) => {
    await page.goto("/papers/date/2026-06-22");
    const links = page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"]');
    const hrefs = await links.evaluateAll((elements) => elements.map((element) => (element as HTMLLinkElement).href));
    expect(hrefs.map((href) => new URL(href).pathname)).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png"]));

    const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
    const manifest = await request.get(manifestHref!);
    expect(manifest.status()).toBe(200);
    const { name, start_url, icons } = (await manifest.json()) as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
    expect(name).toBe("Daily Papers");
    expect((await request.get(start_url)).status()).toBe(200);
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));

    for (const href of [...hrefs, ...icons.map((icon) => new URL(icon.src, manifest.url()).href)]) {
      const icon = await request.get(href);
      expect(icon.status(), href).toBe(200);
      expect(icon.headers()["content-type"], href).toMatch(/^image\//);
    }
  });

  test("robots.txt lets crawlers read the pages, and keeps them off the API and the email links", async ({ request }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const rules = (await robots.text()).split("\n").filter((line) => /^(user-agent|allow|disallow):/i.test(line));
    expect(rules).toEqual(["User-agent: *", "Disallow: /api/", "Disallow: /subscribe/", "Disallow: /unsubscribe"]);
  });
});
