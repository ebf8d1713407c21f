// The audit log: every moderation action, written in the transaction of the action itself.
import { db } from "../db/client";

export const AuditAction = {
  commentRemove: "comment.remove",
  memberBlock: "member.block",
  memberUnblock: "member.unblock",
  paperHide: "paper.hide",
  paperRestore: "paper.restore",
  paperEdit: "paper.edit",
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

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(none)";
  return Array.isArray(value) ? value.join("; ") : String(value);
}

/** The before and after of each field a `paper.edit` entry changed (none for other entries). */
export function fieldChanges(entry: Pick<AuditRow, "action" | "detail">): FieldChange[] {
  if (entry.action !== AuditAction.paperEdit || !entry.detail) return [];
  const changes = JSON.parse(entry.detail) as Record<string, { before: unknown; after: unknown }>;
  return Object.entries(changes).map(([field, { before, after }]) => ({
    field,
    before: shown(before),
    after: shown(after),
  }));
}
