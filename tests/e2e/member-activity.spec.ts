import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_ADMIN_EMAIL } from "./server-config";
import { newPage, signIn, uniqueAddress } from "./sign-in";

// Papers of the seed day that no other browser test votes on.
const SWIFTKV = "SwiftKV: Fast Prefill-Optimized Inference with Knowledge-Preserving Model Transformation";
const WHITEPAPER = "Quantizing deep convolutional networks for efficient inference: A whitepaper";

async function paperOf(request: APIRequestContext, title: string): Promise<{ id: string; upvotes: number }> {
  const items: { paper: { id: string; title: string; upvotes: number } }[] = await (
    await request.get("/api/daily_papers?date=2026-06-22&limit=100")
  ).json();
  return items.find((item) => item.paper.title === title)!.paper;
}

const upvoteButton = (page: Page, title: string) => page.getByRole("button", { name: `Upvote ${title}`, exact: true });

async function upvote(page: Page, title: string) {
  const answered = page.waitForResponse((response) => /\/api\/papers\/[^/]+\/upvote$/.test(response.url()));
  await upvoteButton(page, title).click();
  expect((await answered).status()).toBe(200);
}

// Each sign-in is a form, a mail and a confirmation page: on a busy machine several of them in one
// test take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test.describe("members' votes", () => {
  test("two browsers of one member make one vote, pressed in both", async ({ page, browser, request }) => {
    const paper = await paperOf(request, SWIFTKV);
    const address = uniqueAddress("voter");
    await signIn(page, address);
    const phone = await newPage(browser);
    await signIn(phone, address);

    await page.goto(`/papers/${paper.id}`);
    await upvote(page, SWIFTKV);
    await expect(upvoteButton(page, SWIFTKV)).toHaveText(new RegExp(`${paper.upvotes + 1}`));
    await phone.goto(`/papers/${paper.id}`);
    const there = upvoteButton(phone, SWIFTKV);
    await expect(there).toHaveAttribute("aria-pressed", "true");
    await expect(there).toHaveText(new RegExp(`${paper.upvotes + 1}`));
    // Pressing it there takes the one vote back.
    const answered = phone.waitForResponse((response) => /\/upvote$/.test(response.url()));
    await there.click();
    expect(await (await answered).json()).toEqual({ upvoted: false, upvotes: paper.upvotes });
  });

  test("a visitor's votes become the member's at sign-in, counted once", async ({ page, browser, request }) => {
    const paper = await paperOf(request, WHITEPAPER);
    const address = uniqueAddress("merger");
    // The member has upvoted it already on another device.
    const other = await newPage(browser);
    await signIn(other, address);
    await other.goto(`/papers/${paper.id}`);
    await upvote(other, WHITEPAPER);

    // This browser votes before signing in: a second vote for now.
    await page.goto(`/papers/${paper.id}`);
    await upvote(page, WHITEPAPER);
    await expect(upvoteButton(page, WHITEPAPER)).toHaveText(new RegExp(`${paper.upvotes + 2}`));

    await signIn(page, address);
    await page.goto(`/papers/${paper.id}`);
    const button = upvoteButton(page, WHITEPAPER);
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(button).toHaveText(new RegExp(`${paper.upvotes + 1}`));
    expect((await paperOf(request, WHITEPAPER)).upvotes).toBe(paper.upvotes + 1);

    // Leave the count as it was for the other tests.
    await upvote(page, WHITEPAPER);
    expect((await paperOf(request, WHITEPAPER)).upvotes).toBe(paper.upvotes);
  });
});

test.describe("comments", () => {
  test("a comment holding <script> and javascript: links is shown as inert text; its author deletes it", async ({
    page,
    request,
  }) => {
    const paper = await paperOf(request, SWIFTKV);
    await signIn(page, uniqueAddress("commenter"));
    await page.goto(`/papers/${paper.id}`);
    const box = page.getByLabel("Add a comment");
    await box.fill(
      "Look: <script>window.__pwned = 1</script> [click me](javascript:window.__pwned=2) and **bold** $a*b*c$",
    );
    await page.getByRole("button", { name: "Comment", exact: true }).click();

    const comment = page.getByTestId("comment").filter({ hasText: "Look:" });
    await expect(comment).toContainText("<script>window.__pwned = 1</script>");
    await expect(comment.locator(".comment-body strong")).toHaveText("bold");
    await expect(comment).toContainText("$a*b*c$");
    await page.reload();
    await expect(comment).toBeVisible();
    expect(await comment.locator("script").count()).toBe(0);
    expect(await comment.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await comment.getByRole("button", { name: "Delete" }).click();
    await expect(comment).toHaveCount(0);
  });

  test("an empty comment gets an inline error; a visitor is asked to sign in", async ({ page, browser, request }) => {
    const paper = await paperOf(request, SWIFTKV);
    const visitor = await newPage(browser);
    await visitor.goto(`/papers/${paper.id}`);
    await expect(visitor.getByText("to comment.")).toBeVisible();
    await signIn(page, uniqueAddress("terse"));
    await page.goto(`/papers/${paper.id}`);
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(page.getByText("Write a comment.")).toBeVisible();
    await expect(page.getByLabel("Add a comment")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Add a comment")).toHaveAccessibleDescription(/^Write a comment\./);
  });
});

test.describe("admin routes", () => {
  test("401 for visitors, 403 for members, open to admins", async ({ page, browser, request }) => {
    expect((await request.get("/api/admin/audit")).status()).toBe(401);
    expect(
      (await request.post("/api/admin/members/block", { data: { handle: "someone", blocked: "true" } })).status(),
    ).toBe(401);

    await signIn(page, uniqueAddress("plain"));
    expect((await page.request.get("/api/admin/audit")).status()).toBe(403);
    expect(
      (await page.request.post("/api/admin/members/block", { data: { handle: "someone", blocked: "true" } })).status(),
    ).toBe(403);
    await page.goto("/admin");
    await expect(page.getByText("Only admins may do this.")).toBeVisible();

    const admin = await newPage(browser);
    await signIn(admin, E2E_ADMIN_EMAIL);
    expect((await admin.request.get("/api/admin/audit")).status()).toBe(200);
    await admin.goto("/admin");
    await expect(admin.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
    await admin.getByLabel("Handle").fill("nobody-at-all");
    await admin.getByRole("button", { name: "Block", exact: true }).click();
    await expect(admin.getByRole("alert").filter({ hasText: "There is no member @nobody-at-all." })).toBeVisible();
  });
});

test.describe("the account page", () => {
  test("lists the member's upvotes; deleting the account recounts its papers and signs out", async ({
    page,
    request,
  }) => {
    const paper = await paperOf(request, SWIFTKV);
    await signIn(page, uniqueAddress("leaver"));
    await page.goto(`/papers/${paper.id}`);
    await upvote(page, SWIFTKV);
    expect((await paperOf(request, SWIFTKV)).upvotes).toBe(paper.upvotes + 1);

    await page.goto("/account");
    await expect(page.getByTestId("my-upvotes").getByRole("link", { name: SWIFTKV })).toBeVisible();
    const confirm = page.getByLabel("Type “delete” to confirm");
    await confirm.fill("nope");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "nothing was deleted" })).toBeVisible();
    await expect(page.getByLabel("Type “delete” to confirm")).toHaveAttribute("aria-invalid", "true");
    expect((await paperOf(request, SWIFTKV)).upvotes).toBe(paper.upvotes + 1);

    await page.getByLabel("Type “delete” to confirm").fill("delete");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await paperOf(request, SWIFTKV)).upvotes).toBe(paper.upvotes);
  });
});
