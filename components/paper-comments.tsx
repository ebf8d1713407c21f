// A paper's discussion, rendered into the page everyone gets (cached, and made stale by every
// comment write); each visitor's own buttons arrive after load.
import { commentsOf, type CommentView } from "@/lib/comments/comments";
import { CommentActions } from "./comment-actions";
import { NewCommentForm } from "./comment-form";

const WHEN = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Comment({ paperId, comment, isReply }: { paperId: string; comment: CommentView; isReply: boolean }) {
  return (
    <li data-testid="comment">
      <article aria-label={`Comment by ${comment.authorHandle ? `@${comment.authorHandle}` : "a deleted member"}`}>
        <p className="text-sm text-gray-600 dark:text-gray-400">
          <strong className="text-gray-900 dark:text-gray-100">
            {comment.authorHandle ? `@${comment.authorHandle}` : "Deleted member"}
          </strong>{" "}
          · <time dateTime={comment.createdAt.toISOString()}>{WHEN.format(comment.createdAt)} UTC</time>
          {comment.edited && " · edited"}
        </p>
        {comment.html === null ? (
          <p className="text-sm italic text-gray-600 dark:text-gray-400">
            {comment.deletedBy === "admin" ? "Removed by a moderator." : "Deleted by its author."}
          </p>
        ) : (
          <div className="comment-body mt-1 space-y-2 break-words" dangerouslySetInnerHTML={{ __html: comment.html }} />
        )}
        {comment.html !== null && (
          <CommentActions
            paperId={paperId}
            commentId={comment.id}
            authorHandle={comment.authorHandle}
            body={comment.body}
            canReply={!isReply}
          />
        )}
      </article>
      {comment.replies.length > 0 && (
        <ul aria-label="Replies" className="mt-3 space-y-4 border-l-2 border-gray-200 pl-4 dark:border-gray-800">
          {comment.replies.map((reply) => (
            <Comment key={reply.id} paperId={paperId} comment={reply} isReply />
          ))}
        </ul>
      )}
    </li>
  );
}

export async function PaperComments({ paperId }: { paperId: string }) {
  const comments = await commentsOf(paperId);
  return (
    <section aria-labelledby="comments-heading" className="mx-auto mt-10 max-w-3xl space-y-4">
      <h2 id="comments-heading" className="text-lg font-semibold">
        Comments
      </h2>
      {comments.length === 0 ? (
        <p className="text-sm text-gray-600 dark:text-gray-400">No comments yet.</p>
      ) : (
        <ul className="space-y-5">
          {comments.map((comment) => (
            <Comment key={comment.id} paperId={paperId} comment={comment} isReply={false} />
          ))}
        </ul>
      )}
      <NewCommentForm paperId={paperId} />
    </section>
  );
}
