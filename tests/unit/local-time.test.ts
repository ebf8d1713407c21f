// The reader's clock: local day and hour through Intl, half-hour zones and daylight saving
// included, and when a reader's digest is due.
import { describe, expect, it } from "vitest";
import { canonicalTimeZone, duePeriod, localTime, nextDue } from "@/lib/digest/local-time";

const at = (iso: string) => new Date(iso);

describe("local time", () => {
  it("reads the local day and hour, across the date line and daylight saving", () => {
    expect(localTime(at("2026-07-09T22:00:00Z"), "Asia/Tokyo")).toEqual({ day: "2026-07-10", hour: 7 });
    expect(localTime(at("2026-07-10T01:59:00Z"), "Asia/Kolkata")).toEqual({ day: "2026-07-10", hour: 7 });
    // New York is UTC-4 in July and UTC-5 in January.
    expect(localTime(at("2026-07-10T11:00:00Z"), "America/New_York").hour).toBe(7);
    expect(localTime(at("2026-01-10T11:00:00Z"), "America/New_York").hour).toBe(6);
  });

  it("names zones canonically and refuses unknown ones", () => {
    expect(canonicalTimeZone("asia/tokyo")).toBe("Asia/Tokyo");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
  });

  it("is due once the local hour has come and the pause is over, for the local day or ISO week", () => {
    const tokyo = { frequency: "daily" as const, timeZone: "Asia/Tokyo", sendHour: 7, pausedUntil: null };
    expect(duePeriod(tokyo, at("2026-07-09T21:00:00Z"))).toBeNull();
    expect(duePeriod(tokyo, at("2026-07-09T22:00:00Z"))).toBe("2026-07-10");
    expect(duePeriod({ ...tokyo, pausedUntil: "2026-07-11" }, at("2026-07-09T22:00:00Z"))).toBeNull();
    // Sunday 22:00 UTC is Monday 07:00 in Tokyo: the new ISO week.
    expect(duePeriod({ ...tokyo, frequency: "weekly" }, at("2026-07-12T22:00:00Z"))).toBe("2026-W29");
  });

  it("finds the next hourly run that sends a period the reader has not had", () => {
    const utc = { frequency: "daily" as const, timeZone: "UTC", sendHour: 7, pausedUntil: null };
    expect(nextDue(utc, at("2026-07-10T03:30:00Z"), new Set())).toEqual(at("2026-07-10T07:00:00Z"));
    expect(nextDue(utc, at("2026-07-10T09:00:00Z"), new Set(["daily:2026-07-10"]))).toEqual(at("2026-07-11T07:00:00Z"));
    expect(nextDue({ ...utc, pausedUntil: "2026-08-01" }, at("2026-07-10T09:00:00Z"), new Set())).toEqual(
      at("2026-08-01T07:00:00Z"),
    );
    expect(nextDue({ ...utc, pausedUntil: "2099-01-01" }, at("2026-07-10T09:00:00Z"), new Set())).toBeNull();
  });
});
