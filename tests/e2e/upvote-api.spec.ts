import { expect, test, type APIRequestContext } from "@playwright/test";

// Papers of the seed page that no other spec votes on, so parallel tests cannot disturb the counts.
const GEB = { id: "geb-1-3b-open-lightweight-large-language-model", upvotes: 3 };
const VIDEOLLM = { id: "videollm-online-online-video-large-language-model-for-streaming-video", upvotes: 1 };
const DPINFER = { id: "dinfer-an-efficient-inference-framework-for-diffusion-language-models", upvotes: 2 };

const upvotePath = (id: string) => `/api/papers/${id}/upvote`;

async function feedCount(request: APIRequestContext, id: string): Promise<number> {
  const items: { paper: { id: string; upvotes: number } }[] = await (await request.get("/api/daily_papers?date=2026-06-22&limit=100")).json();
  return items.find((item) => item.paper.id === id)!.paper.upvotes;
}

test.describe("POST and DELETE /api/papers/{id}/upvote", () => {
  test("200: upvotes once and takes back once, however often repeated, with a signed voter cookie", async ({ request }) => {
    const first = await request.post(upvotePath(GEB.id));
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ upvoted: true, upvotes: GEB.upvotes + 1 });
    const setCookie = first.headers()["set-cookie"];
    expect(setCookie).toMatch(/^dp_voter=[^;]+\.[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);

    expect(await (await request.post(upvotePath(GEB.id))).json()).toEqual({ upvoted: true, upvotes: GEB.upvotes + 1 });
    expect(await feedCount(request, GEB.id)).toBe(GEB.upvotes + 1);
    for (let i = 0; i < 2; i += 1) {
      const taken = await request.delete(upvotePath(GEB.id));
      expect(taken.status()).toBe(200);
      expect(await taken.json()).toEqual({ upvoted: false, upvotes: GEB.upvotes });
    }
    expect(await feedCount(request, GEB.id)).toBe(GEB.upvotes);
  });

  test("400: a malformed id is a JSON error", async ({ request }) => {
    const response = await request.post(upvotePath("Not_An_Id"));
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toMatch(/application\/json/);
    expect((await response.json()).error).toMatch(/^id: /);
  });

  test("404: an unknown paper is a JSON error", async ({ request }) => {
    const response = await request.delete(upvotePath("2406.99999"));
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toMatch(/no paper/);
  });

  test("403: a request whose Origin is another site is refused and changes nothing", async ({ request }) => {
    const response = await request.post(upvotePath(DPINFER.id), { headers: { origin: "https://evil.example" } });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toMatch(/this site/);
    expect(await feedCount(request, DPINFER.id)).toBe(DPINFER.upvotes);
  });

  test("429: one voter past the limit gets Retry-After, and nothing changes", async ({ request }) => {
    // A made-up X-Forwarded-For would not help: the server counts the socket's address, whose
    // budget (300 a minute) all the tests together stay well below.
    let toggles = 0;
    let refused = null;
    // Alternating POST and DELETE; the limit (60 a minute) is reached within the minute.
    while (!refused && toggles < 200) {
      const response = toggles % 2 === 0 ? await request.post(upvotePath(VIDEOLLM.id)) : await request.delete(upvotePath(VIDEOLLM.id));
      if (response.status() === 429) refused = response;
      else expect(response.status()).toBe(200);
      toggles += 1;
    }
    expect(refused, "no 429 within 200 toggles").not.toBeNull();
    expect(toggles).toBeGreaterThan(10);
    expect(Number(refused!.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused!.json()).error).toMatch(/Too many votes/);
    // The count is what the accepted toggles left: the refused one changed nothing.
    const standing = (toggles - 1) % 2;
    expect(await feedCount(request, VIDEOLLM.id)).toBe(VIDEOLLM.upvotes + standing);
  });
});
