// Test data for every model, with sensible defaults: each call makes a distinct row unless told
// otherwise, and rows keep the invariants the app keeps (a paper's count is its imported upvotes
// plus its vote rows). Build rows here rather than with db.*.create in a test.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DeliveryStatus, DigestFrequency, SubscriberStatus } from "@/lib/generated/prisma/enums";

let sequence = 0;
const nextNumber = () => (sequence += 1);

export interface OrganizationInput {
  slug?: string;
  name?: string;
  avatarUrl?: string | null;
}

/** Creates the organization, or returns the one that has this slug. */
export async function createOrganization(input: OrganizationInput = {}) {
  const n = nextNumber();
  const data = { slug: `test-org-${n}`, name: `Test organization ${n}`, ...input };
  return db.organization.upsert({ where: { slug: data.slug }, create: data, update: {} });
}

/** The metadata the sources add, as stored. */
type PaperMetadata = Pick<
  Prisma.PaperUncheckedCreateInput,
  | "source"
  | "primaryCategory"
  | "categories"
  | "publishedAt"
  | "revisedAt"
  | "version"
  | "doi"
  | "journalRef"
  | "comment"
  | "githubRepo"
  | "githubStars"
  | "projectPage"
  | "thumbnailUrl"
  | "importedComments"
  | "aiSummary"
  | "aiKeywords"
  | "submittedBy"
  | "submittedAt"
>;

export interface PaperInput extends PaperMetadata {
  id?: string;
  title?: string;
  abstract?: string;
  authors?: string[];
  authorCount?: number | null;
  organization?: { slug: string; name: string } | null;
  publishedOn?: string | null;
  feedDate?: string;
  /** Upvotes carried over from an import; vote rows (createUpvotes) add to them. */
  upvotes?: number;
}

function paperData({ organization, upvotes = 0, ...rest }: PaperInput): Prisma.PaperCreateManyInput {
  const n = nextNumber();
  return {
    id: `test-paper-${n}`,
    title: `Test paper ${n}`,
    abstract: `Abstract of test paper ${n}.`,
    authorCount: 3,
    publishedOn: "2026-06-01",
    feedDate: "2026-06-22",
    ...rest,
    organizationSlug: organization?.slug ?? null,
    importedUpvotes: upvotes,
    upvotes,
  };
}

async function ensureOrganizations(inputs: PaperInput[]): Promise<void> {
  const organizations = new Map(
    inputs.flatMap(({ organization }) => (organization ? [[organization.slug, organization]] : [])),
  );
  for (const organization of organizations.values()) await createOrganization(organization);
}

export async function createPaper(input: PaperInput = {}) {
  await ensureOrganizations([input]);
  return db.paper.create({ data: paperData(input) });
}

/** Many papers in one statement, for tests that need thousands. */
export async function createPapers(inputs: PaperInput[]): Promise<void> {
  await ensureOrganizations(inputs);
  await db.paper.createMany({ data: inputs.map(paperData) });
}

export interface UpvoteInput {
  paperId: string;
  voterId?: string;
  createdAt?: Date;
}

/**
 * Vote rows as they were cast at `createdAt`, in one statement, then each voted paper's count
 * recounted as the vote path does (lib/votes/votes.ts), so pages and digests see consistent rows.
 */
export async function createUpvotes(inputs: UpvoteInput[]): Promise<void> {
  // Each row adds one to its paper's count (the Upvote triggers), as a vote does.
  await db.upvote.createMany({
    data: inputs.map(({ paperId, voterId = `test-voter-${nextNumber()}`, createdAt = new Date() }) => ({
      paperId,
      voterId,
      createdAt,
    })),
  });
}

export async function createUpvote(input: UpvoteInput): Promise<void> {
  await createUpvotes([input]);
}

export type SubscriberInput = Partial<Omit<Prisma.SubscriberCreateManyInput, "id">>;

function subscriberData(input: SubscriberInput): Prisma.SubscriberCreateManyInput {
  return {
    email: `reader-${nextNumber()}@example.com`,
    frequency: DigestFrequency.daily,
    status: SubscriberStatus.active,
    // Sent at 00:00 UTC: a run at any hour of the day finds their hour has come, so tests that run
    // the digest now pass whatever the time of day. Tests of the hour itself set it.
    sendHour: 0,
    ...input,
  };
}

/** An active daily subscriber, whose hour has come at any time of the day, unless told otherwise. */
export async function createSubscriber(input: SubscriberInput = {}) {
  return db.subscriber.create({ data: subscriberData(input) });
}

/** Many subscribers in one statement. */
export async function createSubscribers(inputs: SubscriberInput[]): Promise<void> {
  await db.subscriber.createMany({ data: inputs.map(subscriberData) });
}

export type DeliveryInput = Partial<Omit<Prisma.DeliveryCreateManyInput, "id">>;

/** A delivery claimed now for a new subscriber, unless told otherwise. */
export async function createDelivery(input: DeliveryInput = {}) {
  const subscriberId = input.subscriberId ?? (await createSubscriber()).id;
  return db.delivery.create({
    data: { period: "daily:2026-06-22", status: DeliveryStatus.claimed, claimedAt: new Date(), ...input, subscriberId },
  });
}

export type DigestRunInput = Partial<Omit<Prisma.DigestRunCreateManyInput, "id">>;

/** A finished run of the daily digest that sent nothing, unless told otherwise. */
export async function createDigestRun(input: DigestRunInput = {}) {
  return db.digestRun.create({ data: { period: "daily:2026-06-22", finishedAt: new Date(), ...input } });
}

/** A member as the session gives it, stored with its own address and handle. */
export async function createMember(input: { isAdmin?: boolean; email?: string; handle?: string } = {}) {
  const n = nextNumber();
  const email = input.email ?? `member-${n}@example.org`;
  const handle = input.handle ?? `member-${n}`;
  const user = await db.user.create({ data: { id: `member-${n}`, name: "", email, emailVerified: true, handle } });
  return { id: user.id, email, name: "", handle: user.handle, isAdmin: input.isAdmin ?? false };
}
