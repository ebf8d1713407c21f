"use client";
// "Save" for later, shown to members only. Pages are cached for everyone (decision 0001), so whether
// this member saved the paper arrives after load: the buttons of one page ask together, in one request.
import Link from "next/link";
import { useEffect, useState } from "react";
import { addToCollectionPath, savedApiPath, savePaperApiPath } from "@/lib/http/paths";
import { useSessionMember } from "./use-session-member";

const MAX_IDS_PER_REQUEST = 100;
let pending: { ids: Set<string>; answer: Promise<Set<string>> } | undefined;

/** The saved ids among those asked in the same tick: one request per page (per 100 papers). */
function isSaved(id: string): Promise<boolean> {
  if (!pending) {
    const ids = new Set<string>();
    const answer = new Promise<Set<string>>((resolve) =>
      setTimeout(async () => {
        pending = undefined;
        const all = [...ids];
        const chunks = Array.from({ length: Math.ceil(all.length / MAX_IDS_PER_REQUEST) }, (_, i) =>
          all.slice(i * MAX_IDS_PER_REQUEST, (i + 1) * MAX_IDS_PER_REQUEST),
        );
        const answers = await Promise.all(
          chunks.map((chunk) =>
            fetch(savedApiPath(chunk), { cache: "no-store" })
              .then((response) => (response.ok ? response.json() : { saved: [] }))
              .then((body: { saved: string[] }) => body.saved)
              .catch(() => [] as string[]),
          ),
        );
        resolve(new Set(answers.flat()));
      }),
    );
    pending = { ids, answer };
  }
  pending.ids.add(id);
  return pending.answer.then((saved) => saved.has(id));
}

type Props = {
  paperId: string;
  title: string;
  /** Also a link to put the paper in one of the member's collections (the paper's own page). */
  collect?: boolean;
};

export function SaveButton({ paperId, title, collect = false }: Props) {
  const member = useSessionMember();
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (!member) return;
    let live = true;
    isSaved(paperId).then((found) => live && setSaved((current) => current ?? found));
    return () => {
      live = false;
    };
  }, [member, paperId]);

  if (!member || saved === undefined) return null;

  async function toggle() {
    if (busy) return;
    setBusy(true);
    setMessage("");
    try {
      const response = await fetch(savePaperApiPath(paperId), { method: saved ? "DELETE" : "POST" });
      const body = await response.json().catch(() => null);
      if (response.ok && body) setSaved(body.saved);
      else setMessage(body?.error ?? "Not saved. Please try again.");
    } catch {
      setMessage("Could not reach the server; nothing changed.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        aria-pressed={saved}
        aria-label={`Save ${title}`}
        disabled={busy}
        className="rounded-md border border-gray-300 px-2 py-0.5 text-xs font-medium text-gray-700 hover:bg-gray-50 disabled:opacity-60 dark:border-gray-700 dark:text-gray-300 dark:hover:bg-gray-800"
      >
        {saved ? "Saved" : "Save"}
      </button>
      {collect && (
        <Link href={addToCollectionPath(paperId)} className="text-xs font-medium underline">
          Add to a collection
        </Link>
      )}
      <span role="status" aria-live="polite" className="text-xs text-red-700 dark:text-red-400">
        {message}
      </span>
    </span>
  );
}
