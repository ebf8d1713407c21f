// arXiv identifiers as sources write them: "2406.12345", "2406.12345v3", or inside an abs URL.
const VERSIONED = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/;

export interface ArxivRef {
  id: string;
  version: number | null;
}

/** "2406.12345v3" → { id: "2406.12345", version: 3 }; null for anything else (old-style ids included). */
export function parseArxivRef(text: string): ArxivRef | null {
  const match = VERSIONED.exec(text.trim());
  return match ? { id: match[1], version: match[2] ? Number(match[2]) : null } : null;
}
