// Both parts of an email from one React Email element.
import type { ReactElement } from "react";
import { render } from "@react-email/render";

// html-to-text shouts headings by default; paper titles read better as they are written.
const TEXT_OPTIONS = {
  selectors: ["h1", "h2"].map((selector) => ({ selector, options: { uppercase: false } })),
};

export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: TEXT_OPTIONS }),
  ]);
  return { html, text };
}
