// Parses a Daily Papers page saved as text (the layout of shared/seed): a header with the feed
// day, then per paper a title, an abstract and, usually, an authors-or-organization line, a "·"
// and a publication date optionally followed by the upvote count.
import { parse } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { toDay, type Day } from "../../lib/papers/dates";

export interface ParsedPaper {
  title: string;
  abstract: string;
  authorCount: number | null;
  organization: { slug: string; name: string } | null;
  publishedOn: Day | null;
  upvotes: number;
}

export interface ParsedPage {
  feedDate: Day;
  papers: ParsedPaper[];
  /** Titles of papers whose author and date lines are missing. */
  incomplete: string[];
}

const AUTHORS = /^•\s*(\d+)\s+authors?$/;
const DATE_LINE = /^([A-Z][a-z]{2} \d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;
const SEPARATOR = "·";

/**
 * A date as the page prints it: "Jun 9" is in the feed's year (or the year before, when that
 * day would come after the feed day), "Oct 4, 2024" carries its own.
 */
function parsePrintedDate(monthDay: string, year: string | undefined, feedDate: Day): Day | null {
  const feedYear = Number(feedDate.slice(0, 4));
  const at = (y: number) => parse(`${monthDay} ${y}`, "MMM d yyyy", new UTCDate(0));
  let date = at(year ? Number(year) : feedYear);
  if (Number.isNaN(date.getTime())) return null;
  if (!year && toDay(date) > feedDate) date = at(feedYear - 1);
  return toDay(date);
}

function parseCredit(line: string): Pick<ParsedPaper, "authorCount" | "organization"> {
  const authors = AUTHORS.exec(line);
  if (authors) return { authorCount: Number(authors[1]), organization: null };
  const [slug, ...name] = line.split(/\s+/);
  return { authorCount: null, organization: { slug, name: name.join(" ") || slug } };
}

export function parseDailyPage(text: string, feedYear: number): ParsedPage {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

  const byline = lines.findIndex((line) => line.startsWith("byAK"));
  if (byline < 0 || byline + 1 >= lines.length) {
    throw new Error('The page has no "byAK and the research community" header line.');
  }
  const header = lines[byline + 1];
  const feed = parse(`${header} ${feedYear}`, "MMM d yyyy", new UTCDate(0));
  if (Number.isNaN(feed.getTime())) {
    throw new Error(`The header date "${header}" is not a date like "Jun 22".`);
  }
  const feedDate = toDay(feed);

  const papers: ParsedPaper[] = [];
  const incomplete: string[] = [];
  let i = byline + 2;
  while (i < lines.length) {
    const title = lines[i];
    const abstract = lines[i + 1];
    if (abstract === undefined) {
      throw new Error(`"${title}" at the end of the page has no abstract.`);
    }
    const dated = lines[i + 3] === SEPARATOR ? DATE_LINE.exec(lines[i + 4] ?? "") : null;
    if (!dated) {
      incomplete.push(title);
      papers.push({ title, abstract, authorCount: null, organization: null, publishedOn: null, upvotes: 0 });
      i += 2;
      continue;
    }
    papers.push({
      title,
      abstract,
      ...parseCredit(lines[i + 2]),
      publishedOn: parsePrintedDate(dated[1], dated[2], feedDate),
      upvotes: dated[3] ? Number(dated[3]) : 0,
    });
    i += 5;
  }
  return { feedDate, papers, incomplete };
}
