// What a comment may contain once rendered: Markdown's plain structures, inert everything else.
import { describe, expect, it } from "vitest";
import { renderCommentMarkdown } from "@/lib/comments/markdown";

describe("comment Markdown", () => {
  it("renders paragraphs, emphasis, code, lists and links, each link marked as user content", () => {
    const html = renderCommentMarkdown(
      "Nice **result**, _really_.\n\n- one\n- `two`\n\n```\ncode()\n```\n\n[the repo](https://github.com/a/b)",
    );
    expect(html).toContain("<strong>result</strong>");
    expect(html).toContain("<em>really</em>");
    expect(html).toContain("<li><code>two</code></li>");
    expect(html).toContain("<pre><code>code()\n</code></pre>");
    expect(html).toContain('<a href="https://github.com/a/b" rel="nofollow ugc noopener">the repo</a>');
  });

  it("leaves <script>, event handlers and javascript: links inert", () => {
    const html = renderCommentMarkdown(
      '<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) <a href="javascript:alert(4)">x</a> [d](data:text/html,hi) [v](JAVASCRIPT:alert(5))',
    );
    // Only a paragraph of text is left: no element but <p>, no attribute at all.
    expect(html.match(/<\/?[a-z][^>]*>/gi)).toEqual(["<p>", "</p>"]);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps math as typed: no emphasis inside $…$ or $$…$$", () => {
    expect(renderCommentMarkdown("Take $a*b*c$ and $$x_1 + y_1$$ here")).toBe(
      "<p>Take $a*b*c$ and $$x_1 + y_1$$ here</p>\n",
    );
  });

  it("drops headings, images and tables to plain text", () => {
    const html = renderCommentMarkdown("# Big\n\n![alt](https://x.example/i.png)\n\n| a |\n|---|\n| b |");
    expect(html).not.toMatch(/<h1|<img|<table/);
  });
});
