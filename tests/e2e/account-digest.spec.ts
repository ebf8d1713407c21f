// One subscription model for members and everyone else: a member whose address gets the digest
// opens its preference page from the account page, no digest email needed.
import { expect, test } from "@playwright/test";
import { signIn, uniqueAddress } from "./sign-in";
import { subscribeAndConfirm } from "./subscriber";

test.describe.configure({ timeout: 90_000 });

test("the account page links to the digest settings of the member's address", async ({ page }) => {
  const address = uniqueAddress("reader");
  await subscribeAndConfirm(page, address);
  await signIn(page, address);
  await page.getByRole("link", { name: "The digest settings of your address" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Digest preferences" })).toBeVisible();
  await expect(page.getByText(`For ${address}.`)).toBeVisible();
  await page.getByLabel("Authors").fill("Ada Lovelace");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByLabel("Authors")).toHaveValue("Ada Lovelace");
});
