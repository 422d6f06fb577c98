/**
 * Edition words. "Edition/Cut/Version" after an adjective make an edition; the adjectives below
 * are editions on their own too.
 */
const EDITION_WORD =
  "(?:extended|director'?s|directors|collector'?s|theatrical|ultimate|uncut|unrated|uncensored|remastered|restored|despecialized|imax|final|assembly|special|recut|criterion|anniversary|\\d{2,3}(?:th|st|nd|rd)|open[ ._]?matte|fan[ ._]?edit|[234]in1|cut|edition|version|alternate|redux|dc)";
const EDITION_RUN = new RegExp(`(?<![a-z0-9'])(${EDITION_WORD}(?:[ ._-]+${EDITION_WORD})*)(?![a-z0-9'])`, "gi");
const STANDALONE =
  /^(?:extended|director'?s|directors|theatrical|uncut|unrated|uncensored|remastered|restored|despecialized|imax|recut|criterion|open[ ._]?matte|fan[ ._]?edit|[234]in1|redux)/i;
const NAMED_EDITION = /(?<![a-z0-9])(?:the[ ._])?((?:[a-z]+[ ._]){0,2}[a-z]+[ ._](?:edition|cut))(?![a-z0-9])/i;

export interface EditionMatch {
  edition: string;
  start: number;
  end: number;
}

const clean = (s: string): string => s.replace(/[._]/g, " ").replace(/\s+/g, " ").trim();

/**
 * Finds an edition in `text`, looking only at positions >= `from` (after the first title word),
 * so that titles such as "Uncut Gems" or "Directors Cut" at the very start are left alone.
 */
export function findEdition(text: string, from: number, afterYear: number | null): EditionMatch | null {
  EDITION_RUN.lastIndex = from;
  for (let m = EDITION_RUN.exec(text); m; m = EDITION_RUN.exec(text)) {
    const run = m[1];
    const lower = run.toLowerCase();
    const words = lower.split(/[ ._-]+/);
    const hasStandalone =
      STANDALONE.test(run) || words.some((w) => STANDALONE.test(w)) || /fan[ ._]?edit|open[ ._]?matte/i.test(run);
    const hasSuffix = words.some((w) => w === "edition" || w === "cut" || w === "version");
    const adjectiveOnly = words.every((w) =>
      /^(?:final|assembly|special|ultimate|alternate|collector'?s|anniversary|\d{2,3}(?:th|st|nd|rd))$/.test(w),
    );
    if (
      words.length === 1 &&
      (words[0] === "cut" || words[0] === "edition" || words[0] === "version" || words[0] === "dc")
    )
      continue;
    if (!hasStandalone && !(hasSuffix && words.length > 1) && !(adjectiveOnly && words.length > 1)) continue;
    if (
      !hasStandalone &&
      words[words.length - 1] !== "edition" &&
      words[words.length - 1] !== "cut" &&
      words[words.length - 1] !== "version" &&
      !words.some((w) => /anniversary/.test(w))
    )
      continue;
    return { edition: clean(run), start: m.index, end: m.index + run.length };
  }
  if (afterYear !== null) {
    const rest = text.slice(afterYear);
    const named = NAMED_EDITION.exec(rest);
    if (named && named.index < 3) {
      const start = afterYear + named.index + named[0].length - named[1].length;
      return { edition: clean(named[1]), start, end: start + named[1].length };
    }
  }
  return null;
}
