import { describe, expect, it } from "vitest";
import { excerpt, MATCH_END, MATCH_START } from "@/lib/search/highlight";
import { toTsQuery } from "@/lib/search/query";

describe("toTsQuery", () => {
  it.each([
    ["diffusion transformers", "'diffusion' & 'transformers'"],
    ['"diffusion transformers"', "('diffusion' <-> 'transformers')"],
    ["transform*", "'transform':*"],
    ['"video diff"*', "('video' <-> 'diff':*)"],
    ["state-of-the-art", "('state' <-> 'of' <-> 'the' <-> 'art')"],
    ["Crème BRÛLÉE", "'creme' & 'brulee'"],
    ["it's & (x) : y | !z", "('it' <-> 's') & 'x' & 'y' & 'z'"],
    ["a AND b OR NOT c", "'a' & 'b' & 'c'"],
  ])("reads %j as %j", (input, query) => {
    expect(toTsQuery(input)).toBe(query);
  });

  it.each([[""], ["   "], ['"'], ["AND OR NOT"], ["&|!()"]])("finds nothing to search for in %j", (input) => {
    expect(toTsQuery(input)).toBeNull();
  });
});

describe("excerpt", () => {
  const marked = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

  it("keeps a short text whole", () => {
    expect(excerpt(`About <b>${marked("quokka")}</b> markup.`, 48)).toBe(`About <b>${marked("quokka")}</b> markup.`);
  });

  it("cuts a long text around its first match, with an ellipsis where it was cut", () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[50] = marked("quokka");
    const cut = excerpt(words.join(" "), 12);
    expect(cut).toBe(`…w48 w49 ${marked("quokka")} w51 w52 w53 w54 w55 w56 w57 w58 w59…`);
    expect(excerpt(words.join(" ").replace(marked("quokka"), "plain"), 3)).toBe("w0 w1 w2…");
  });
});
