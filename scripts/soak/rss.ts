// The memory of a server under test: the resident set of every process in its process group
// (`next start` and the server process it runs), read from /proc, as the kernel counts it.
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

function rssOf(pid: string): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Bytes resident in the processes of group `pgid` (Linux only). */
export function groupRss(pgid: number): number {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && groupOf(entry) === pgid)
    .reduce((sum, pid) => sum + rssOf(pid), 0);
}
