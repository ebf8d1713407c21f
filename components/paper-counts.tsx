// GitHub stars and comments, when the source gave them: signs for the eye, words for screen readers.
export function PaperCounts({ githubStars, comments }: { githubStars: number | null; comments: number }) {
  return (
    <>
      {githubStars !== null && (
        <span>
          <span aria-hidden="true">★ </span>
          {githubStars.toLocaleString("en-US")}
          <span className="sr-only"> GitHub stars</span>
        </span>
      )}
      {comments > 0 && (
        <span>
          <span aria-hidden="true">💬 </span>
          {comments.toLocaleString("en-US")}
          <span className="sr-only"> {comments === 1 ? "comment" : "comments"}</span>
        </span>
      )}
    </>
  );
}
