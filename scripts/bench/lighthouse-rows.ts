// Lighthouse's figures and their rows in the bench's table, apart from the measurement itself so
// that the report does not load Lighthouse.
import type { Row } from "./report";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];


export interface LighthouseFigures {
  name: string;
  path: string;
  /** 0–100 per category: the median over the runs. */
  scores: Record<LighthouseCategory, number>;
  /** What costs points, from the median run of each category: "audit-id (score): title". */
  shortfalls: string[];
  /** Performance metrics of the median performance run, in ms (CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /**
   * Lighthouse's CPU benchmark during that run: the simulated 4x slowdown multiplies whatever the
   * machine gives, so a busy machine (a lower index) inflates TBT and LCP.
   */
  benchmarkIndex: number;
}

/** One row per page in the shape of the bench's table: its four scores against 100 each. */
export function lighthouseRows(figures: LighthouseFigures[]): Row[] {
  return figures.map(({ name, scores, metrics, benchmarkIndex }) => {
    const all = LIGHTHOUSE_CATEGORIES.map((category) => `${category} ${scores[category]}`).join(", ");
    const timing = `FCP ${metrics.fcp} ms, LCP ${metrics.lcp} ms, TBT ${metrics.tbt} ms, CLS ${metrics.cls}, CPU index ${benchmarkIndex}`;
    return {
      figure: `${name} page: Lighthouse (mobile)`,
      result: `${all} (${timing})`,
      goal: "100 each",
      status: LIGHTHOUSE_CATEGORIES.every((category) => scores[category] === 100) ? "met" : "not met",
    };
  });
}
