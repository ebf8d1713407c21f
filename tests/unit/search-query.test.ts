import { describe, expect, it } from "vitest";
import { segmentsToHtml, toSegments } from "@/lib/search/highlight";
import { toMatchExpression } from "@/lib/search/query";

describe("toMatchExpression", () => {
  it.each([
    ["diffusion transformers", '"diffusion" "transformers"'],
    ['"video diffusion" model', '"video diffusion" "model"'],
    ['"video diff"* transform*', '"video diff"* "transform"*'],
    ['"unclosed phrase', '"unclosed phrase"'],
    ["NEAR(a b)", '"NEAR(a" "b)"'],
    ["cats AND dogs OR NOT birds", '"cats" "dogs" "birds"'],
    ["and or", '"and" "or"'],
    ['"AND"', '"AND"'],
    ["title:x col^", '"title:x" "col^"'],
  ])("%j → %j", (input, expression) => {
    expect(toMatchExpression(input)).toBe(expression);
  });

  it.each([[""], ['"'], ["*"], ["AND OR"], ['"" *** ( ) -']])("finds nothing to search in %j", (input) => {
    expect(toMatchExpression(input)).toBeNull();
  });

  it("keeps at most 24 terms", () => {
    expect(toMatchExpression("w ".repeat(100))!.split(" ")).toHaveLength(24);
  });
});

describe("highlight segments", () => {
  it("cuts marked text into segments and escapes them for HTML", () => {
    const segments = toSegments("a <b> \u0002match\u0003 & \u0002more\u0003");
    expect(segments).toEqual([
      { text: "a <b> ", match: false },
      { text: "match", match: true },
      { text: " & ", match: false },
      { text: "more", match: true },
    ]);
    expect(segmentsToHtml(segments)).toBe("a &lt;b&gt; <mark>match</mark> &amp; <mark>more</mark>");
  });
});
