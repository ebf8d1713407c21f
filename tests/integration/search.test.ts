import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/papers/search/route";
import { db, dialect } from "@/lib/db/client";
import { dropCachedAnswers } from "@/lib/papers/answer-cache";
import { RANKED_MATCHES, searchPapers } from "@/lib/search/search";
import { createPaper } from "../factories";

async function get(query: string) {
  const response = await GET(new Request(`http://localhost/api/papers/search?${query}`), undefined);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function ids(q: string, page = { limit: 20, offset: 0 }) {
  return (await searchPapers(q, page)).hits.map((hit) => hit.id);
}

describe("search", () => {
  it("ranks a title match above an author or organization match, and those above an abstract match", async () => {
    await createPaper({
      id: "in-abstract",
      title: "Unrelated",
      abstract: "We mention quokka once among many other words here.",
    });
    await createPaper({ id: "in-title", title: "Quokka: a study", abstract: "Nothing else." });
    await createPaper({ id: "in-authors", title: "Other", abstract: "Other.", authors: ["Ada Quokka"] });
    await createPaper({
      id: "in-org",
      title: "Another",
      abstract: "Another.",
      organization: { slug: "quokka-lab", name: "Quokka Lab" },
    });
    await createPaper({ id: "nowhere", title: "Kangaroo", abstract: "Marsupials." });

    expect(await ids("quokka")).toEqual(["in-title", "in-authors", "in-org", "in-abstract"]);
  });

  it("needs every word, matches phrases in order, prefixes with *, and ignores case and accents", async () => {
    await createPaper({ id: "a", title: "Diffusion transformers for video", abstract: "Crème brûlée." });
    await createPaper({ id: "b", title: "Transformers without diffusion", abstract: "Plain." });
    await createPaper({ id: "c", title: "Video diffusion", abstract: "State-of-the-art results." });

    expect(await ids("diffusion transformers")).toEqual(expect.arrayContaining(["a", "b"]));
    expect(await ids("diffusion transformers")).toHaveLength(2);
    expect(await ids('"diffusion transformers"')).toEqual(["a"]);
    expect(await ids("transform*")).toEqual(expect.arrayContaining(["a", "b"]));
    expect(await ids("transform")).toEqual([]);
    expect(await ids("CREME")).toEqual(["a"]);
    expect(await ids("state-of-the-art")).toEqual(["c"]);
  });

  it("highlights the matched words and keeps markup in a title as text", async () => {
    await createPaper({
      id: "xss",
      title: "Why <script>alert(1)</script> & quokka tags",
      abstract: "About <b>quokka</b> markup.",
    });

    const [hit] = (await searchPapers("quokka", { limit: 20, offset: 0 })).hits;
    expect(hit.highlight.title).toEqual([
      { text: "Why <script>alert(1)</script> & ", match: false },
      { text: "quokka", match: true },
      { text: " tags", match: false },
    ]);

    const { body } = await get("q=quokka");
    expect(body[0].highlight).toEqual({
      title: "Why &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>quokka</mark> tags",
      summary: "About &lt;b&gt;<mark>quokka</mark>&lt;/b&gt; markup.",
    });
    expect(body[0].title).toBe("Why <script>alert(1)</script> & quokka tags");
  });

  it("marks prefix matches and cuts a long abstract around its first match, alike on both databases", async () => {
    const words = Array.from({ length: 60 }, (_, i) => (i === 30 ? "quokkas" : `word${i}`));
    await createPaper({ id: "long", title: "Quokkas and wombats", abstract: words.join(" ") });

    const [hit] = (await searchPapers("quokka*", { limit: 20, offset: 0 })).hits;
    expect(hit.highlight.title).toEqual([
      { text: "Quokkas", match: true },
      { text: " and wombats", match: false },
    ]);
    // 48 words around the first match, as many before it as the end leaves: the 13th word to the last.
    expect(hit.highlight.abstract).toEqual([
      { text: `…${words.slice(12, 30).join(" ")} `, match: false },
      { text: "quokkas", match: true },
      { text: ` ${words.slice(31).join(" ")}`, match: false },
    ]);
  });

  it("keeps the index in step when papers and organizations change", async () => {
    await createPaper({
      id: "p",
      title: "Wombat",
      abstract: "Burrows.",
      organization: { slug: "zoo", name: "Marsupial Zoo" },
    });
    await createPaper({ id: "q", title: "Koala", abstract: "Trees." });
    expect(await ids("marsupial")).toEqual(["p"]);

    await db.paper.update({ where: { id: "p" }, data: { title: "Numbat", authors: ["Grace Hopper"] } });
    expect(await ids("wombat")).toEqual([]);
    expect(await ids("numbat hopper")).toEqual(["p"]);

    await db.organization.update({ where: { slug: "zoo" }, data: { name: "Outback Institute" } });
    expect(await ids("marsupial")).toEqual([]);
    expect(await ids("outback")).toEqual(["p"]);

    await db.paper.update({ where: { id: "q" }, data: { upvotes: 5 } });
    expect(await ids("koala")).toEqual(["q"]);

    await db.paper.delete({ where: { id: "p" } });
    expect(await ids("numbat")).toEqual([]);
    const indexed = {
      sqlite: "SELECT count(*) AS count FROM PaperSearch",
      postgresql: `SELECT count(*) AS count FROM "Paper" WHERE "search" IS NOT NULL`,
    }[dialect()];
    const [{ count }] = await db.$queryRawUnsafe<{ count: number | bigint }[]>(indexed);
    expect(Number(count)).toBe(1);
  });

  it("pages through the results and says how many there are", async () => {
    for (let i = 0; i < 5; i += 1)
      await createPaper({ id: `p${i}`, title: `Quokka ${"quokka ".repeat(i)}`, abstract: "." });

    const first = await get("q=quokka&limit=2");
    expect(first.status).toBe(200);
    expect(first.headers.get("X-Total-Count")).toBe("5");
    const pages = [first.body, (await get("q=quokka&limit=2&p=1")).body, (await get("q=quokka&limit=2&p=2")).body];
    const seen = pages.flat().map((item: { paper: { id: string } }) => item.paper.id);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(new Set(seen).size).toBe(5);
    const pastTheEnd = await get("q=quokka&limit=2&p=7");
    expect(pastTheEnd.body).toEqual([]);
    expect(pastTheEnd.headers.get("X-Total-Count")).toBe("5");
  });

  it("ranks the newest matches of a word most papers contain, and counts them as 1,000+", async () => {
    const day = (i: number) => `2026-0${1 + Math.floor(i / 200)}-${String(1 + (i % 28)).padStart(2, "0")}`;
    // Written oldest first, as papers arrive: the index keeps that order.
    await db.paper.createMany({
      data: Array.from({ length: RANKED_MATCHES + 5 }, (_, i) => ({
        id: `2601.${String(i).padStart(5, "0")}`,
        title: `Paper ${i}`,
        abstract: "A quokka, in passing.",
        feedDate: day(i),
      })),
    });
    await createPaper({ id: "2606.00001", title: "Quokka quokka", abstract: "About quokkas.", feedDate: "2026-06-22" });

    const { total, capped, hits } = await searchPapers("quokka", { limit: 5, offset: 0 });
    expect({ total, capped }).toEqual({ total: RANKED_MATCHES, capped: true });
    expect(hits[0].id).toBe("2606.00001");
    const { headers } = await get("q=quokka&limit=1");
    expect(headers.get("X-Total-Count")).toBe(String(RANKED_MATCHES));
  });

  it("answers a repeated search from its cache until the cached answers are dropped (as a vote does)", async () => {
    await createPaper({ id: "w", title: "Wombat burrows", abstract: "." });
    expect((await get("q=wombat")).body.map((item: { paper: { id: string } }) => item.paper.id)).toEqual(["w"]);
    await db.paper.update({ where: { id: "w" }, data: { title: "Numbat burrows" } });
    expect((await get("q=wombat")).body).toHaveLength(1);
    dropCachedAnswers();
    expect((await get("q=wombat")).body).toEqual([]);
    // The function underneath is never cached.
    expect(await ids("numbat")).toEqual(["w"]);
  });

  it.each([
    ['"'],
    ["*"],
    ["NEAR("],
    ["AND OR"],
    ["NOT"],
    ['"unclosed phrase'],
    ["title:quokka"],
    ["quokka^ -kangaroo + (a OR b"],
    ["{title abstract}: x"],
    ["'; DROP TABLE Paper; --"],
    ["x".repeat(500)],
    ["a ".repeat(240)],
  ])("answers a hostile query with a 200 (case %#)", async (q) => {
    await createPaper({ title: "Quokka" });
    const { status, body } = await get(new URLSearchParams({ q }).toString());
    expect(status).toBe(200);
    expect(Array.isArray(body)).toBe(true);
  });

  it.each([
    [`q=${"x".repeat(10_000)}`, /q: must be at most 500 characters/],
    ["q=a&limit=0", /limit/],
    ["q=a&p=-1", /p/],
    ["q=a&sort=new", /sort/],
    // Control characters, NUL included, are nothing a person searches for (issue 11).
    [`q=${encodeURIComponent("\u0000\u0002\u0003")}`, /q: must not contain control characters/],
    [`q=${encodeURIComponent("diffusion\u0000models")}`, /q: must not contain control characters/],
  ])("answers a bad request with a 400 and a message (case %#)", async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it.each(["", "q=", "q=%20%20"])(
    "lists every paper, newest on the feed first, for %j (huggingface_hub's list_papers() without a query)",
    async (query) => {
      await createPaper({ id: "2406.00001", feedDate: "2026-06-21", upvotes: 9 });
      await createPaper({ id: "2406.00002", feedDate: "2026-06-22", upvotes: 1 });
      await createPaper({ id: "2406.00003", feedDate: "2026-06-22", upvotes: 5 });
      const response = await GET(new Request(`http://localhost/api/papers/search?${query}&limit=2`), undefined);
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Total-Count")).toBe("3");
      const body = await response.json();
      expect(body.map((item: { paper: { id: string } }) => item.paper.id)).toEqual(["2406.00003", "2406.00002"]);
      expect(body[0]).not.toHaveProperty("highlight");
    },
  );
});
