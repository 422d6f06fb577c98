import { load as loadHtml } from "cheerio";
import { parse as parseYaml } from "yaml";
import { newznabCategories, type CategoryMapping } from "./categories";
import { compileDotNetFormat, compileGoLayout, isGoLayout } from "./dates";
import {
  definitionSchema,
  type DownloadBlock,
  type FilterBlock,
  type LoginBlock,
  type RawDefinition,
  type SearchPathBlock,
  type SelectorBlock,
  type SettingField,
} from "./definition.schema";
import { goRegex } from "./go-regex";
import { splitJsonSelector } from "./json-path";
import { fixCss } from "./css";
import { applyTemplate, parseTemplate } from "./template";

/** A validated definition with Prowlarr's defaults applied (CleanIndexerDefinition). */
export interface Definition {
  id: string;
  name: string;
  description: string;
  language: string;
  type: RawDefinition["type"];
  encoding: string;
  links: string[];
  legacyLinks: string[];
  settings: SettingField[];
  login: (LoginBlock & { method: NonNullable<LoginBlock["method"]> }) | null;
  search: Omit<RawDefinition["search"], "path" | "paths"> & { paths: SearchPathBlock[] };
  download: DownloadBlock | null;
  categoryMappings: CategoryMapping[];
  modes: RawDefinition["caps"]["modes"];
  requestDelayMs: number;
  followRedirect: boolean;
  responseType: "html" | "json" | "xml";
}

export interface LoadedDefinition {
  definition: Definition;
  /** Why it cannot run at all (CAPTCHA, templates or selectors the engine cannot compile). */
  unsupported: string[];
  /** Runs, with a caveat the settings form shows (2FA, Cloudflare). */
  warnings: string[];
}

export class DefinitionError extends Error {
  override name = "DefinitionError";
  constructor(readonly problems: string[]) {
    super(
      `Invalid Cardigann definition: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ""}`,
    );
  }
}

function normalize(raw: RawDefinition): Definition {
  const categoryMappings: CategoryMapping[] = raw.caps.categorymappings
    ? raw.caps.categorymappings.map((m) => ({
        trackerId: String(m.id),
        newznab: newznabCategories[m.cat],
        desc: m.desc ?? null,
        isDefault: m.default === true,
      }))
    : Object.entries(raw.caps.categories ?? {}).map(([id, cat]) => ({
        trackerId: id,
        newznab: newznabCategories[cat],
        desc: null,
        isDefault: false,
      }));
  const { path, paths, ...search } = raw.search;
  const allPaths: SearchPathBlock[] = paths
    ? paths.map((p) => ({ inheritinputs: true, ...p }))
    : [{ path: path!, inheritinputs: true }];
  const responseType = allPaths[0]?.response?.type ?? "html";
  return {
    id: raw.id,
    name: raw.name,
    description: raw.description,
    language: raw.language,
    type: raw.type,
    encoding: raw.encoding || "UTF-8",
    links: raw.links,
    legacyLinks: raw.legacylinks ?? [],
    settings: raw.settings ?? [
      { name: "username", label: "Username", type: "text" },
      { name: "password", label: "Password", type: "password" },
    ],
    login: raw.login ? { ...raw.login, method: raw.login.method ?? "form" } : null,
    search: { ...search, paths: allPaths },
    download: raw.download ?? null,
    categoryMappings,
    modes: raw.caps.modes,
    requestDelayMs: Math.round((raw.requestDelay ?? 0) * 1000),
    followRedirect: raw.followredirect ?? false,
    responseType,
  };
}

/** Parses and validates a YAML definition; DefinitionError lists every problem. */
export function parseDefinition(yamlText: string): Definition {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { uniqueKeys: false, maxAliasCount: 1000 });
  } catch (error) {
    throw new DefinitionError([`YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = definitionSchema.safeParse(data);
  if (!result.success) {
    throw new DefinitionError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "definition"}: ${issue.message}`),
    );
  }
  return normalize(result.data);
}

// ── static checks: can the engine run it? ─────────────────────────────────────────────────────

const dummyData = {
  Config: {},
  Query: {},
  Result: {},
  Keywords: "",
  Categories: [],
  Today: { Year: "2026" },
  True: "True",
  False: null,
};

function checkTemplate(source: unknown, where: string, problems: string[]): void {
  if (typeof source !== "string" || !source.includes("{{")) return;
  try {
    parseTemplate(source);
  } catch (error) {
    problems.push(`template in ${where}: ${(error as Error).message}`);
  }
}

interface Findings {
  unsupported: string[];
  warnings: string[];
}

function checkFilters(
  filters: FilterBlock[] | undefined,
  where: string,
  problems: string[],
  findings?: Findings,
): void {
  for (const filter of filters ?? []) {
    const args =
      filter.args === undefined ? [] : Array.isArray(filter.args) ? filter.args.map(String) : [String(filter.args)];
    try {
      if (filter.name === "re_replace" || filter.name === "regexp") goRegex(args[0] ?? "");
    } catch (error) {
      // A clean-up regex JavaScript cannot express (.NET balancing groups) is skipped at run time.
      (findings?.warnings ?? problems).push(
        `${filter.name} filter in ${where} is skipped: ${(error as Error).message}`,
      );
    }
    try {
      if ((filter.name === "dateparse" || filter.name === "timeparse") && args[0])
        (isGoLayout(args[0]) ? compileGoLayout : compileDotNetFormat)(args[0]);
    } catch (error) {
      problems.push(`${filter.name} filter in ${where}: ${(error as Error).message}`);
    }
    for (const arg of args) checkTemplate(arg, `${filter.name} filter in ${where}`, problems);
  }
}

const $probe = loadHtml("<html><body></body></html>");

function checkCss(selector: string | undefined, where: string, problems: string[]): void {
  if (!selector) return;
  try {
    $probe(fixCss(applyTemplate(selector, dummyData)));
  } catch (error) {
    problems.push(`CSS selector in ${where} ("${selector}"): ${(error as Error).message}`);
  }
}

function checkSelector(
  block: SelectorBlock | undefined,
  where: string,
  json: boolean,
  problems: string[],
  findings?: Findings,
): void {
  if (!block) return;
  // An optional selector the CSS parser rejects just finds nothing at run time.
  if (block.optional && findings && problems === findings.unsupported) {
    const local: string[] = [];
    checkSelector(block, where, json, local, undefined);
    for (const problem of local) findings.warnings.push(`${problem} (optional: treated as empty)`);
    return;
  }
  checkTemplate(block.text, where, problems);
  checkTemplate(block.selector, where, problems);
  if (block.selector !== undefined) {
    if (json) {
      try {
        splitJsonSelector(applyTemplate(block.selector, dummyData));
      } catch (error) {
        problems.push(`JSON selector in ${where}: ${(error as Error).message}`);
      }
    } else checkCss(block.selector, where, problems);
  }
  if (!json) {
    checkCss(block.remove, `${where}.remove`, problems);
    for (const key of Object.keys(block.case ?? {})) checkCss(key, `${where}.case`, problems);
  }
  checkFilters(block.filters, where, problems, findings);
}

/** What keeps a definition from running, and caveats; empty `unsupported` = runnable end to end. */
export function checkDefinition(definition: Definition): { unsupported: string[]; warnings: string[] } {
  const unsupported: string[] = [];
  const warnings: string[] = [];
  const json = definition.responseType === "json";
  const login = definition.login;
  if (login?.captcha) unsupported.push("CAPTCHA at login: Mydia cannot show or solve it");
  const twoFactor = definition.settings.find(
    (s) => /^(2fa|otp|totp|2facode|mfa)/i.test(s.name) && s.type !== "info" && !s.type.startsWith("info_"),
  );
  if (twoFactor) warnings.push("asks for a one-time 2FA code at login: runs only while 2FA is off for the account");
  if (definition.settings.some((s) => s.type === "info_flaresolverr")) {
    warnings.push("the site may sit behind a Cloudflare challenge, which Mydia does not solve (no FlareSolverr)");
  }

  for (const path of definition.search.paths) {
    checkTemplate(path.path, "search path", unsupported);
    for (const [key, value] of Object.entries(path.inputs ?? {}))
      checkTemplate(value, `search path input ${key}`, unsupported);
  }
  for (const [key, value] of Object.entries(definition.search.inputs ?? {}))
    checkTemplate(value, `search input ${key}`, unsupported);
  for (const [key, values] of Object.entries(definition.search.headers ?? {}))
    values.forEach((v) => checkTemplate(v, `search header ${key}`, unsupported));
  checkFilters(definition.search.keywordsfilters, "keywordsfilters", unsupported, { unsupported, warnings });
  checkFilters(definition.search.preprocessingfilters, "preprocessingfilters", unsupported, { unsupported, warnings });
  const rows = definition.search.rows;
  checkTemplate(rows.selector, "rows", unsupported);
  if (rows.selector && !json) checkCss(rows.selector, "rows", unsupported);
  if (rows.selector && json) {
    try {
      splitJsonSelector(applyTemplate(rows.selector, dummyData));
    } catch (error) {
      unsupported.push(`JSON rows selector: ${(error as Error).message}`);
    }
  }
  checkSelector(rows.dateheaders, "rows.dateheaders", false, unsupported);
  checkSelector(rows.count, "rows.count", json, unsupported);
  const findings = { unsupported, warnings };
  for (const [name, block] of Object.entries(definition.search.fields))
    checkSelector(block, `field ${name}`, json, unsupported, findings);
  // Error checks that cannot be compiled are skipped: the search still runs.
  for (const error of definition.search.error ?? []) checkCss(error.selector, "search error check (skipped)", warnings);

  if (login) {
    checkTemplate(login.path, "login path", unsupported);
    checkTemplate(login.submitpath, "login submitpath", unsupported);
    for (const [key, value] of Object.entries(login.inputs ?? {}))
      checkTemplate(value, `login input ${key}`, unsupported);
    for (const [key, block] of Object.entries({ ...login.selectorinputs, ...login.getselectorinputs }))
      checkSelector(block, `login selector input ${key}`, false, unsupported);
    checkCss(login.form, "login form", unsupported);
    checkCss(login.test?.selector, "login test", unsupported);
    for (const error of login.error ?? []) checkCss(error.selector, "login error check (skipped)", warnings);
  }
  const download = definition.download;
  if (download) {
    for (const selector of download.selectors ?? []) {
      checkTemplate(selector.selector, "download selector", unsupported);
      checkCss(selector.selector, "download selector", unsupported);
      checkFilters(selector.filters, "download selector", unsupported);
    }
    checkTemplate(download.before?.path, "download.before path", unsupported);
    checkCss(download.infohash?.hash?.selector, "download infohash", unsupported);
  }
  return { unsupported, warnings };
}

export function loadDefinition(yamlText: string): LoadedDefinition {
  const definition = parseDefinition(yamlText);
  return { definition, ...checkDefinition(definition) };
}
