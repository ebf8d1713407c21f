import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { signInBrowser } from "./page-types";

// Seed papers of 2026-06-22 that no other browser test saves or collects.
const TITLES = [
  "DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training to Power Next-Generation AI Scale",
  "Judge Decoding: Faster Speculative Sampling Requires Going Beyond Model Alignment",
];

async function seedIds(request: APIRequestContext): Promise<string[]> {
  const items: { paper: { id: string; title: string } }[] = await (
    await request.get("/api/daily_papers?date=2026-06-22&limit=100")
  ).json();
  return TITLES.map((title) => items.find((item) => item.paper.title === title)!.paper.id);
}

test.describe.configure({ timeout: 90_000 });

async function collectionSection(page: Page, name: string) {
  return page.getByRole("region", { name: new RegExp(`^${name}`) });
}

test("a member saves a paper, collects papers, makes the collection public: its page, RSS and BibTeX work", async ({
  page,
  browser,
  request,
}) => {
  const [FIRST, SECOND] = await seedIds(request);
  await signInBrowser(page.context(), "member");

  // Save, on the paper page: the state arrives after load, and survives a reload.
  await page.goto(`/papers/${FIRST}`);
  const save = page.getByRole("button", { name: `Save ${TITLES[0]}`, exact: true });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("button", { name: `Save ${TITLES[0]}`, exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.goto("/account");
  await expect(page.getByTestId("my-saved").getByRole("link")).toHaveCount(1);

  // A collection: created private, two papers added, one bad id refused inline.
  await page.getByLabel("New collection").fill("Reading group");
  await page.getByRole("button", { name: "Create" }).click();
  const section = await collectionSection(page, "Reading group");
  await expect(section).toContainText("(private)");
  await section.getByLabel("Add a paper (arXiv id)").fill(FIRST);
  await section.getByRole("button", { name: "Add", exact: true }).click();
  // The second from its own page: the link brings its id into the collections' fields.
  await page.goto(`/papers/${SECOND}`);
  await page.getByRole("link", { name: "Add to a collection" }).click();
  await expect(section.getByLabel("Add a paper (arXiv id)")).toHaveValue(SECOND);
  await section.getByRole("button", { name: "Add", exact: true }).click();
  await section.getByLabel("Add a paper (arXiv id)").fill("2406.99999");
  await section.getByRole("button", { name: "Add", exact: true }).click();
  await expect(section.getByRole("alert")).toContainText("There is no such paper here");
  await expect(section.getByRole("listitem")).toHaveCount(2);

  // Private: a 404 to everyone.
  const privateUrl = await section
    .getByRole("button", { name: "Make public" })
    .evaluate((button) =>
      (button.closest("form") as HTMLFormElement).action.replace("/api/collections/", "/collections/"),
    );
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(privateUrl))?.status()).toBe(404);
  expect((await visitor.request.get(`${privateUrl}/feed.xml`)).status()).toBe(404);

  await section.getByRole("button", { name: "Make public" }).click();
  await (await collectionSection(page, "Reading group")).getByRole("link", { name: "its page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reading group");
  await expect(page.getByRole("list", { name: "Papers of Reading group" }).getByRole("listitem")).toHaveCount(2);

  const rss = await visitor.request.get(`${privateUrl}/feed.xml`);
  expect(rss.status()).toBe(200);
  const items = [new XMLParser().parse(await rss.text()).rss.channel.item].flat();
  expect(items.map((item: { link: string }) => item.link.split("/").at(-1))).toEqual([SECOND, FIRST]);

  const bib = await visitor.request.get(`${privateUrl}/bibtex`);
  const parsed = parseBibtex(await bib.text());
  expect(parsed.errors).toEqual([]);
  // Seed papers have no arXiv id (so no eprint); the parser sentence-cases titles.
  expect(parsed.entries.map((entry) => String(entry.fields.title).toLowerCase())).toEqual(
    [TITLES[1], TITLES[0]].map((title) => title.toLowerCase()),
  );
});
