// Submitting a paper through the form, against the e2e server's loopback arXiv
// (tests/e2e/arxiv-stand-in.ts). Runs after the reader specs (playwright.config.ts): submissions
// make today the latest feed day.
import { expect, test, type Page } from "@playwright/test";
import { signInBrowser } from "./page-types";
import { E2E_ARXIV, E2E_ARXIV_DOWN_ID, E2E_ARXIV_UNKNOWN_ID } from "./arxiv-stand-in";

// One submission at a time: a cached feed page rendered while another submission lands can be
// stored without it until the next change (Next's page cache stamps an entry when it is stored,
// not when its render began), and these tests look for each new paper on the latest day.
test.describe.configure({ mode: "serial" });

async function submitThroughForm(page: Page, reference: string) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Submit a paper" }).click();
  await expect(page).toHaveURL(/\/papers\/submit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Submit a paper" })).toBeVisible();
  await page.getByLabel("arXiv id or paper address").fill(reference);
  await page.getByRole("button", { name: "Submit" }).click();
}

for (const [how, reference, record] of [
  ["its id", E2E_ARXIV.byId.id, E2E_ARXIV.byId],
  ["its versioned abstract address", `https://arxiv.org/abs/${E2E_ARXIV.byAbstractUrl.id}v2`, E2E_ARXIV.byAbstractUrl],
  ["its PDF address", `https://arxiv.org/pdf/${E2E_ARXIV.byPdfUrl.id}v1.pdf`, E2E_ARXIV.byPdfUrl],
  ["its Hugging Face address", `https://huggingface.co/papers/${E2E_ARXIV.byHfUrl.id}`, E2E_ARXIV.byHfUrl],
] as const) {
  test(`a paper submitted by ${how} is fetched from arXiv, added to today's feed and opened`, async ({ page }) => {
    await submitThroughForm(page, reference);
    await expect(page).toHaveURL(new RegExp(`/papers/${record.id.replace(".", "\\.")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(record.title);
    // In the paper's details: the related papers' cards may name a submitter too.
    await expect(page.locator("dl").getByText("submitted by anonymous")).toBeVisible();

    // Today's feed, the latest day now, lists it.
    await page.goto("/");
    await expect(page.locator("main article", { hasText: record.title })).toBeVisible();
  });
}

test("a paper that is already here opens its page, and nothing is added twice", async ({ page, request }) => {
  const first = await request.post("/api/papers/submit", { data: { paper_id: E2E_ARXIV.alreadyHere.id } });
  expect(first.status()).toBe(201);
  await submitThroughForm(page, `arXiv:${E2E_ARXIV.alreadyHere.id}v1`);
  await expect(page).toHaveURL(new RegExp(`/papers/${E2E_ARXIV.alreadyHere.id.replace(".", "\\.")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(E2E_ARXIV.alreadyHere.title);
  const again = await request.post("/api/papers/submit", { data: { paper_id: E2E_ARXIV.alreadyHere.id } });
  expect(again.status()).toBe(200);
  await page.goto("/");
  await expect(page.locator("main article", { hasText: E2E_ARXIV.alreadyHere.title })).toHaveCount(1);
});

for (const [what, reference, message] of [
  ["a malformed id", "not a paper at all", /That is not an arXiv paper\. Give an arXiv id like 2406\.12345/],
  ["an address on another site", "https://example.org/abs/2606.20001", /That is not an arXiv paper/],
  [
    "an id arXiv does not know",
    E2E_ARXIV_UNKNOWN_ID,
    new RegExp(`arXiv has no paper ${E2E_ARXIV_UNKNOWN_ID.replace(".", "\\.")}`),
  ],
  ["an id while arXiv is down", E2E_ARXIV_DOWN_ID, /arXiv cannot be reached right now, so the paper was not added/],
] as const) {
  test(`${what} is an inline error next to the field, and nothing is added`, async ({ page, request }) => {
    await submitThroughForm(page, reference);
    const field = page.getByLabel("arXiv id or paper address");
    await expect(page.locator("#submit-paper-feedback")).toHaveText(message);
    await expect(page).toHaveURL(/\/papers\/submit$/);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue(reference);
    // The message is part of the field's description, so a screen reader reads it with the field.
    await expect(field).toHaveAccessibleDescription(message);
    if (!reference.includes("/") && !reference.includes(" ")) {
      expect((await request.get(`/api/papers/${reference}`)).status()).toBe(404);
    }
  });
}

test("the paper page: every author a search, links, citation tags and BibTeX to copy", async ({
  page,
  context,
  request,
}) => {
  const record = E2E_ARXIV.byId;
  await request.post("/api/papers/submit", { data: { paper_id: record.id } });
  await page.goto(`/papers/${record.id}`);

  const authors = page.getByRole("list", { name: "Authors" }).getByRole("link");
  await expect(authors).toHaveText(record.authors.map((author) => author.name));
  await authors.first().click();
  await expect(page).toHaveURL(/\/papers\?q=%22Grace(\+|%20)Hopper%22$/);
  await expect(page.locator("main article", { hasText: record.title })).toBeVisible();

  await page.goto(`/papers/${record.id}`);
  await expect(page.getByText("cs.CL, cs.LG")).toBeVisible();
  const links = page.getByRole("list", { name: "Links" });
  await expect(links.getByRole("link", { name: "arXiv abstract" })).toHaveAttribute(
    "href",
    `https://arxiv.org/abs/${record.id}`,
  );
  await expect(links.getByRole("link", { name: "PDF" })).toHaveAttribute("href", `https://arxiv.org/pdf/${record.id}`);

  const meta = (name: string) => page.locator(`head meta[name="${name}"]`);
  await expect(meta("citation_title")).toHaveAttribute("content", record.title);
  await expect(meta("citation_author")).toHaveCount(record.authors.length);
  await expect(meta("citation_author").nth(2)).toHaveAttribute("content", "Ada Lovelace");
  await expect(meta("citation_publication_date")).toHaveAttribute("content", "2026/06/21");
  await expect(meta("citation_arxiv_id")).toHaveAttribute("content", record.id);
  await expect(meta("citation_pdf_url")).toHaveAttribute("content", `https://arxiv.org/pdf/${record.id}`);

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^@misc\\{hopper2026submitted,\\n  title += \\{${record.title}\\},`));
  expect(copied).toContain(
    "author        = {Grace Hopper and Alan Turing and Ada Lovelace and Emmy Noether and Hedy Lamarr}",
  );

  const bib = await request.get(`/papers/${record.id}/bibtex`);
  expect(bib.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
  expect(await bib.text()).toBe(copied);
});

test("a card shows the first three authors and et al.", async ({ page, request }) => {
  await request.post("/api/papers/submit", { data: { paper_id: E2E_ARXIV.byId.id } });
  await page.goto("/");
  await expect(page.locator("main article", { hasText: E2E_ARXIV.byId.title })).toContainText(
    "Grace Hopper, Alan Turing, Ada Lovelace et al.",
  );
});

test("the API refuses a cross-site submission and a malformed one", async ({ request }) => {
  const crossSite = await request.post("/api/papers/submit", {
    data: { paper_id: "2606.20001" },
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
  const malformed = await request.post("/api/papers/submit", { data: { paper_id: "nope" } });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toMatch(/not an arXiv paper/);
});

test("a signed-in member's submission shows who submitted it, on the paper page and their page", async ({ page }) => {
  await signInBrowser(page.context(), "member");
  await page.goto("/account");
  const handle = (await page.getByLabel("Handle").inputValue()).trim();
  await page.goto("/papers/submit");
  await page.getByLabel("arXiv id or paper address").fill(E2E_ARXIV.byMember.id);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page).toHaveURL(new RegExp(`/papers/${E2E_ARXIV.byMember.id}$`));
  await page
    .locator("dl")
    .getByRole("link", { name: `@${handle}` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`@${handle}`);
  // The member's page is cached for everyone; the submission dropped it, and a dropped page may be
  // served once more while it renders again.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("heading", { name: E2E_ARXIV.byMember.title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
