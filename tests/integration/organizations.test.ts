import { describe, expect, it } from "vitest";
import { findOrganization, organizationPapers } from "@/lib/papers/organizations";
import { createPaper } from "../factories";

describe("organizations", () => {
  it("finds an organization by its slug in any case, with its paper count", async () => {
    await createPaper({ organization: { slug: "AGI-LAB-HF", name: "AGI Lab" } });
    expect(await findOrganization("AGI-LAB-HF")).toEqual({ slug: "AGI-LAB-HF", name: "AGI Lab", paperCount: 1 });
    expect(await findOrganization("agi-lab-hf")).toMatchObject({ slug: "AGI-LAB-HF" });
    expect(await findOrganization("nobody")).toBeNull();
    expect(await findOrganization("../etc")).toBeNull();
    expect(await findOrganization("")).toBeNull();
  });

  it("lists its papers newest first: publication date, unknown last, then feed day", async () => {
    const organization = { slug: "lab", name: "Lab" };
    await createPaper({ id: "old", organization, publishedOn: "2025-01-01" });
    await createPaper({ id: "unknown", organization, publishedOn: null });
    await createPaper({ id: "new", organization, publishedOn: "2026-06-09", upvotes: 4 });
    await createPaper({ id: "new-later-feed", organization, publishedOn: "2026-06-09", feedDate: "2026-06-23" });
    await createPaper({ id: "other", organization: { slug: "other", name: "Other" } });

    const papers = await organizationPapers("lab", { limit: 10, offset: 0 });
    expect(papers.map((p) => p.id)).toEqual(["new-later-feed", "new", "old", "unknown"]);
    expect(papers[1]).toMatchObject({ upvotes: 4, organization });
    expect((await organizationPapers("lab", { limit: 2, offset: 2 })).map((p) => p.id)).toEqual(["old", "unknown"]);
  });
});
