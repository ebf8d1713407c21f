// Moderation of papers: a hidden paper is gone from every public listing, feed, search and API
// until restored; votes on it are refused; edits reach search and the audit log.
import { describe, expect, it } from "vitest";
import { GET as dailyPapersGet } from "@/app/api/daily_papers/route";
import { GET as paperGet } from "@/app/api/papers/[id]/route";
import { POST as hiddenPost } from "@/app/api/admin/papers/[id]/hidden/route";
import { GET as searchGet } from "@/app/api/papers/search/route";
import { GET as upvoteCountsGet } from "@/app/api/papers/upvotes/route";
import { GET as atomGet } from "@/app/papers/atom.xml/route";
import { GET as jsonFeedGet } from "@/app/papers/feed.json/route";
import { GET as rssGet } from "@/app/papers/feed.xml/route";
import { GET as trendingAtomGet } from "@/app/papers/trending/atom.xml/route";
import { GET as trendingJsonGet } from "@/app/papers/trending/feed.json/route";
import { GET as trendingRssGet } from "@/app/papers/trending/feed.xml/route";
import { db } from "@/lib/db/client";
import { DigestFrequency } from "@/lib/generated/prisma/enums";
import { digestPapers } from "@/lib/digest/papers";
import { digestPeriod } from "@/lib/digest/period";
import { latestAuditEntries } from "@/lib/moderation/audit";
import { editPaper, setPaperHidden } from "@/lib/moderation/papers";
import { editPaperInput } from "@/lib/moderation/schema";
import { daySpan, monthKey, parseMonth, parseWeek, today, weekKey } from "@/lib/papers/dates";
import { lookupPaper } from "@/lib/papers/detail";
import { findOrganization, organizationPapers } from "@/lib/papers/organizations";
import {
  countPapersInSpan,
  earliestFeedDate,
  latestFeedDate,
  neighbourFeedDates,
  papersInSpan,
} from "@/lib/papers/queries";
import { relatedPapers } from "@/lib/search/related-papers";
import { searchPapers } from "@/lib/search/search";
import { trendingIds, trendingPapers } from "@/lib/votes/trending";
import { setUpvote } from "@/lib/votes/votes";
import { postComment } from "@/lib/comments/comments";
import { publicCollection } from "@/lib/collections/collections";
import { memberPublicPage } from "@/lib/members/public-page";
import { exportMemberData, memberComments, memberUpvotes } from "@/lib/members/account";
import { memberVoterId } from "@/lib/members/voter";
import { memberSavedPapers } from "@/lib/collections/saved";
import { createMember, createPaper, createUpvote, createUpvotes } from "../factories";

const APP = "http://localhost:3000";
const DAY = today();
const LAB = { slug: "quokka-lab", name: "Quokka Lab" };
const VISIBLE_ID = "2611.00001";
const HIDDEN_ID = "2611.00002";
const SUBMITTER = "quokka-fan";
const COLLECTION_ID = "quokka-reading";

type Handler = (request: Request, context: never) => Promise<Response>;

/** The body of a GET to a route handler, as text; only the status when it refuses (its message names the id). */
async function get(handler: Handler, path: string, params: Record<string, string> = {}): Promise<string> {
  const response = await handler(new Request(`${APP}${path}`), { params: Promise.resolve(params) } as never);
  return response.ok ? await response.text() : String(response.status);
}

const ids = (papers: { id: string }[]) => papers.map((paper) => paper.id).join(" ");

/** The member who submitted, voted on, commented on, saved and collected both papers. */
async function memberId(): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { handle: SUBMITTER } })).id;
}

/**
 * Every public listing, each answering a text in which the ids of the papers it shows appear. A
 * new listing of papers gets a row here.
 */
const LISTINGS: [string, () => Promise<string>][] = [
  ["the day's feed", async () => ids(await papersInSpan(daySpan(DAY)))],
  ["the week's feed", async () => ids(await papersInSpan(parseWeek(weekKey(DAY))!))],
  ["the month's feed", async () => ids(await papersInSpan(parseMonth(monthKey(DAY))!))],
  ["trending", async () => ids(await trendingPapers({ limit: 10 }))],
  [
    "trending within a span (the API's sort=trending)",
    async () => ids(await trendingIds({ limit: 10, span: daySpan(DAY) })),
  ],
  ["the digest's papers", async () => ids(await digestPapers(digestPeriod(DigestFrequency.daily, new Date())))],
  ["search", async () => ids((await searchPapers("quokka", { limit: 10, offset: 0 })).hits)],
  ["related papers", async () => ids(await relatedPapers((await lookupPaperFound(VISIBLE_ID))!))],
  ["the organization's page", async () => ids(await organizationPapers(LAB.slug, { limit: 10, offset: 0 }))],
  ["GET /api/daily_papers", () => get(dailyPapersGet, "/api/daily_papers")],
  ["GET /api/daily_papers?sort=trending", () => get(dailyPapersGet, "/api/daily_papers?sort=trending")],
  [
    "GET /api/daily_papers?sort=publishedAt",
    () => get(dailyPapersGet, `/api/daily_papers?sort=publishedAt&date=${DAY}`),
  ],
  ["GET /api/papers/search?q=", () => get(searchGet, "/api/papers/search?q=quokka")],
  ["GET /api/papers/search (every paper)", () => get(searchGet, "/api/papers/search")],
  ["GET /api/papers/{id}", () => get(paperGet, `/api/papers/${HIDDEN_ID}`, { id: HIDDEN_ID })],
  ["GET /api/papers/upvotes", () => get(upvoteCountsGet, `/api/papers/upvotes?ids=${VISIBLE_ID},${HIDDEN_ID}`)],
  ["the RSS feed", () => get(rssGet, "/papers/feed.xml")],
  ["the Atom feed", () => get(atomGet, "/papers/atom.xml")],
  ["the JSON feed", () => get(jsonFeedGet, "/papers/feed.json")],
  ["the trending RSS feed", () => get(trendingRssGet, "/papers/trending/feed.xml")],
  ["the trending Atom feed", () => get(trendingAtomGet, "/papers/trending/atom.xml")],
  ["the trending JSON feed", () => get(trendingJsonGet, "/papers/trending/feed.json")],
  ["a public collection", async () => ids((await publicCollection(COLLECTION_ID))!.papers)],
  [
    "a public collection's count on its member's page",
    async () => {
      const [collection] = (await memberPublicPage(SUBMITTER))!.collections;
      // The count as text: 2 with the hidden paper in it, 1 without; the ids stand for it.
      return collection._count.papers === 2 ? `${VISIBLE_ID} ${HIDDEN_ID}` : VISIBLE_ID;
    },
  ],
  ["a member's submissions on their page", async () => ids((await memberPublicPage(SUBMITTER))!.submissions)],
  [
    "the upvotes on the member's account page",
    async () => (await memberUpvotes(await memberId())).map((vote) => vote.paperId).join(" "),
  ],
  [
    "the comments on the member's account page",
    async () => (await memberComments(await memberId())).map((comment) => comment.paperId).join(" "),
  ],
  [
    "the saved papers on the member's account page",
    async () => ids((await memberSavedPapers(await memberId())).map((saved) => saved.paper)),
  ],
  ["the member's data export", async () => JSON.stringify(await exportMemberData(await memberId()))],
];

const ONE_PAPER = new Set(["related papers", "GET /api/papers/{id}"]);

async function lookupPaperFound(id: string) {
  const found = await lookupPaper(id);
  return found.kind === "found" ? found.paper : null;
}

async function seed() {
  const admin = await createMember({ isAdmin: true });
  const abstract = "Quokka marsupial habitat survey across island populations.";
  await createPaper({
    id: VISIBLE_ID,
    title: "Visible quokka study",
    abstract,
    organization: LAB,
    feedDate: DAY,
    upvotes: 1,
  });
  // Ranked above the visible one everywhere, so that leaving it out is never a matter of place.
  await createPaper({
    id: HIDDEN_ID,
    title: "Hidden quokka study",
    abstract,
    organization: LAB,
    feedDate: DAY,
    upvotes: 9,
  });
  // Papers about other things, so that the shared words are rare enough to relate the two.
  for (const n of [3, 4, 5, 6])
    await createPaper({ id: `2611.0000${n}`, title: `Graph theory note ${n}`, feedDate: DAY });
  await createUpvote({ paperId: VISIBLE_ID });
  await createUpvote({ paperId: HIDDEN_ID });
  // A member who submitted both, voted on, commented on and saved both, and keeps both in a public
  // collection.
  const member = await createMember({ handle: SUBMITTER });
  await db.paper.updateMany({
    where: { id: { in: [VISIBLE_ID, HIDDEN_ID] } },
    data: { submitterId: member.id, submittedAt: new Date() },
  });
  await createUpvotes([VISIBLE_ID, HIDDEN_ID].map((paperId) => ({ paperId, voterId: memberVoterId(member.id) })));
  for (const paperId of [VISIBLE_ID, HIDDEN_ID]) {
    await db.comment.create({ data: { paperId, authorId: member.id, body: "Lovely quokkas." } });
    await db.savedPaper.create({ data: { paperId, userId: member.id } });
  }
  await db.collection.create({
    data: {
      id: COLLECTION_ID,
      ownerId: member.id,
      name: "Quokkas",
      isPublic: true,
      papers: { create: [{ paperId: VISIBLE_ID }, { paperId: HIDDEN_ID }] },
    },
  });
  return admin;
}

describe("a hidden paper", () => {
  it.each(LISTINGS)("leaves %s, and comes back when restored", async (_name, list) => {
    const admin = await seed();
    expect(await list()).toContain(HIDDEN_ID);

    expect((await setPaperHidden(admin, HIDDEN_ID, true)).ok).toBe(true);
    const hidden = await list();
    expect(hidden).not.toContain(HIDDEN_ID);
    // The one-paper listings (the paper itself, papers related to the other) have nothing else to show.
    if (!ONE_PAPER.has(_name)) expect(hidden).toContain(VISIBLE_ID);

    expect((await setPaperHidden(admin, HIDDEN_ID, false)).ok).toBe(true);
    expect(await list()).toContain(HIDDEN_ID);
  });

  it("is not counted: feed spans, the organization, search totals", async () => {
    const admin = await seed();
    await setPaperHidden(admin, HIDDEN_ID, true);
    expect(await countPapersInSpan(daySpan(DAY))).toBe(5);
    expect((await findOrganization(LAB.slug))?.paperCount).toBe(1);
    expect((await searchPapers("quokka", { limit: 10, offset: 0 })).total).toBe(1);
    expect(JSON.parse(await get(searchGet, "/api/papers/search")).length).toBe(5);
  });

  it("makes the reader feeds newer, so that a reader's conditional GET gets the feed without it", async () => {
    const admin = await seed();
    await db.paper.updateMany({ data: { updatedAt: new Date("2026-01-01T00:00:00Z") } });
    const before = await rssGet(new Request(`${APP}/papers/feed.xml`), undefined as never);
    const lastModified = before.headers.get("last-modified")!;
    expect(lastModified).toBe("Thu, 01 Jan 2026 00:00:00 GMT");
    await setPaperHidden(admin, HIDDEN_ID, true);
    const after = await rssGet(
      new Request(`${APP}/papers/feed.xml`, { headers: { "if-modified-since": lastModified } }),
      undefined as never,
    );
    expect(after.status).toBe(200);
    expect(await after.text()).not.toContain(HIDDEN_ID);
  });

  it("does not make its feed day exist when it is the day's only paper", async () => {
    const admin = await createMember({ isAdmin: true });
    await createPaper({ id: "2611.00010", feedDate: "2026-06-20" });
    await createPaper({ id: "2611.00011", feedDate: "2026-06-21" });
    await createPaper({ id: "2611.00012", feedDate: "2026-06-22" });
    await createPaper({ id: "2611.00013", feedDate: "2026-06-19" });
    await setPaperHidden(admin, "2611.00012", true);
    await setPaperHidden(admin, "2611.00013", true);
    expect(await latestFeedDate()).toBe("2026-06-21");
    expect(await earliestFeedDate()).toBe("2026-06-20");
    await setPaperHidden(admin, "2611.00011", true);
    expect(await neighbourFeedDates("2026-06-20")).toEqual({ previous: null, next: null });
  });

  it("is a 404 on its page for the public and found for the admin's view", async () => {
    const admin = await seed();
    await setPaperHidden(admin, HIDDEN_ID, true);
    expect((await lookupPaper(HIDDEN_ID)).kind).toBe("missing");
    const found = await lookupPaper(HIDDEN_ID, { includeHidden: true });
    expect(found.kind === "found" && found.paper.hiddenAt).toBeInstanceOf(Date);
  });

  it("takes no votes, no removal of votes and no comments, and its count stays", async () => {
    const admin = await seed();
    await setUpvote(HIDDEN_ID, "voter-a", true);
    await setPaperHidden(admin, HIDDEN_ID, true);
    const [votes, comments] = [await db.upvote.count({ where: { paperId: HIDDEN_ID } }), await db.comment.count()];
    const { upvotes } = await db.paper.findUniqueOrThrow({ where: { id: HIDDEN_ID } });
    expect(await setUpvote(HIDDEN_ID, "voter-b", true)).toBeNull();
    expect(await setUpvote(HIDDEN_ID, "voter-a", false)).toBeNull();
    expect(await db.upvote.count({ where: { paperId: HIDDEN_ID } })).toBe(votes);
    expect((await db.paper.findUniqueOrThrow({ where: { id: HIDDEN_ID } })).upvotes).toBe(upvotes);
    const member = await createMember();
    expect((await postComment(member, HIDDEN_ID, "hello")).ok).toBe(false);
    expect(await db.comment.count()).toBe(comments);
  });
});

describe("the hide route", () => {
  async function post(id: string, body: string, headers: Record<string, string> = {}) {
    const response = await hiddenPost(
      new Request(`${APP}/api/admin/papers/${id}/hidden`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: APP, ...headers },
        body,
      }),
      { params: Promise.resolve({ id }) },
    );
    return { status: response.status, body: await response.json() };
  }

  it("refuses visitors, bad input and other sites' pages, changing nothing", async () => {
    await seed();
    expect((await post(HIDDEN_ID, '{"hidden":"true"}')).status).toBe(401);
    expect((await post(HIDDEN_ID, '{"hidden":"true"}', { origin: "https://evil.example" })).status).toBe(403);
    expect(await db.paper.count({ where: { hiddenAt: { not: null } } })).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe("editing a paper", () => {
  const edit = (input: Record<string, string>) => editPaperInput.parse(input);

  it("updates search, records each changed field before and after, and refuses an unknown organization", async () => {
    const admin = await seed();
    await createPaper({ id: "2611.00020", organization: { slug: "other-lab", name: "Other Lab" } });
    const outcome = await editPaper(
      admin,
      VISIBLE_ID,
      edit({
        title: "  Wombat burrows  ",
        abstract: "Quokka marsupial habitat survey across island populations.",
        authors: "Ada Lovelace\n\n  Grace Hopper \n",
        organization: "other-lab",
      }),
    );
    expect(outcome).toEqual({ ok: true, value: { changed: ["title", "authors", "organization"] } });
    expect(ids((await searchPapers("wombat", { limit: 10, offset: 0 })).hits)).toBe(VISIBLE_ID);
    expect(ids((await searchPapers("hopper", { limit: 10, offset: 0 })).hits)).toBe(VISIBLE_ID);
    expect(ids((await searchPapers('"other lab"', { limit: 10, offset: 0 })).hits)).toContain(VISIBLE_ID);
    expect(ids((await searchPapers("visible", { limit: 10, offset: 0 })).hits)).toBe("");
    const paper = await db.paper.findUniqueOrThrow({ where: { id: VISIBLE_ID } });
    expect(paper).toMatchObject({ title: "Wombat burrows", authors: ["Ada Lovelace", "Grace Hopper"], authorCount: 2 });

    const [entry] = await latestAuditEntries();
    expect(entry).toMatchObject({ action: "paper.edit", target: VISIBLE_ID, actor: admin.handle });
    expect(JSON.parse(entry.detail!)).toEqual({
      title: { before: "Visible quokka study", after: "Wombat burrows" },
      authors: { before: [], after: ["Ada Lovelace", "Grace Hopper"] },
      organization: { before: LAB.slug, after: "other-lab" },
    });

    const unknown = await editPaper(
      admin,
      VISIBLE_ID,
      edit({ title: paper.title, abstract: paper.abstract, authors: "", organization: "no-such-lab" }),
    );
    expect(unknown).toEqual({
      ok: false,
      error: { kind: "invalid", message: 'there is no organization "no-such-lab"' },
    });
    expect(await db.auditEntry.count()).toBe(1);
  });

  it("keeps a hidden paper out of search after an edit, and indexes the new text when restored", async () => {
    const admin = await seed();
    await setPaperHidden(admin, HIDDEN_ID, true);
    const current = {
      abstract: "Quokka marsupial habitat survey across island populations.",
      authors: "",
      organization: LAB.slug,
    };
    await editPaper(admin, HIDDEN_ID, edit({ ...current, title: "Wombat burrows" }));
    expect((await searchPapers("wombat", { limit: 10, offset: 0 })).total).toBe(0);
    await setPaperHidden(admin, HIDDEN_ID, false);
    expect(ids((await searchPapers("wombat", { limit: 10, offset: 0 })).hits)).toBe(HIDDEN_ID);
    expect((await latestAuditEntries()).map((entry) => entry.action)).toEqual([
      "paper.restore",
      "paper.edit",
      "paper.hide",
    ]);
  });

  it("refuses empty and oversized fields with a message for each", () => {
    const result = editPaperInput.safeParse({
      title: " ",
      abstract: "x".repeat(20_001),
      authors: "",
      organization: "no slug!",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["title", "the title cannot be empty"],
      ["abstract", "the abstract is at most 20,000 characters"],
      ["organization", "an organization slug is letters, digits, dots, dashes and underscores"],
    ]);
  });
});
