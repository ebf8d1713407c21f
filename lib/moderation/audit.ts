// The audit log: every moderation action, written in the transaction of the action itself.
import { db } from "../db/client";

export const AuditAction = {
  commentRemove: "comment.remove",
  memberBlock: "member.block",
  memberUnblock: "member.unblock",
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export function auditEntry(actorId: string, action: AuditAction, target: string, detail?: string) {
  return db.auditEntry.create({ data: { actorId, action, target, detail } });
}

export interface AuditRow {
  id: number;
  at: Date;
  actor: string | null;
  action: string;
  target: string;
  detail: string | null;
}

/** The latest entries, newest first. */
export async function latestAuditEntries(limit = 200): Promise<AuditRow[]> {
  const rows = await db.auditEntry.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, at: true, action: true, target: true, detail: true, actor: { select: { handle: true } } },
  });
  return rows.map(({ actor, ...row }) => ({ ...row, actor: actor?.handle ?? null }));
}
