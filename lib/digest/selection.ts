// Each reader's list: the period's candidates (the trending order) filtered and ranked by the
// reader's preferences. With topics, only papers that follow one stay, those that follow more
// first; a muted keyword removes a paper; with "never twice", papers already sent are left out.
import { db } from "../db/client";
import type { Topics } from "../subscriptions/preferences";
import { hasTopics } from "../subscriptions/preferences";
import { stringsOf } from "../papers/queries";
import type { KeywordMatcher } from "./keyword-matches";

export interface ReaderFilter {
  digestSize: number;
  topics: Topics;
  mutes: string[];
}

/** What a paper is, for the topics that are not keywords: compared without case. */
interface PaperFacts {
  categories: Set<string>;
  organizations: Set<string>;
  authors: Set<string>;
}

const lower = (values: Iterable<string>) => new Set([...values].map((value) => value.toLowerCase()));

async function paperFacts(ids: string[]): Promise<Map<string, PaperFacts>> {
  const rows = await db.paper.findMany({
    where: { id: { in: ids } },
    select: { id: true, categories: true, authors: true, organization: { select: { slug: true, name: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        categories: lower(stringsOf(row.categories)),
        organizations: lower(row.organization ? [row.organization.slug, row.organization.name] : []),
        authors: lower(stringsOf(row.authors)),
      },
    ]),
  );
}

export interface Selector {
  /** Loads what these readers' keywords find; call it before `select` for them. */
  prepare(readers: ReaderFilter[]): Promise<void>;
  /** The reader's papers, best first, as ids of `candidates`; empty when the filters leave none. */
  select(reader: ReaderFilter, alreadySent: ReadonlySet<string>): string[];
}

/** `candidates`: the period's paper ids in the trending order. */
export async function createSelector(candidates: string[], matcher: KeywordMatcher): Promise<Selector> {
  const facts = await paperFacts(candidates);
  const follows = (topics: Topics, id: string): number => {
    const paper = facts.get(id);
    let count = 0;
    for (const keyword of topics.keywords) if (matcher.matches(keyword).has(id)) count += 1;
    if (!paper) return count;
    for (const category of topics.categories) if (paper.categories.has(category.toLowerCase())) count += 1;
    for (const organization of topics.organizations)
      if (paper.organizations.has(organization.toLowerCase())) count += 1;
    for (const author of topics.authors) if (paper.authors.has(author.toLowerCase())) count += 1;
    return count;
  };
  return {
    prepare: (readers) => matcher.load(readers.flatMap((reader) => [...reader.topics.keywords, ...reader.mutes])),
    select({ digestSize, topics, mutes }, alreadySent) {
      const muted = new Set<string>();
      for (const keyword of mutes) for (const id of matcher.matches(keyword)) muted.add(id);
      const ranked: { id: string; follows: number; rank: number }[] = [];
      const filtered = hasTopics(topics);
      for (const [rank, id] of candidates.entries()) {
        if (muted.has(id) || alreadySent.has(id)) continue;
        const count = filtered ? follows(topics, id) : 0;
        if (filtered && count === 0) continue;
        ranked.push({ id, follows: count, rank });
        // Without topics the trending order is the answer: the first digestSize are enough.
        if (!filtered && ranked.length === digestSize) break;
      }
      ranked.sort((a, b) => b.follows - a.follows || a.rank - b.rank);
      return ranked.slice(0, digestSize).map((paper) => paper.id);
    },
  };
}
