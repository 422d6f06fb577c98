import { describe, expect, it } from "vitest";
import { fieldMatches, hintsFor, loadCorpus } from "@/bench/parser/score";
import { parse } from "@/lib/release";

// Mydia's own cases (tests/fixtures/release-names/mydia.json): one per shape of name the parser used to
// misread — whole paths, heights without "p" and frame sizes, codec spellings, season and episode words in
// other languages and forms, loose release groups, years. Every asserted field must be right.
const cases = loadCorpus()
  .filter((f) => f.file === "mydia.json")
  .flatMap((f) => f.cases);

describe("the parser on names it used to misread", () => {
  it("has cases for every class", () => {
    expect(new Set(cases.map((c) => c.fixture))).toEqual(
      new Set(["paths", "resolution", "codec", "seasons", "groups", "years"]),
    );
  });

  it.each(cases.map((c) => ({ name: c.title, c })))("$c.fixture: $name", ({ c }) => {
    const r = parse(c.title, hintsFor(c));
    const wrong = c.asserted.filter((field) => !fieldMatches(c, field, r));
    expect(wrong, JSON.stringify({ title: r.title, seriesTitle: r.seriesTitle, year: r.year, group: r.group })).toEqual(
      [],
    );
  });
});
