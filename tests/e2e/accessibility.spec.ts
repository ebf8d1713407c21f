import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PAGE_TYPES, signInBrowser } from "./page-types";

// WCAG 2.1 A/AA, and WCAG 2.2's target size (24 px, or that much space around), which Lighthouse's
// accessibility score counts.
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** What axe finds, reduced to what a person needs to find and fix each one: the rule, and where. */
async function violations(axe: AxeBuilder) {
  const { violations } = await axe.withTags(WCAG_21_AA).analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    where: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
  }));
}

const VARIANTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  // A phone: the header wraps and the cards stack.
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const { name: device, ...options } of VARIANTS) {
    test.describe(`WCAG 2.1 AA, ${colorScheme}, ${device}`, () => {
      test.use({ colorScheme, ...options });
      // axe reads every node of a 58-card page, which takes seconds on a busy two-core machine.
      test.describe.configure({ timeout: 90_000 });

      for (const pageType of PAGE_TYPES) {
        test(pageType.name, async ({ page }) => {
          if (pageType.member) await signInBrowser(page.context(), pageType.member);
          const response = await page.goto(await pageType.path());
          expect(response?.status()).toBe(pageType.status);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(pageType.heading);
          expect(await violations(new AxeBuilder({ page }))).toEqual([]);
        });
      }

      test("the subscribe form showing an error", async ({ page }) => {
        await page.goto("/papers/date/2026-06-22");
        const form = page.getByRole("form", { name: "Subscribe to the digest" });
        await form.getByLabel("Email address").fill("not-an-email");
        await form.getByRole("button", { name: "Subscribe" }).click();
        await expect(form.locator("[aria-live]")).toHaveText(/valid email address/);
        expect(await violations(new AxeBuilder({ page }).include("#subscribe"))).toEqual([]);
      });
    });
  }
}
