// Saved papers and collections through their routes, as a member's browser and API clients call
// them: private by default, public by choice (page data, RSS, BibTeX), owner-only writes.
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it, vi } from "vitest";
import { POST as createPost } from "@/app/api/collections/route";
import { POST as updatePost } from "@/app/api/collections/[id]/route";
import { POST as deleteCollectionPost } from "@/app/api/collections/[id]/delete/route";
import { POST as papersPost } from "@/app/api/collections/[id]/papers/route";
import { GET as bibtexGet } from "@/app/collections/[id]/bibtex/route";
import { GET as feedGet } from "@/app/collections/[id]/feed.xml/route";
import { GET as savedGet } from "@/app/api/members/saved/route";
import { DELETE as unsavePost, POST as savePost } from "@/app/api/papers/[id]/save/route";
import { POST as deleteAccountPost } from "@/app/api/members/delete/route";
import { GET as exportGet } from "@/app/api/members/export/route";
import { db } from "@/lib/db/client";
import { createPaper } from "../factories";
import { signIn } from "../support/members";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const ORIGIN = "http://localhost:3000";

function post(path: string, cookie: string, body: unknown, options: { form?: boolean; origin?: string } = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: {
      "content-type": options.form ? "application/x-www-form-urlencoded" : "application/json",
      origin: options.origin ?? ORIGIN,
      cookie,
    },
    body: options.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
  });
}

const idContext = (id: string) => ({ params: Promise.resolve({ id }) });

async function create(cookie: string, body: unknown) {
  const response = await createPost(post("/api/collections", cookie, body), undefined);
  return { status: response.status, body: await response.json() };
}

async function addPaper(cookie: string, id: string, paperId: string, action = "add") {
  const response = await papersPost(
    post(`/api/collections/${id}/papers`, cookie, { paper_id: paperId, action }),
    idContext(id),
  );
  return { status: response.status, body: await response.json() };
}

async function update(cookie: string, id: string, body: unknown) {
  const response = await updatePost(post(`/api/collections/${id}`, cookie, body), idContext(id));
  return { status: response.status, body: await response.json() };
}

const feed = (id: string) => feedGet(new Request(`${ORIGIN}/collections/${id}/feed.xml`), idContext(id));
const bibtex = (id: string) => bibtexGet(new Request(`${ORIGIN}/collections/${id}/bibtex`), idContext(id));

describe("collections", () => {
  it("are private until made public; then their RSS lists the papers and their BibTeX parses", async () => {
    await createPaper({ id: "2406.60001", title: "Attention & Memory", authors: ["Ada Lovelace", "Alan Turing"] });
    await createPaper({ id: "2406.60002", title: "Second {paper" });
    const cookie = await signIn(smtp, "ada@example.org");

    const created = await create(cookie, { name: "  Reading group  " });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Reading group", public: false, papers: [] });
    const id = created.body.id as string;
    expect((await addPaper(cookie, id, "2406.60001")).body.papers).toEqual(["2406.60001"]);
    // An arXiv address of a paper here works as well as its id; a repeat adds nothing.
    expect((await addPaper(cookie, id, "https://arxiv.org/abs/2406.60002v2")).body.papers).toHaveLength(2);
    expect((await addPaper(cookie, id, "2406.60002")).body.papers).toHaveLength(2);

    expect((await feed(id)).status).toBe(404);
    expect((await bibtex(id)).status).toBe(404);

    expect((await update(cookie, id, { public: true, name: "Group" })).body).toMatchObject({
      public: true,
      name: "Group",
    });
    const rss = await feed(id);
    expect(rss.status).toBe(200);
    expect(rss.headers.get("content-type")).toMatch(/application\/rss\+xml/);
    const channel = new XMLParser().parse(await rss.text()).rss.channel;
    expect(channel.title).toBe("Group (a collection by @ada)");
    expect([channel.item].flat().map((item: { link: string }) => item.link)).toEqual([
      `${ORIGIN}/papers/2406.60002`,
      `${ORIGIN}/papers/2406.60001`,
    ]);

    const bib = await bibtex(id);
    expect(bib.headers.get("content-type")).toMatch(/application\/x-bibtex/);
    const parsed = parseBibtex(await bib.text());
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.fields.eprint)).toEqual(["2406.60002", "2406.60001"]);
    // The parser sentence-cases titles, as biblatex styles do; the & arrived escaped and came back whole.
    expect(parsed.entries[1].fields.title).toMatch(/^Attention & memory$/i);

    // Made private again, it is gone for everyone at once.
    await update(cookie, id, { public: false });
    expect((await feed(id)).status).toBe(404);
  });

  it("cannot be read or changed by another member, and refuses bad input with 4xx and no write", async () => {
    await createPaper({ id: "2406.60003" });
    const owner = await signIn(smtp, "owner@example.org");
    const other = await signIn(smtp, "other@example.org");
    const { body } = await create(owner, { name: "Mine" });
    const id = body.id as string;

    expect((await update(other, id, { name: "Taken" })).status).toBe(404);
    expect((await addPaper(other, id, "2406.60003")).status).toBe(404);
    const otherDelete = await deleteCollectionPost(post(`/api/collections/${id}/delete`, other, {}), idContext(id));
    expect(otherDelete.status).toBe(404);
    expect((await create("", { name: "Visitor" })).status).toBe(401);
    const crossSite = await createPost(
      post("/api/collections", owner, { name: "x" }, { origin: "https://evil.example" }),
      undefined,
    );
    expect(crossSite.status).toBe(403);

    expect((await create(owner, { name: "   " })).body.error).toMatch(/name/);
    expect((await create(owner, { name: "x".repeat(81) })).status).toBe(400);
    expect((await create(owner, { name: "bad\u0000name" })).status).toBe(400);
    expect((await addPaper(owner, id, "2406.99999")).status).toBe(400);
    expect((await addPaper(owner, id, "2406.60003", "steal")).status).toBe(400);
    expect((await update(owner, id, {})).status).toBe(400);
    expect((await update(owner, "../../etc", { name: "x" })).status).toBe(404);

    const stored = await db.collection.findMany({ select: { name: true, _count: { select: { papers: true } } } });
    expect(stored).toEqual([{ name: "Mine", _count: { papers: 0 } }]);
  });

  it("answers a form post with a 303 to the account page, naming what was wrong by a code", async () => {
    const cookie = await signIn(smtp, "forms@example.org");
    const ok = await createPost(
      post("/api/collections", cookie, { name: "Form", public: "on" }, { form: true }),
      undefined,
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/account#collections-heading");
    expect(await db.collection.findFirst({ select: { isPublic: true } })).toEqual({ isPublic: true });
    const bad = await createPost(post("/api/collections", cookie, { name: "" }, { form: true }), undefined);
    expect(bad.status).toBe(303);
    expect(bad.headers.get("location")).toBe("/account?collection-error=name#collections-heading");
  });
});

describe("saved papers", () => {
  it("are saved and unsaved by the member, read back after load, exported, and deleted with the account", async () => {
    await createPaper({ id: "2406.60010", title: "Saved one" });
    await createPaper({ id: "2406.60011" });
    const cookie = await signIn(smtp, "saver@example.org");
    const save = (id: string, cookieHeader = cookie) =>
      savePost(
        new Request(`${ORIGIN}/api/papers/${id}/save`, {
          method: "POST",
          headers: { cookie: cookieHeader, origin: ORIGIN },
        }),
        idContext(id),
      );
    const saved = async (cookieHeader: string) =>
      (
        await (
          await savedGet(
            new Request(`${ORIGIN}/api/members/saved?ids=2406.60010,2406.60011`, { headers: { cookie: cookieHeader } }),
            undefined,
          )
        ).json()
      ).saved;

    expect(await (await save("2406.60010")).json()).toEqual({ saved: true });
    expect(await (await save("2406.60011")).json()).toEqual({ saved: true });
    const unsave = await unsavePost(
      new Request(`${ORIGIN}/api/papers/2406.60011/save`, { method: "DELETE", headers: { cookie, origin: ORIGIN } }),
      idContext("2406.60011"),
    );
    expect(await unsave.json()).toEqual({ saved: false });
    expect(await saved(cookie)).toEqual(["2406.60010"]);
    expect(await saved("")).toEqual([]);
    expect((await save("2406.60010", "")).status).toBe(401);
    expect((await save("2406.99999")).status).toBe(404);

    const { body: collection } = await create(cookie, { name: "Private list" });
    await addPaper(cookie, collection.id, "2406.60010");
    const data = await (
      await exportGet(new Request(`${ORIGIN}/api/members/export`, { headers: { cookie } }), undefined)
    ).json();
    expect(data.savedPapers).toMatchObject([{ paperId: "2406.60010", title: "Saved one" }]);
    expect(data.collections).toEqual([
      { id: collection.id, name: "Private list", public: false, papers: ["2406.60010"] },
    ]);

    const deleted = await deleteAccountPost(post("/api/members/delete", cookie, { confirm: "delete" }), undefined);
    expect(deleted.status).toBe(200);
    expect(await db.savedPaper.count()).toBe(0);
    expect(await db.collection.count()).toBe(0);
    expect(await db.paper.count()).toBe(2);
  });
});
