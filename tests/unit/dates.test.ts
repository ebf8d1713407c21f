import { describe, expect, it } from "vitest";
import { adjacentSpan, formatSpan, parseDay, parseMonth, parseWeek, shiftDay, weekKey } from "@/lib/papers/dates";

describe("parseDay", () => {
  it("accepts real days and leap days", () => {
    expect(parseDay("2026-06-22")).toBe("2026-06-22");
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
    expect(parseDay("2000-02-29")).toBe("2000-02-29");
  });

  it("rejects impossible or malformed days", () => {
    for (const text of [
      "2026-02-30",
      "2026-02-29",
      "1900-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-6-1",
      "foo",
      "2026-06-22x",
      "",
    ]) {
      expect(parseDay(text), text).toBeNull();
    }
  });
});

describe("ISO weeks", () => {
  it("knows which years have a week 53", () => {
    expect(parseWeek("2026-W53")).toMatchObject({ from: "2026-12-28", to: "2027-01-03" });
    expect(parseWeek("2020-W53")).toMatchObject({ from: "2020-12-28", to: "2021-01-03" });
    expect(parseWeek("2025-W53")).toBeNull();
    expect(parseWeek("2026-W54")).toBeNull();
    expect(parseWeek("2026-W00")).toBeNull();
    expect(parseWeek("2026-W1")).toBeNull();
  });

  it("starts week 1 on the Monday of the week holding January 4th", () => {
    expect(parseWeek("2026-W01")).toMatchObject({ from: "2025-12-29", to: "2026-01-04" });
    expect(parseWeek("2027-W01")).toMatchObject({ from: "2027-01-04", to: "2027-01-10" });
  });

  it("gives the ISO week of a day, across year ends", () => {
    expect(weekKey("2026-06-22")).toBe("2026-W26");
    expect(weekKey("2027-01-01")).toBe("2026-W53");
    expect(weekKey("2024-12-30")).toBe("2025-W01");
  });

  it("steps to the neighbouring weeks across week 53", () => {
    const last = parseWeek("2026-W53")!;
    expect(adjacentSpan(last, 1).key).toBe("2027-W01");
    expect(adjacentSpan(last, -1).key).toBe("2026-W52");
    expect(adjacentSpan(parseWeek("2027-W01")!, -1).key).toBe("2026-W53");
  });
});

describe("months", () => {
  it("ends each month on its last day, February by leap year", () => {
    expect(parseMonth("2024-02")).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(parseMonth("2026-02")).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    expect(parseMonth("2026-04")).toMatchObject({ to: "2026-04-30" });
    expect(parseMonth("2026-12")).toMatchObject({ to: "2026-12-31" });
  });

  it("rejects months out of range", () => {
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("2026-00")).toBeNull();
    expect(parseMonth("2026-1")).toBeNull();
  });

  it("steps across year ends", () => {
    expect(adjacentSpan(parseMonth("2026-12")!, 1).key).toBe("2027-01");
    expect(adjacentSpan(parseMonth("2026-01")!, -1).key).toBe("2025-12");
  });
});

describe("day arithmetic and labels", () => {
  it("shifts across month and leap-day boundaries", () => {
    expect(shiftDay("2024-02-28", 1)).toBe("2024-02-29");
    expect(shiftDay("2024-03-01", -1)).toBe("2024-02-29");
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("labels spans for people", () => {
    expect(formatSpan(parseWeek("2026-W26")!)).toBe("Week 26 of 2026 (Jun 22 – Jun 28)");
    expect(formatSpan(parseMonth("2026-06")!)).toBe("June 2026");
  });
});
