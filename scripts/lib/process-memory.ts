// The memory of a process group (a server under test, a job the bench runs), read from /proc as
// the kernel counts it (Linux only). A job's own `getrusage` peak is no use when a big process
// started it: Linux carries the high-water mark across fork and exec, so a digest started by the
// bench reported the bench's own peak (581 MB for digest, rerun and import alike). VmHWM is the
// peak of the process's own address space, which exec makes new.
import { readdirSync, readFileSync } from "node:fs";

function groupOf(pid: string): number | null {
  try {
    // "pid (comm) state ppid pgrp …": comm may hold spaces, so read after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
  } catch {
    return null;
  }
}

/** A `kB` line of /proc/<pid>/status (VmRSS, VmHWM) in bytes; 0 once the process is gone. */
function statusBytes(pid: string, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function groupMembers(pgid: number): string[] {
  return readdirSync("/proc").filter((entry) => /^\d+$/.test(entry) && groupOf(entry) === pgid);
}

/** Bytes resident in the processes of group `pgid` now. */
export function groupRss(pgid: number): number {
  return groupMembers(pgid).reduce((sum, pid) => sum + statusBytes(pid, "VmRSS"), 0);
}

/**
 * Follows the peak resident memory of each process of group `pgid` by sampling it every
 * `intervalMs`; `stop()` gives their sum. A peak reached in the last interval before a process
 * exits is missed, which for a job is its shutdown, not its work.
 */
export function watchGroupPeak(pgid: number, intervalMs = 20): { stop(): number } {
  const peaks = new Map<string, number>();
  const sample = () => {
    for (const pid of groupMembers(pgid)) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, statusBytes(pid, "VmHWM")));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return [...peaks.values()].reduce((sum, bytes) => sum + bytes, 0);
    },
  };
}

/** This process's own peak resident memory in bytes (getrusage's where /proc is missing). */
export function ownPeakRss(): number {
  return statusBytes("self", "VmHWM") || process.resourceUsage().maxRSS * 1024;
}
