// "Submit a paper", as on Hugging Face: someone names an arXiv paper; it is fetched from arXiv and
// added to today's feed, or, when it is already here, they are sent to its page. The form and
// POST /api/papers/submit both come here and turn the outcome into their own answer.
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../db/client";
import { getEnv } from "../db/env";
import { fail, ok, type Outcome } from "../http/outcome";
import { userPath } from "../http/paths";
import { limiter, spend } from "../http/rate-limit";
import { arxivSource } from "../ingest/sources";
import { UpstreamError } from "../ingest/upstream-error";
import { writePapers } from "../ingest/write";
import { ARXIV_REFERENCE_HINT, parseArxivReference } from "../papers/arxiv-reference";
import { today } from "../papers/dates";
import { lookupPaper } from "../papers/detail";
import { revalidateFeedDays, revalidatePaperPages } from "../papers/revalidation";

/** Who submitted, when a visitor without an account did (ANONYMOUS_SUBMISSIONS=true). */
export const ANONYMOUS_SUBMITTER = "anonymous";
export const SIGN_IN_TO_SUBMIT = "Sign in to submit a paper (the Sign in link is at the top of the page).";

const HOUR = 3600;
// A person is waiting: arXiv gets at most 10 seconds and one more try, not an import's patience.
const submitPatience = () => ({
  timeoutMs: Math.min(getEnv().IMPORT_TIMEOUT_MS, 10_000),
  retries: 1,
  maxWaitMs: 5_000,
});

/** The paper's id, and whether this submission added it (false: it was already here). */
export interface Submitted {
  id: string;
  added: boolean;
}

async function existingId(id: string): Promise<string | null> {
  const found = await lookupPaper(id);
  if (found.kind === "found") return found.paper.id;
  return found.kind === "moved" ? found.id : null;
}

function limitSubmissions(address: string): Promise<number | null> {
  const points = getEnv().SUBMISSIONS_PER_HOUR_PER_ADDRESS;
  return spend([[limiter("submit-client", { points, duration: HOUR }), address]]);
}

/** Whether a write failed because another request added the same paper a moment before. */
function isDuplicateKey(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export async function submitPaper(input: {
  reference: string;
  address: string;
  /** The signed-in member's id; null for a visitor, who may submit only with ANONYMOUS_SUBMISSIONS. */
  memberId: string | null;
  now?: Date;
}): Promise<Outcome<Submitted>> {
  if (!input.memberId && !getEnv().ANONYMOUS_SUBMISSIONS) return fail("unauthorized", SIGN_IN_TO_SUBMIT);
  const id = parseArxivReference(input.reference);
  if (!id) return fail("invalid", `That is not an arXiv paper. ${ARXIV_REFERENCE_HINT}`);
  const here = await existingId(id);
  if (here) return ok({ id: here, added: false });

  // Only what reaches arXiv counts: a typo or a paper already here costs the client nothing.
  const retryAfterSeconds = await limitSubmissions(input.address);
  if (retryAfterSeconds !== null) {
    const message = `Too many submissions from your network. Please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`;
    return fail("rate_limited", message, { retryAfterSeconds });
  }

  let fetched;
  try {
    fetched = await arxivSource(submitPatience()).fetchIds([id]);
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    console.warn(`Submission of ${id}: ${error.message}`);
    return fail(
      "unavailable",
      "arXiv cannot be reached right now, so the paper was not added. Please try again in a few minutes.",
    );
  }
  const paper = fetched.papers.find((candidate) => candidate.id === id);
  if (!paper) return fail("not_found", `arXiv has no paper ${id}. Check the id and try again.`);

  const now = input.now ?? new Date();
  const feedDate = today(now);
  try {
    const written = await writePapers([paper], {
      feedDate,
      submission: input.memberId
        ? { submittedBy: null, submitterId: input.memberId, submittedAt: now }
        : { submittedBy: ANONYMOUS_SUBMITTER, submitterId: null, submittedAt: now },
    });
    revalidatePaperPages(id, feedDate);
    revalidateFeedDays([...written.days]);
    if (input.memberId) await revalidateMemberPage(input.memberId);
    // A seed paper of the same title was merged into this one: it was here, under its old address.
    return ok({ id, added: written.added > 0 });
  } catch (error) {
    if (isDuplicateKey(error) && (await existingId(id))) return ok({ id, added: false });
    throw error;
  }
}

/** The submitter's public page lists their submissions: it is cached, so drop it. */
async function revalidateMemberPage(memberId: string): Promise<void> {
  const member = await db.user.findUnique({ where: { id: memberId }, select: { handle: true } });
  if (member) revalidatePath(userPath(member.handle));
}
