// What a member has done here (for the account page and the data export), and deleting it all.
// A paper an admin has hidden leaves these lists as it leaves every other (decision 0016): the
// member's vote or comment on it is kept, and shows again if the paper is restored.
import { memberCollections } from "../collections/collections";
import { memberSavedPapers } from "../collections/saved";
import { db } from "../db/client";
import { SubscriberStatus } from "../generated/prisma/enums";
import { VISIBLE } from "../papers/visibility";
import { memberVoterId } from "./voter";

export async function memberUpvotes(userId: string) {
  const rows = await db.upvote.findMany({
    where: { voterId: memberVoterId(userId), paper: VISIBLE },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, paper: { select: { id: true, title: true } } },
  });
  return rows.map((row) => ({ paperId: row.paper.id, title: row.paper.title, upvotedAt: row.createdAt }));
}

export async function memberComments(userId: string) {
  return db.comment.findMany({
    where: { authorId: userId, deletedAt: null, paper: VISIBLE },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      paperId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      parentId: true,
      paper: { select: { title: true } },
    },
  });
}

/** The digest subscription of the member's address: one subscription model for everyone. */
export async function memberSubscription(email: string) {
  return db.subscriber.findUnique({
    where: { email },
    select: { id: true, status: true, frequency: true, confirmedAt: true },
  });
}

/** Everything stored about the member, as JSON a person can read. */
export async function exportMemberData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, handle: true, createdAt: true },
  });
  const [sessions, upvotes, comments, subscription, submissions, saved, collections] = await Promise.all([
    db.session.findMany({
      where: { userId },
      select: { createdAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    }),
    memberUpvotes(userId),
    memberComments(userId),
    db.subscriber.findUnique({
      where: { email: user.email },
      select: {
        status: true,
        frequency: true,
        createdAt: true,
        confirmedAt: true,
        unsubscribedAt: true,
        digestSize: true,
        topics: true,
        mutes: true,
        timeZone: true,
        sendHour: true,
        pausedUntil: true,
        neverRepeat: true,
      },
    }),
    db.paper.findMany({
      where: { submitterId: userId, ...VISIBLE },
      orderBy: { submittedAt: "desc" },
      select: { id: true, title: true, submittedAt: true },
    }),
    memberSavedPapers(userId),
    memberCollections(userId),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    member: user,
    sessions,
    upvotes,
    comments: comments.map(({ paper, ...comment }) => ({ ...comment, paperTitle: paper.title })),
    subscription,
    submissions: submissions.map(({ id, ...paper }) => ({ paperId: id, ...paper })),
    savedPapers: saved.map(({ paper, savedAt }) => ({ paperId: paper.id, title: paper.title, savedAt })),
    collections: collections.map((collection) => ({
      id: collection.id,
      name: collection.name,
      public: collection.isPublic,
      papers: collection.papers.map((paper) => paper.id),
    })),
  };
}

/**
 * Deletes the member: their votes go (the Upvote triggers take them off the counts), their
 * subscription ends, their sessions, saved papers and collections go with them (cascades), and
 * their comments and submitted papers stay, no longer naming them.
 * One transaction.
 */
export async function deleteMember(userId: string): Promise<{ paperId: string; feedDate: string }[]> {
  const voterId = memberVoterId(userId);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const voted = await tx.upvote.findMany({
      where: { voterId },
      select: { paperId: true, paper: { select: { feedDate: true } } },
    });
    await tx.upvote.deleteMany({ where: { voterId } });
    await tx.subscriber.updateMany({
      where: { email: user.email, status: { not: SubscriberStatus.unsubscribed } },
      data: { status: SubscriberStatus.unsubscribed, unsubscribedAt: new Date() },
    });
    // A sign-in link still in the mail must not bring the account back.
    await tx.verification.deleteMany({ where: { value: { contains: JSON.stringify(user.email) } } });
    await tx.user.delete({ where: { id: userId } });
    return voted.map((vote) => ({ paperId: vote.paperId, feedDate: vote.paper.feedDate }));
  });
}
