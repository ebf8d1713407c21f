// The public archive of the digests: each daily and weekly period's unfiltered list, stored when
// it is first sent and never changed after, so that the archive shows what readers were sent and
// every later run of the period (a retry, a rerun) sends that same list.
import { z } from "zod";
import { db } from "../db/client";
import type { DigestFrequency } from "../generated/prisma/enums";
import { parseDay, parseWeek } from "../papers/dates";
import { Prisma } from "../generated/prisma/client";
import type { DigestPeriod } from "./period";
import { DIGEST_SIZE } from "./papers";

export const editionPaper = z.object({
  id: z.string(),
  title: z.string(),
  /** The organization, the authors or "N authors"; null when unknown. */
  credit: z.string().nullable(),
  /** Upvotes when the edition was sent. */
  upvotes: z.number().int(),
  snippet: z.string(),
});

export type EditionPaper = z.infer<typeof editionPaper>;

export interface Edition {
  id: number;
  kind: DigestFrequency;
  period: string;
  label: string;
  /** The unfiltered digest: the top DIGEST_SIZE of the pool. */
  papers: EditionPaper[];
  /** The ranked candidates of the period, which each reader's digest is picked from. */
  pool: EditionPaper[];
  sentAt: Date;
}

export type EditionSummary = Omit<Edition, "papers" | "pool">;

const editionPapers = z.array(editionPaper);

function toEdition(row: {
  id: number;
  kind: DigestFrequency;
  period: string;
  label: string;
  papers: Prisma.JsonValue;
  /** Left out where only the archive reads it. */
  pool?: Prisma.JsonValue;
  sentAt: Date;
}): Edition {
  const papers = editionPapers.parse(row.papers);
  const pool = editionPapers.parse(row.pool ?? []);
  // Editions stored before there were pools: their papers are the candidates.
  return { ...row, papers, pool: pool.length ? pool : papers };
}

/**
 * The period's edition: the one stored by its first run, else the ranked candidates `pick`
 * chooses, stored now (the top DIGEST_SIZE as the edition's papers); null when there is none yet
 * and `pick` finds nothing to send.
 */
export async function periodEdition(
  period: DigestPeriod,
  pick: () => Promise<EditionPaper[]>,
): Promise<Edition | null> {
  const where = { kind_period: { kind: period.frequency, period: period.name } };
  const existing = await db.digestEdition.findUnique({ where });
  if (existing) return toEdition(existing);
  const pool = await pick();
  if (pool.length === 0) return null;
  try {
    return toEdition(
      await db.digestEdition.create({
        data: {
          kind: period.frequency,
          period: period.name,
          label: period.label,
          papers: pool.slice(0, DIGEST_SIZE),
          pool,
        },
      }),
    );
  } catch (error) {
    // Another run stored the period's edition in between: that one is the edition.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    return toEdition(await db.digestEdition.findUniqueOrThrow({ where }));
  }
}

const PERIOD_PARSERS: Record<DigestFrequency, (period: string) => unknown> = { daily: parseDay, weekly: parseWeek };

/** The edition an archive address names; null when the kind or period is malformed or was never sent. */
export async function findEdition(kind: string, period: string): Promise<Edition | null> {
  if (!Object.hasOwn(PERIOD_PARSERS, kind) || PERIOD_PARSERS[kind as DigestFrequency](period) === null) return null;
  const row = await db.digestEdition.findUnique({
    where: { kind_period: { kind: kind as DigestFrequency, period } },
    omit: { pool: true },
  });
  return row && toEdition(row);
}

/** Every edition, newest first, without their papers. */
export function listEditions(): Promise<EditionSummary[]> {
  return db.digestEdition.findMany({
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, period: true, label: true, sentAt: true },
  });
}

/** The latest editions with their papers, for the archive's feeds. */
export async function latestEditions(limit: number): Promise<Edition[]> {
  const rows = await db.digestEdition.findMany({
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: limit,
    omit: { pool: true },
  });
  return rows.map(toEdition);
}
