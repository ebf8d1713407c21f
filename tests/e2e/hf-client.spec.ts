// huggingface_hub, Hugging Face's own Python client, pointed at the app: every paper call it makes
// (list_daily_papers, list_papers, paper_info, read_paper) must read our answers. Needs the venv
// that .ci/run creates (see README, "Tests"); without it this test fails and says how to make it.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { E2E_ARXIV } from "./arxiv-stand-in";
import { E2E_BASE_URL } from "./server-config";

const HF_VENV_PYTHON = path.resolve(".venv-hf", "bin", "python");
const HF_HUB_VERSION = "2.0.0";

interface Paper {
  id: string;
  title: string;
  authors: string[];
  published_at: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  upvotes: number | null;
  comments: number;
  organization: string | null;
}

test("huggingface_hub's paper functions read the app's answers", async ({ request }) => {
  expect(
    existsSync(HF_VENV_PYTHON),
    `huggingface_hub's venv is missing. Create it once with:\n  python3 -m venv .venv-hf && .venv-hf/bin/pip install huggingface_hub==${HF_HUB_VERSION}`,
  ).toBe(true);
  const submitted = E2E_ARXIV.viaApi;
  const added = await request.post("/api/papers/submit", { data: { paper_id: submitted.id } });
  expect([200, 201]).toContain(added.status());

  const { stdout } = await promisify(execFile)(HF_VENV_PYTHON, [
    "tests/hf-client/check.py",
    E2E_BASE_URL,
    "--date=2026-06-22",
    "--week=2026-W26",
    "--month=2026-06",
    "--query=SwiftKV",
    `--paper=${submitted.id}`,
    "--submitter=anonymous",
  ]);
  const result = JSON.parse(stdout) as Record<string, Paper[]> & { version: string; paper_info: Paper; read_paper: string };
  expect(result.version).toBe(HF_HUB_VERSION);
  const ids = (papers: Paper[]) => papers.map((paper) => paper.id);

  // The latest day is today, which has the submission.
  expect(ids(result.latest)).toContain(submitted.id);

  // The seed day: 58 papers, 50 to a page by default; a week and a month around it hold the same.
  expect(result.date).toHaveLength(50);
  for (const paper of result.date) expect(paper.submitted_at).toMatch(/^2026-06-22T00:00:00\+00:00$/);
  expect(new Set(ids(result.week))).toEqual(new Set(ids(result.date)));
  expect(new Set(ids(result.month))).toEqual(new Set(ids(result.date)));
  expect(ids(result.date_page)).toEqual(ids(result.date).slice(5, 10));
  expect(new Set(ids(result.date_published))).toEqual(new Set(ids(result.date)));
  expect(result.month_trending).toHaveLength(10);
  expect(result.date.find((paper) => paper.title.startsWith("SwiftKV"))).toMatchObject({ authors: [], comments: 0 });

  expect(ids(result.submitter)).toContain(submitted.id);
  for (const paper of result.submitter) expect(paper.submitted_by).toBe("anonymous");

  expect(result.search[0].title).toMatch(/^SwiftKV: Fast Prefill-Optimized Inference/);
  expect(result.search_limited.length).toBeLessThanOrEqual(2);
  expect(result.search_all).toHaveLength(3);
  expect(result.search_all[0].submitted_at?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));

  expect(result.paper_info).toMatchObject({
    id: submitted.id,
    title: submitted.title,
    authors: ["Katherine Johnson", "Dorothy Vaughan"],
    published_at: "2026-06-21T17:59:59+00:00",
    submitted_by: "anonymous",
    upvotes: expect.any(Number),
    comments: 0,
  });

  expect(result.read_paper).toMatch(/^# Submitted Through The API For huggingface\\_hub\n/);
  expect(result.read_paper).toContain("- **Authors:** Katherine Johnson, Dorothy Vaughan");
  expect(result.read_paper).toContain("- **DOI:** 10.1000/e2e.20005");
  expect(result.read_paper).toContain("## Abstract");
});
