// Comments are Markdown: paragraphs, emphasis, code, lists, links and quotes. markdown-it renders
// them with raw HTML escaped (html: false) and unsafe link schemes refused; sanitize-html then keeps
// only the elements a comment needs, whatever markdown-it lets through, and marks every link as
// user content that earns no ranking. Math ($x_i$, $$…$$) has no syntax here and stays as typed.
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

const markdown = new MarkdownIt("default", { html: false, linkify: true, typographer: false }).disable([
  "image",
  "heading",
  "lheading",
  "table",
  "hr",
]);

// A $…$ or $$…$$ span is text: no emphasis or code inside it (a*b*c must not turn into a*<em>b</em>c).
markdown.inline.ruler.before("escape", "math_as_text", (state, silent) => {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x24) return false;
  const delimiter = src.startsWith("$$", pos) ? "$$" : "$";
  const end = src.indexOf(delimiter, pos + delimiter.length);
  if (end <= pos + delimiter.length) return false;
  if (!silent) state.push("text", "", 0).content = src.slice(pos, end + delimiter.length);
  state.pos = end + delimiter.length;
  return true;
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "em", "strong", "s", "code", "pre", "ul", "ol", "li", "a", "blockquote"],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow ugc noopener" }) },
};

/** Safe HTML for a comment's Markdown. */
export function renderCommentMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE);
}
