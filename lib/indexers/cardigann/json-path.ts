/**
 * JSON selectors of Cardigann definitions: Newtonsoft SelectToken-style paths (`data`, `$.a.b`,
 * `files[0].name`, `['a b']`) with the pseudo-classes Prowlarr adds: `:has(path)`, `:not(selector)`,
 * `:contains(text)`.
 */
export type Json = unknown;

function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  let i = path.startsWith("$") ? 1 : 0;
  while (i < path.length) {
    const c = path[i];
    if (c === ".") {
      i++;
      continue;
    }
    if (c === "[") {
      const end = path.indexOf("]", i);
      if (end === -1) throw new Error(`unclosed [ in "${path}"`);
      const inner = path.slice(i + 1, end).trim();
      if (/^-?\d+$/.test(inner)) segments.push(Number(inner));
      else if (inner === "*") segments.push("*");
      else segments.push(inner.replace(/^['"]|['"]$/g, ""));
      i = end + 1;
      continue;
    }
    const match = path.slice(i).match(/^[^.[]+/)!;
    segments.push(match[0]);
    i += match[0].length;
  }
  return segments;
}

export function resolveJsonPath(value: Json, path: string): Json {
  const trimmed = path.trim();
  if (trimmed === "" || trimmed === "$") return value;
  let current: Json = value;
  for (const segment of pathSegments(trimmed)) {
    if (current === null || current === undefined) return undefined;
    if (segment === "*") continue;
    if (typeof segment === "number") {
      if (!Array.isArray(current)) return undefined;
      current = current[segment < 0 ? current.length + segment : segment];
    } else if (typeof current === "object" && !Array.isArray(current)) {
      current = (current as Record<string, Json>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

interface Pseudo {
  op: "has" | "not" | "contains";
  arg: string;
}

/** Splits `path:has(x):not(:contains(y))` into the path and its pseudo-classes (nesting aware). */
export function splitJsonSelector(selector: string): { path: string; pseudos: Pseudo[] } {
  const pseudos: Pseudo[] = [];
  const first = selector.search(/:(has|not|contains)\(/);
  const path = first === -1 ? selector : selector.slice(0, first);
  let i = first;
  while (i !== -1 && i < selector.length) {
    const match = selector.slice(i).match(/^:(has|not|contains)\(/);
    if (!match) throw new Error(`unexpected "${selector.slice(i)}" in JSON selector`);
    let depth = 1;
    let j = i + match[0].length;
    let quote: string | null = null;
    for (; j < selector.length && depth > 0; j++) {
      const c = selector[j];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
    }
    if (depth !== 0) throw new Error(`unbalanced parentheses in JSON selector "${selector}"`);
    pseudos.push({ op: match[1] as Pseudo["op"], arg: selector.slice(i + match[0].length, j - 1) });
    i = j;
  }
  return { path, pseudos };
}

const unquote = (text: string) => text.trim().replace(/^(["'])(.*)\1$/, "$2");
const textOf = (value: Json) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));

/** The value a selector picks from `value`, or undefined when the path is missing or a pseudo-class fails. */
export function selectJson(value: Json, selector: string): Json {
  const { path, pseudos } = splitJsonSelector(selector.trim());
  const selected = path.trim() ? resolveJsonPath(value, path) : value;
  if (selected === undefined || selected === null) return undefined;
  for (const { op, arg } of pseudos) {
    if (op === "has" && selectJson(selected, arg) === undefined) return undefined;
    if (op === "not" && selectJson(selected, arg) !== undefined) return undefined;
    if (op === "contains" && !textOf(selected).includes(unquote(arg))) return undefined;
  }
  return selected;
}

/** The rows of a JSON answer: the array at the path, kept where the pseudo-classes hold. */
export function selectJsonRows(value: Json, selector: string): Json[] {
  const { path, pseudos } = splitJsonSelector(selector.trim());
  const base = path.trim() ? resolveJsonPath(value, path) : value;
  const rows = Array.isArray(base) ? base : base && typeof base === "object" ? Object.values(base) : [];
  if (pseudos.length === 0) return rows;
  const rest = selector.trim().slice(path.length);
  return rows.filter((row) => selectJson(row, rest) !== undefined);
}
