import { describe, expect, it } from "vitest";
import {
  customFormatInput,
  matchFormats,
  defaultQualityProfiles,
  releaseProfileInput,
  type CustomFormat,
} from "@/lib/quality";
import { termMatcher } from "@/lib/quality/specs/release-terms.spec";
import { parse } from "@/lib/release";

/** #16.7: user-supplied patterns run on a linear-time engine and are checked when saved. */
describe("user-supplied regular expressions", () => {
  const evil: CustomFormat[] = [
    {
      id: "evil",
      name: "Evil",
      includeWhenRenaming: false,
      conditions: [{ type: "releaseTitle", name: "evil", negate: false, required: true, pattern: "^(a+)+$" }],
    },
  ];
  const judge = (title: string) => {
    const start = performance.now();
    const matched = matchFormats(evil, defaultQualityProfiles()[0], {
      title,
      release: parse(title),
      size: null,
      flags: [],
      releaseType: "unknown",
    });
    return { matched, ms: performance.now() - start };
  };

  it("a catastrophic-backtracking custom format stays fast and linear in the title's length", () => {
    judge("warm up");
    const attack = judge(`${"a".repeat(31)}!`);
    expect(attack.matched).toEqual([]);
    expect(attack.ms).toBeLessThan(250);
    const long = judge(`${"a".repeat(50_000)}!`);
    expect(long.ms).toBeLessThan(1000);
    expect(judge("a".repeat(40)).matched.map((m) => m.id)).toEqual(["evil"]);
  });

  it("release-profile terms written /like this/ run on the same engine", () => {
    const matcher = termMatcher("/^(a+)+$/i");
    const start = performance.now();
    expect(matcher.test(`${"A".repeat(31)}!`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(250);
    expect(matcher.test("AAAA")).toBe(true);
  });

  it("refuses, when saved, patterns the linear-time engine cannot run, and says why", () => {
    const format = customFormatInput.safeParse({
      name: "Lookbehind",
      conditions: [{ type: "releaseTitle", pattern: "(?<!web)dl" }],
    });
    expect(format.success).toBe(false);
    expect(format.error!.issues[0].message).toMatch(/lookahead and lookbehind .* not supported: .*linear-time/);
    const profile = releaseProfileInput.safeParse({ name: "Backref", required: ["/(a)\\1/"] });
    expect(profile.success).toBe(false);
    expect(profile.error!.issues[0].message).toMatch(/backreferences .* not supported/);
    expect(
      customFormatInput.safeParse({ name: "Ok", conditions: [{ type: "releaseTitle", pattern: "\\bx265\\b" }] })
        .success,
    ).toBe(true);
  });
});
