// A scratch PostgreSQL cluster for tests and scripts: initdb into a temporary folder, served on a
// Unix socket in that folder only (no TCP port to collide with anyone's), durability off for speed.
// Never the system's service. The PostgreSQL binaries come from Debian's postgresql package.
import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

const PG_LIB = "/usr/lib/postgresql";

/** The newest installed PostgreSQL's bin folder, or PG_BIN when it is set. */
export function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const versions = existsSync(PG_LIB) ? readdirSync(PG_LIB).filter((name) => /^\d+$/.test(name)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`No PostgreSQL under ${PG_LIB}: install Debian's postgresql package (or set PG_BIN).`);
  return path.join(PG_LIB, newest, "bin");
}

export interface ScratchCluster {
  /** The folder holding the data, the socket and the log. */
  folder: string;
  /** PostgreSQL's programs (createdb, psql, pg_dump). */
  binFolder: string;
  /** A URL for one database of the cluster, connecting as its superuser over the socket. */
  url(database: string): string;
  stop(): void;
}

/**
 * initdb refuses to run as root (as CI does): then the cluster belongs to the "postgres" user
 * Debian's package creates, and root still reaches the socket.
 */
function runAs(): Pick<ExecFileSyncOptions, "uid" | "gid"> & { owner?: { uid: number; gid: number } } {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  const owner = { uid: id("-u"), gid: id("-g") };
  return { ...owner, owner };
}

export function startScratchCluster(): ScratchCluster {
  const bin = postgresBin();
  const folder = mkdtempSync(path.join(tmpdir(), "dp-pg-"));
  const { owner, ...identity } = runAs();
  if (owner) chownSync(folder, owner.uid, owner.gid);
  const data = path.join(folder, "data");
  const run = (tool: string, args: string[]) =>
    execFileSync(path.join(bin, tool), args, { ...identity, cwd: folder, stdio: "pipe" });
  // C.UTF-8: the text search parser then knows letters beyond ASCII (café, Straße, 東京).
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const settings = [
    "-c listen_addresses=''",
    `-c unix_socket_directories='${folder}'`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=300",
  ].join(" ");
  run("pg_ctl", ["-D", data, "-l", path.join(folder, "postgres.log"), "-o", settings, "-w", "start"]);
  return {
    folder,
    binFolder: bin,
    url: (database) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(folder)}`,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
