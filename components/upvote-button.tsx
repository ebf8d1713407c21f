"use client";
// The upvote toggle. With JavaScript it calls the JSON API and shows the new count at once,
// reverting with a short message when the server refuses; without JavaScript the same <form>
// posts to a server action that votes and returns to this page.
import { usePathname } from "next/navigation";
import { useContext, useEffect, useId, useOptimistic, useRef, useState, useTransition, type FormEvent } from "react";
import { upvoteApiPath } from "@/lib/http/paths";
import { upvoteFromForm } from "@/lib/votes/actions";
import type { VoteState } from "@/lib/votes/vote-state";
import { LiveCountsContext } from "./live-counts";

async function requestVote(paperId: string, upvoted: boolean): Promise<VoteState | { error: string }> {
  try {
    const response = await fetch(upvoteApiPath(paperId), { method: upvoted ? "POST" : "DELETE" });
    const body = await response.json().catch(() => null);
    if (response.ok && body) return body as VoteState;
    return { error: body?.error ?? "Your vote was not counted. Please try again." };
  } catch {
    return { error: "Could not reach the server; your vote was not counted." };
  }
}

/** Rendered unpressed with the cached count; the page's LiveCounts then says how this visitor voted. */
export function UpvoteButton({ paperId, title, upvotes }: { paperId: string; title: string; upvotes: number }) {
  const pathname = usePathname();
  const countId = useId();
  const [state, setState] = useState<VoteState>({ upvoted: false, upvotes });
  const [shown, setShown] = useOptimistic(state);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  const voted = useRef(false);
  const live = useContext(LiveCountsContext);
  const liveCount = live?.upvotes[paperId];
  const liveUpvoted = live?.upvoted.has(paperId);

  useEffect(() => {
    // Once this visitor has voted here, the vote's own answer is newer than the page's request.
    if (liveUpvoted === undefined || voted.current) return;
    setState((current) => ({ upvoted: liveUpvoted, upvotes: liveCount ?? current.upvotes }));
  }, [liveCount, liveUpvoted]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // One vote in flight at a time, so that requests cannot overtake each other.
    if (pending) return;
    const next = { upvoted: !state.upvoted, upvotes: state.upvotes + (state.upvoted ? -1 : 1) };
    voted.current = true;
    setMessage("");
    startTransition(async () => {
      setShown(next);
      const result = await requestVote(paperId, next.upvoted);
      startTransition(() => {
        // On refusal the state stays as it was, and the optimistic value falls back to it.
        if ("error" in result) setMessage(result.error);
        else setState(result);
      });
    });
  }

  return (
    <form action={upvoteFromForm} onSubmit={submit} className="relative w-14">
      <input type="hidden" name="paperId" value={paperId} />
      <input type="hidden" name="upvoted" value={String(!shown.upvoted)} />
      <input type="hidden" name="returnTo" value={pathname} />
      <button
        type="submit"
        aria-pressed={shown.upvoted}
        aria-label={`Upvote ${title}`}
        aria-describedby={countId}
        className="upvote-button"
      >
        <span aria-hidden="true">▲</span>
        <span id={countId}>
          {shown.upvotes}
          <span className="sr-only"> {shown.upvotes === 1 ? "upvote" : "upvotes"}</span>
        </span>
      </button>
      <span role="status" aria-live="polite" className="upvote-message">
        {message}
      </span>
    </form>
  );
}
