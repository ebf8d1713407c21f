export function UpvoteCount({ upvotes }: { upvotes: number }) {
  return (
    <span className="flex min-w-12 flex-col items-center rounded-lg border border-gray-200 px-2 py-1 text-sm font-semibold dark:border-gray-700">
      <span aria-hidden="true">▲</span>
      <span>
        {upvotes}
        <span className="sr-only"> {upvotes === 1 ? "upvote" : "upvotes"}</span>
      </span>
    </span>
  );
}
