/** Title comparison the way Sonarr/Radarr clean titles: case, accents, punctuation and little words ignored. */
export function cleanTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b(?:the|a|an|and|of)\b/g, " ")
    .replace(/\s+/g, "");
}

const wantedCache = new Map<string, Set<string>>();

function wantedSet(wanted: readonly string[], year: number | null): Set<string> {
  const key = `${year}\u0000${wanted.join("\u0000")}`;
  let set = wantedCache.get(key);
  if (!set) {
    set = buildWanted(wanted, year);
    if (wantedCache.size > 500) wantedCache.clear();
    wantedCache.set(key, set);
  }
  return set;
}

/** Whether a parsed title names the target (its title or any alternative title, with or without a year). */
export function titleMatches(parsed: readonly string[], wanted: readonly string[], year: number | null): boolean {
  const want = wantedSet(wanted, year);
  return parsed.some((p) => want.has(cleanTitle(p)));
}

function buildWanted(wanted: readonly string[], year: number | null): Set<string> {
  const want = new Set<string>();
  for (const w of wanted) {
    const clean = cleanTitle(w);
    if (clean.length === 0) continue;
    want.add(clean);
    if (year !== null) want.add(cleanTitle(`${w} ${year}`));
    const withoutYear = cleanTitle(w.replace(/\(?\b(?:19|20)\d{2}\)?\s*$/, ""));
    if (withoutYear.length > 0) want.add(withoutYear);
  }
  return want;
}
