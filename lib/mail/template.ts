// A text with named placeholders, split at them once and kept as UTF-8 bytes, so that filling in
// one copy is a concatenation of buffers: no search through the text, and no large strings on
// the JavaScript heap, where a bulk send filling the same text 100,000 times would pile them up
// faster than the garbage collector lets go of them.

export interface Fill<K extends string> {
  (values: Record<K, string | Buffer>): Buffer;
  /** The names whose markers occur in the text. */
  uses: ReadonlySet<K>;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `placeholders` maps each name to the marker that stands for it in `text`. */
export function compileTemplate<K extends string>(text: string, placeholders: Record<K, string>): Fill<K> {
  const byMarker = new Map(Object.entries<string>(placeholders).map(([name, marker]) => [marker, name as K]));
  const pattern = new RegExp([...byMarker.keys()].map(escapeRegExp).join("|"), "g");
  const pieces: Buffer[] = [];
  const names: K[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    pieces.push(Buffer.from(text.slice(last, match.index), "utf8"));
    names.push(byMarker.get(match[0])!);
    last = match.index + match[0].length;
  }
  pieces.push(Buffer.from(text.slice(last), "utf8"));
  const fill = (values: Record<K, string | Buffer>) => {
    const parts: Buffer[] = [pieces[0]];
    for (let i = 0; i < names.length; i += 1) {
      const value = values[names[i]];
      parts.push(typeof value === "string" ? Buffer.from(value, "utf8") : value, pieces[i + 1]);
    }
    return Buffer.concat(parts);
  };
  return Object.assign(fill, { uses: new Set(names) });
}
