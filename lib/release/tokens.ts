/** A run of Latin letters and digits; everything else (dots, dashes, brackets, CJK…) separates tokens. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Separator characters between the previous token and this one. */
  before: string;
}

function isTokenChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let prevEnd = 0;
  const n = s.length;
  while (i < n) {
    if (!isTokenChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isTokenChar(s.charCodeAt(i))) i++;
    const text = s.slice(start, i);
    tokens.push({ text, lower: text.toLowerCase(), start, end: i, before: s.slice(prevEnd, start) });
    prevEnd = i;
  }
  return tokens;
}

/** True when two tokens are written as one word split by a single separator ("WEB-DL", "Blu.ray", "HD TV"). */
export function joined(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.before.length <= 1 && b.start - a.end <= 1;
}
