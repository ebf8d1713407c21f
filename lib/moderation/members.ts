// Blocking a member: their sessions end at once and they cannot sign in again until unblocked.
import { db } from "../db/client";
import { fail, ok, type Outcome } from "../http/outcome";
import type { Member } from "../members/session";
import { AuditAction, auditEntry } from "./audit";

export async function setBlocked(admin: Member, handle: string, blocked: boolean): Promise<Outcome<void>> {
  const target = await db.user.findUnique({ where: { handle }, select: { id: true, blockedAt: true } });
  if (!target) return fail("not_found", `There is no member @${handle}.`);
  if (target.id === admin.id) return fail("invalid", "You cannot block yourself.");
  if (Boolean(target.blockedAt) === blocked) return ok();
  await db.$transaction([
    db.user.update({ where: { id: target.id }, data: { blockedAt: blocked ? new Date() : null } }),
    ...(blocked ? [db.session.deleteMany({ where: { userId: target.id } })] : []),
    auditEntry(admin.id, blocked ? AuditAction.memberBlock : AuditAction.memberUnblock, handle),
  ]);
  return ok();
}
