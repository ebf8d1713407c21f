"use client";
// Copies a text (a BibTeX entry) to the clipboard and says so where screen readers hear it.
import { useState } from "react";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
    } catch {
      // Denied clipboard permission, or an insecure context: the text is on the page to select.
      setStatus("Could not copy; select the text instead.");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rounded-md border border-gray-300 px-3 py-1.5 text-sm hover:bg-gray-50 dark:border-gray-700 dark:hover:bg-gray-800">
        {label}
      </button>
      <span role="status" className="text-sm text-gray-600 dark:text-gray-400">
        {status}
      </span>
    </span>
  );
}
