import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/db/create-client";
import { adminPaperPath, paperPath, spanPath } from "../../lib/http/paths";
import { signInBrowser } from "./page-types";
import { E2E_DATABASE } from "./server-config";

// Papers of their own, on a day no other spec reads, so that hiding them disturbs nobody.
const DAY = "2019-03-14";

async function createPaper(id: string, title: string): Promise<void> {
  const db = createPrismaClient(`file:${E2E_DATABASE}`);
  try {
    await db.paper.create({
      data: { id, title, abstract: `${title}: a survey of burrows.`, feedDate: DAY, authors: ["Ada Lovelace"] },
    });
  } finally {
    await db.$disconnect();
  }
}

const card = (page: Page, title: string) => page.locator("main article", { hasText: title });

test.describe.configure({ timeout: 90_000 });

test("an admin hides a paper from its page: visitors get a 404 and the feed drops it; restoring brings it back", async ({
  page,
  browser,
  request,
}) => {
  const id = "1903.00041";
  await createPaper(id, "Numbat foraging habits");
  await page.goto(spanPath("day", DAY));
  await expect(card(page, "Numbat foraging habits")).toHaveCount(1);
  expect((await request.get(paperPath(id))).status()).toBe(200);

  const context = await browser.newContext();
  await signInBrowser(context, "admin");
  const admin = await context.newPage();
  await admin.goto(paperPath(id));
  await admin.getByRole("link", { name: "Moderate this paper" }).click();
  await expect(admin).toHaveURL(new RegExp(`${adminPaperPath(id)}$`));
  await admin.getByRole("button", { name: "Hide this paper" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The paper is hidden" })).toBeVisible();
  await expect(admin.getByRole("note")).toContainText("only admins see this paper");

  expect((await request.get(paperPath(id))).status()).toBe(404);
  expect((await request.get(`/api/papers/${id}`)).status()).toBe(404);
  expect(await (await request.get("/api/papers/search?q=numbat")).json()).toEqual([]);
  await page.goto(spanPath("day", DAY));
  await expect(card(page, "Numbat foraging habits")).toHaveCount(0);
  // A member's vote on it is refused as on a paper that does not exist.
  expect((await request.post(`/api/papers/${id}/upvote`)).status()).toBe(404);

  await admin.getByRole("button", { name: "Restore this paper" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The paper is restored" })).toBeVisible();
  expect((await request.get(paperPath(id))).status()).toBe(200);
  await page.goto(spanPath("day", DAY));
  await expect(card(page, "Numbat foraging habits")).toHaveCount(1);

  await admin.goto("/admin");
  const entries = admin.getByTestId("audit-entry").filter({ hasText: id });
  await expect(entries.filter({ hasText: "paper.restore" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "paper.hide" })).toHaveCount(1);
  await context.close();
});

test("the edit form answers each bad field inline, then saves; the page and the audit log show the change", async ({
  browser,
  request,
}) => {
  const id = "1903.00042";
  await createPaper(id, "Bilby burrow depth");
  const context = await browser.newContext();
  await signInBrowser(context, "admin");
  const admin = await context.newPage();
  await admin.goto(adminPaperPath(id));

  const title = admin.getByLabel("Title");
  await title.fill("   ");
  await admin.getByLabel("Organization").fill("no such lab!");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.locator("#edit-title-error")).toHaveText("The title cannot be empty.");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Organization")).toHaveAttribute("aria-invalid", "true");
  // What the admin typed stays, to be corrected.
  await expect(admin.getByLabel("Organization")).toHaveValue("no such lab!");

  await title.fill("Bilby burrow depth, revised");
  await admin.getByLabel("Organization").fill("");
  await admin.getByLabel("Authors").fill("Ada Lovelace\nGrace Hopper");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByText("Saved: title, authors changed.")).toBeVisible();
  await expect(title).not.toHaveAttribute("aria-invalid");

  expect(await (await request.get(paperPath(id))).text()).toContain("Bilby burrow depth, revised");
  const found = await (await request.get("/api/papers/search?q=hopper%20bilby")).json();
  expect(found.map((item: { paper: { id: string } }) => item.paper.id)).toEqual([id]);

  await admin.goto("/admin");
  const entry = admin.getByTestId("audit-entry").filter({ hasText: "paper.edit" }).filter({ hasText: id });
  await expect(entry).toContainText("Bilby burrow depth");
  await expect(entry.locator("ins").first()).toHaveText("Bilby burrow depth, revised");
  await context.close();
});

test("the paper moderation routes answer 401 to visitors and 403 to members", async ({ browser, request }) => {
  const id = "2606.00001";
  const body = { data: { hidden: "true" } };
  expect((await request.post(`/api/admin/papers/${id}/hidden`, body)).status()).toBe(401);
  const context = await browser.newContext();
  await signInBrowser(context, "member");
  const member = await context.newPage();
  expect((await member.request.post(`/api/admin/papers/${id}/hidden`, body)).status()).toBe(403);
  await member.goto(adminPaperPath(id));
  await expect(member.getByText("Only admins may do this.")).toBeVisible();
  await expect(member.getByRole("button", { name: "Hide this paper" })).toHaveCount(0);
  await context.close();
});
