/** Random and mutated release names for the parser fuzz test and the worst-case bench. */
// Small deterministic PRNG so a failure can be replayed.
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ._-[](){}【】/\\|+~#&!?'\",:;*<>é中文Бх٣١０";
const PIECES = [
  "S01E01",
  "S01",
  "E02",
  "-",
  " - ",
  "1x02",
  "2024.01.15",
  "[",
  "]",
  "(",
  ")",
  "1080p",
  "x264",
  "WEB-DL",
  "BluRay",
  "REMUX",
  "v2",
  "[ABCD1234]",
  "Season 1",
  "Part 2",
  "01-12",
  "~",
  "AKA",
  " / ",
  "第01集",
  "2160p",
  "DTS-HD.MA.5.1",
  "GERMAN.DL",
  "....",
  "----",
  "____",
  "    ",
  "0000",
  "S01E01-02-03-04-05",
  ".mkv",
  "\\",
  "/",
  "www.site.com",
  // Shapes the season, year, resolution and group rules read (issue 18).
  "Seasons 1 & ",
  "Saison VII",
  "2ª Temporada",
  "1xAll",
  "S06xE01",
  "(1994-2004)",
  "1920x1080",
  " × ",
  "720 ",
  "[1080.Hi10p]",
  "HEVC10",
  " by ",
  "{GRP}",
  "(GRP)",
  "Title (2019)/",
];

export function randomName(r: () => number, corpus: string[]): string {
  const mode = r();
  if (mode < 0.3) {
    const len = Math.floor(r() * 200);
    let s = "";
    for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    return s;
  }
  if (mode < 0.55) {
    let s = "";
    const n = 1 + Math.floor(r() * 40);
    for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
    return s;
  }
  if (mode < 0.6) {
    // Long repetitions: the shapes that make backtracking regexes explode.
    const piece = PIECES[Math.floor(r() * PIECES.length)];
    return piece.repeat(1 + Math.floor((r() * 1000) / Math.max(1, piece.length)));
  }
  const base = corpus[Math.floor(r() * corpus.length)].split("");
  const edits = 1 + Math.floor(r() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (base.length + 1));
    const op = r();
    if (op < 0.4) base.splice(at, 0, ALPHABET[Math.floor(r() * ALPHABET.length)]);
    else if (op < 0.7) base.splice(at, 1);
    else base.splice(at, 0, ...PIECES[Math.floor(r() * PIECES.length)].split(""));
  }
  return base.join("");
}
