import { goRegex } from "./go-regex";

/**
 * The Go text/template subset Cardigann definitions use: {{ .Field.Path }}, literals, pipelines,
 * if / else if / else / range / with / end, and, or, not, eq, ne, lt, le, gt, ge, len, join,
 * re_replace, index, print, printf, and {{- -}} whitespace trimming. Parse errors throw
 * TemplateError; evaluation never throws for missing values (they render as "").
 */
export class TemplateError extends Error {
  override name = "TemplateError";
}

type Term =
  | { t: "field"; path: string[] }
  | { t: "var"; name: string; path: string[] }
  | { t: "lit"; value: TemplateValue }
  | { t: "pipe"; pipe: Pipeline };
interface Command {
  fn: string | null;
  args: Term[];
}
type Pipeline = Command[];
type Node =
  | { k: "text"; value: string }
  | { k: "out"; pipe: Pipeline }
  | { k: "if"; branches: { cond: Pipeline; body: Node[] }[]; otherwise: Node[] | null }
  | { k: "range"; pipe: Pipeline; body: Node[]; otherwise: Node[] | null }
  | { k: "with"; pipe: Pipeline; body: Node[]; otherwise: Node[] | null };

export type TemplateValue =
  string | number | boolean | null | undefined | TemplateValue[] | { [key: string]: TemplateValue };
export type TemplateData = { [key: string]: TemplateValue };

// ── lexing ────────────────────────────────────────────────────────────────────────────────────

interface RawPart {
  kind: "text" | "action";
  value: string;
}

function split(source: string): RawPart[] {
  const parts: RawPart[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("{{", i);
    if (open === -1) {
      parts.push({ kind: "text", value: source.slice(i) });
      break;
    }
    let text = source.slice(i, open);
    let j = open + 2;
    const trimLeft = source[j] === "-" && /\s/.test(source[j + 1] ?? " ");
    if (trimLeft) {
      text = text.replace(/\s+$/, "");
      j++;
    }
    if (text) parts.push({ kind: "text", value: text });
    let quote: string | null = null;
    let k = j;
    for (; k < source.length; k++) {
      const c = source[k];
      if (quote) {
        if (c === "\\" && quote === '"') k++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "`") quote = c;
      else if (c === "}" && source[k + 1] === "}") break;
    }
    if (k >= source.length) throw new TemplateError(`unclosed action at ${open}`);
    let inner = source.slice(j, k);
    let next = k + 2;
    if (/\s-$/.test(inner) || inner === "-") {
      inner = inner.slice(0, -1);
      while (next < source.length && /\s/.test(source[next])) next++;
    }
    parts.push({ kind: "action", value: inner.trim() });
    i = next;
  }
  return parts;
}

type Token = { t: "field" | "var" | "str" | "num" | "ident" | "(" | ")" | "|" | ":=" | ","; v: string };

function tokenize(action: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < action.length) {
    const c = action[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")" || c === "|" || c === ",") {
      tokens.push({ t: c, v: c });
      i++;
    } else if (c === ":" && action[i + 1] === "=") {
      tokens.push({ t: ":=", v: ":=" });
      i += 2;
    } else if (c === '"') {
      let j = i + 1;
      let value = "";
      for (; j < action.length && action[j] !== '"'; j++) {
        if (action[j] === "\\") {
          j++;
          const e = action[j];
          value += e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e;
        } else value += action[j];
      }
      if (j >= action.length) throw new TemplateError("unterminated string");
      tokens.push({ t: "str", v: value });
      i = j + 1;
    } else if (c === "`") {
      const j = action.indexOf("`", i + 1);
      if (j === -1) throw new TemplateError("unterminated raw string");
      tokens.push({ t: "str", v: action.slice(i + 1, j) });
      i = j + 1;
    } else if (c === "." || c === "$") {
      const match =
        c === "$"
          ? action.slice(i).match(/^\$[A-Za-z0-9_]*(\.[A-Za-z0-9_-]+)*/)
          : action.slice(i).match(/^(\.[A-Za-z0-9_-]+)+/);
      const whole = match?.[0] || c;
      tokens.push({ t: c === "$" ? "var" : "field", v: whole });
      i += whole.length;
    } else if (/[-+0-9]/.test(c)) {
      const match = action.slice(i).match(/^[-+]?\d+(\.\d+)?/);
      if (!match) throw new TemplateError(`unexpected "${c}"`);
      tokens.push({ t: "num", v: match[0] });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = action.slice(i).match(/^[A-Za-z_][A-Za-z0-9_]*/)!;
      tokens.push({ t: "ident", v: match[0] });
      i += match[0].length;
    } else {
      throw new TemplateError(`unexpected "${c}" in {{${action}}}`);
    }
  }
  return tokens;
}

// ── parsing ───────────────────────────────────────────────────────────────────────────────────

const FUNCTIONS = new Set([
  "and",
  "or",
  "not",
  "eq",
  "ne",
  "lt",
  "le",
  "gt",
  "ge",
  "len",
  "join",
  "re_replace",
  "index",
  "print",
  "printf",
  "println",
]);

function fieldPath(value: string): string[] {
  return value.split(".").filter(Boolean);
}

function parsePipeline(tokens: Token[], pos: { i: number }, nested: boolean): Pipeline {
  const commands: Pipeline = [];
  let current: Command | null = null;
  while (pos.i < tokens.length) {
    const token = tokens[pos.i];
    if (token.t === ")") {
      if (nested) break;
      pos.i++; // a stray ")" (seen in real definitions): ignored like Prowlarr does
      continue;
    }
    if (token.t === "|") {
      if (!current) throw new TemplateError("empty pipeline stage");
      commands.push(current);
      current = null;
      pos.i++;
      continue;
    }
    current ??= { fn: null, args: [] };
    if (token.t === "ident" && current.fn === null && current.args.length === 0) {
      if (token.v === "true" || token.v === "false") current.args.push({ t: "lit", value: token.v === "true" });
      else if (token.v === "nil") current.args.push({ t: "lit", value: null });
      else if (FUNCTIONS.has(token.v)) current.fn = token.v;
      else throw new TemplateError(`unknown function "${token.v}"`);
      pos.i++;
      continue;
    }
    current.args.push(parseTerm(tokens, pos));
  }
  if (current) commands.push(current);
  if (commands.length === 0) throw new TemplateError("empty action");
  return commands;
}

function parseTerm(tokens: Token[], pos: { i: number }): Term {
  const token = tokens[pos.i++];
  switch (token.t) {
    case "field":
      return { t: "field", path: fieldPath(token.v) };
    case "var": {
      const [name, ...rest] = token.v.split(".");
      return { t: "var", name, path: rest.filter(Boolean) };
    }
    case "str":
      return { t: "lit", value: token.v };
    case "num":
      return { t: "lit", value: Number(token.v) };
    case "ident":
      if (token.v === "true" || token.v === "false") return { t: "lit", value: token.v === "true" };
      if (token.v === "nil") return { t: "lit", value: null };
      throw new TemplateError(`unexpected "${token.v}"`);
    case "(": {
      const pipe = parsePipeline(tokens, pos, true);
      if (tokens[pos.i]?.t !== ")") throw new TemplateError("missing )");
      pos.i++;
      return { t: "pipe", pipe };
    }
    default:
      throw new TemplateError(`unexpected "${token.v}"`);
  }
}

function parseBody(
  parts: RawPart[],
  pos: { i: number },
  stopAt: Set<string>,
): { nodes: Node[]; stop: string | null; rest: Token[] } {
  const nodes: Node[] = [];
  while (pos.i < parts.length) {
    const part = parts[pos.i++];
    if (part.kind === "text") {
      nodes.push({ k: "text", value: part.value });
      continue;
    }
    if (part.value.startsWith("/*")) continue;
    const tokens = tokenize(part.value);
    const head = tokens[0];
    if (!head) continue;
    if (head.t === "ident" && (head.v === "end" || head.v === "else")) {
      if (!stopAt.has(head.v)) throw new TemplateError(`unexpected {{${head.v}}}`);
      return { nodes, stop: head.v, rest: tokens.slice(1) };
    }
    if (head.t === "ident" && (head.v === "if" || head.v === "range" || head.v === "with")) {
      nodes.push(parseBlock(head.v, tokens.slice(1), parts, pos));
      continue;
    }
    nodes.push({ k: "out", pipe: parsePipeline(tokens, { i: 0 }, false) });
  }
  if (stopAt.size) throw new TemplateError("missing {{end}}");
  return { nodes, stop: null, rest: [] };
}

function parseBlock(kind: "if" | "range" | "with", tokens: Token[], parts: RawPart[], pos: { i: number }): Node {
  // range $i, $e := pipeline: the variables are dropped, `.` is the element as in Prowlarr.
  const assign = tokens.findIndex((t) => t.t === ":=");
  const pipe = parsePipeline(assign >= 0 ? tokens.slice(assign + 1) : tokens, { i: 0 }, false);
  const body = parseBody(parts, pos, new Set(["end", "else"]));
  if (kind === "if") {
    const branches = [{ cond: pipe, body: body.nodes }];
    let otherwise: Node[] | null = null;
    let current = body;
    while (current.stop === "else") {
      if (current.rest[0]?.t === "ident" && current.rest[0].v === "if") {
        const cond = parsePipeline(current.rest.slice(1), { i: 0 }, false);
        current = parseBody(parts, pos, new Set(["end", "else"]));
        branches.push({ cond, body: current.nodes });
      } else {
        current = parseBody(parts, pos, new Set(["end"]));
        otherwise = current.nodes;
      }
    }
    return { k: "if", branches, otherwise };
  }
  let otherwise: Node[] | null = null;
  if (body.stop === "else") otherwise = parseBody(parts, pos, new Set(["end"])).nodes;
  return { k: kind, pipe, body: body.nodes, otherwise };
}

const cache = new Map<string, Node[]>();

export function parseTemplate(source: string): Node[] {
  let nodes = cache.get(source);
  if (!nodes) {
    nodes = parseBody(split(source), { i: 0 }, new Set()).nodes;
    if (cache.size > 5000) cache.clear();
    cache.set(source, nodes);
  }
  return nodes;
}

// ── evaluation ────────────────────────────────────────────────────────────────────────────────

export function truthy(value: TemplateValue): boolean {
  if (value === null || value === undefined || value === false || value === "" || value === 0) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

export function stringify(value: TemplateValue): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(stringify).join(" ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const same = (a: TemplateValue, b: TemplateValue) => {
  const na = a === undefined || a === null || a === "";
  const nb = b === undefined || b === null || b === "";
  if (na || nb) return na && nb;
  return typeof a === typeof b ? a === b : String(a) === String(b);
};

function compare(a: TemplateValue, b: TemplateValue): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return stringify(a).localeCompare(stringify(b));
}

function lookup(base: TemplateValue, path: string[]): TemplateValue {
  let current = base;
  for (const key of path) {
    if (current === null || current === undefined || typeof current !== "object" || Array.isArray(current))
      return undefined;
    current = (current as Record<string, TemplateValue>)[key];
  }
  return current;
}

interface Scope {
  root: TemplateData;
  dot: TemplateValue;
}

function evalTerm(term: Term, scope: Scope): TemplateValue {
  switch (term.t) {
    case "lit":
      return term.value;
    case "pipe":
      return evalPipeline(term.pipe, scope);
    case "var":
      return lookup(scope.root, term.path);
    case "field": {
      if (term.path.length === 0) return scope.dot;
      // Inside range/with `.` is the element; names it lacks resolve against the root, like Prowlarr.
      const fromDot = lookup(scope.dot, term.path);
      return fromDot !== undefined || scope.dot === scope.root ? fromDot : lookup(scope.root, term.path);
    }
  }
}

function call(fn: string, args: TemplateValue[]): TemplateValue {
  switch (fn) {
    case "and": {
      for (const arg of args) if (!truthy(arg)) return arg;
      return args[args.length - 1];
    }
    case "or": {
      for (const arg of args) if (truthy(arg)) return arg;
      return args[args.length - 1];
    }
    case "not":
      return !truthy(args[0]);
    case "eq":
      return args.slice(1).some((arg) => same(args[0], arg));
    case "ne":
      return !same(args[0], args[1]);
    case "lt":
      return compare(args[0], args[1]) < 0;
    case "le":
      return compare(args[0], args[1]) <= 0;
    case "gt":
      return compare(args[0], args[1]) > 0;
    case "ge":
      return compare(args[0], args[1]) >= 0;
    case "len": {
      const value = args[0];
      if (Array.isArray(value)) return value.length;
      if (value && typeof value === "object") return Object.keys(value).length;
      return stringify(value).length;
    }
    case "join": {
      const [list, separator] = args;
      return Array.isArray(list) ? list.map(stringify).join(stringify(separator)) : stringify(list);
    }
    case "re_replace": {
      const [value, pattern, replacement] = args;
      return stringify(value).replace(goRegex(stringify(pattern), "g"), goReplacement(stringify(replacement)));
    }
    case "index": {
      let current = args[0];
      for (const key of args.slice(1)) {
        if (Array.isArray(current)) current = current[Number(key)];
        else if (current && typeof current === "object")
          current = (current as Record<string, TemplateValue>)[stringify(key)];
        else return undefined;
      }
      return current;
    }
    case "print":
      return args.map(stringify).join("");
    case "println":
      return `${args.map(stringify).join(" ")}\n`;
    case "printf": {
      const rest = args.slice(1);
      return stringify(args[0]).replace(/%[sdv]/g, () => stringify(rest.shift()));
    }
    default:
      throw new TemplateError(`unknown function "${fn}"`);
  }
}

function evalPipeline(pipe: Pipeline, scope: Scope): TemplateValue {
  let result: TemplateValue = undefined;
  pipe.forEach((command, index) => {
    const args = command.args.map((arg) => evalTerm(arg, scope));
    if (index > 0) args.push(result);
    if (command.fn) result = call(command.fn, args);
    else result = args[0];
  });
  return result;
}

function render(nodes: Node[], scope: Scope, escape: (s: string) => string): string {
  let out = "";
  for (const node of nodes) {
    switch (node.k) {
      case "text":
        out += node.value;
        break;
      case "out":
        out += escape(stringify(evalPipeline(node.pipe, scope)));
        break;
      case "if": {
        const branch = node.branches.find((b) => truthy(evalPipeline(b.cond, scope)));
        if (branch) out += render(branch.body, scope, escape);
        else if (node.otherwise) out += render(node.otherwise, scope, escape);
        break;
      }
      case "with": {
        const value = evalPipeline(node.pipe, scope);
        if (truthy(value)) out += render(node.body, { root: scope.root, dot: value }, escape);
        else if (node.otherwise) out += render(node.otherwise, scope, escape);
        break;
      }
      case "range": {
        const value = evalPipeline(node.pipe, scope);
        const items = Array.isArray(value) ? value : value && typeof value === "object" ? Object.values(value) : [];
        if (items.length === 0 && node.otherwise) out += render(node.otherwise, scope, escape);
        for (const item of items) out += render(node.body, { root: scope.root, dot: item }, escape);
        break;
      }
    }
  }
  return out;
}

/** Renders a template; `escape` is applied to every value printed (URL-encoding in paths). */
export function applyTemplate(source: string, data: TemplateData, escape: (s: string) => string = (s) => s): string {
  if (!source.includes("{{")) return source;
  return render(parseTemplate(source), { root: data, dot: data }, escape);
}

/** Go's $1 / ${1} / ${name} replacement syntax, in JavaScript's form. */
export function goReplacement(replacement: string): string {
  return replacement.replace(/\$\{(\w+)\}/g, (_, name: string) => (/^\d+$/.test(name) ? `$${name}` : `$<${name}>`));
}
