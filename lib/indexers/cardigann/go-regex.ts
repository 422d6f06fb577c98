/**
 * Go (RE2) / .NET regular expressions as found in definitions, turned into JavaScript ones:
 * leading inline flags (?i) (?s) (?m), named groups (?P<name>…), \A and \z anchors.
 */
const cache = new Map<string, RegExp>();

export function goRegex(pattern: string, extraFlags = ""): RegExp {
  const key = `${extraFlags}\u0000${pattern}`;
  const cached = cache.get(key);
  if (cached) {
    cached.lastIndex = 0;
    return cached;
  }
  let source = pattern;
  const flags = new Set(extraFlags.split("").filter(Boolean));
  flags.add("u");
  for (;;) {
    const inline = source.match(/^\(\?([imsU]+)\)/);
    if (!inline) break;
    for (const flag of inline[1]) if (flag !== "U") flags.add(flag);
    source = source.slice(inline[0].length);
  }
  // .NET lets (?i) switch case-insensitivity on mid-pattern; JavaScript only at the start: widen it to all.
  if (/\(\?i\)/.test(source)) {
    flags.add("i");
    source = source.replace(/\(\?i\)/g, "");
  }
  // .NET Unicode blocks (\p{IsCyrillic}) as JavaScript scripts.
  source = source
    .replace(/\\([pP])\{Is(CJKUnifiedIdeographs|CJK\w*)\}/g, "\\$1{Script=Han}")
    .replace(/\\([pP])\{Is(\w+?)\}/g, "\\$1{Script=$2}");
  source = source
    .replace(/\(\?P</g, "(?<")
    .replace(/\\A/g, "^")
    .replace(/\\z/gi, "$");
  let regex: RegExp;
  try {
    regex = new RegExp(source, [...flags].join(""));
  } catch {
    // Patterns that are valid in .NET but not in unicode mode (e.g. escaped punctuation like \-).
    flags.delete("u");
    regex = new RegExp(source, [...flags].join(""));
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, regex);
  return regex;
}
