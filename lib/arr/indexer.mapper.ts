import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import type { CreateIndexerInput, IndexerView, UpdateIndexerInput } from "@/lib/indexers";
import type { Persona } from "./persona";

/** Newznab category ranges: a parent's thousand and its custom 10× range (2000–2999 and 20000–29999 for movies). */
const inRange = (id: number, base: number) =>
  (id >= base && id < base + 1000) || (id >= base * 10 && id < base * 10 + 10000);
const isMovie = (id: number) => inRange(id, 2000);
const isTv = (id: number) => inRange(id, 5000);
/** Sonarr's anime categories (Prowlarr sends them apart); Mydia keeps one list. */
const ANIME = new Set([5070]);

/**
 * One Mydia indexer serves both personas: Prowlarr syncs movie categories to Radarr and TV ones to
 * Sonarr, and Mydia keeps their union (a search asks only the categories of its type). Each persona
 * sees and changes its own categories; an indexer with only the other side's categories is not its.
 */
export function visibleTo(persona: Persona, categories: readonly number[]): boolean {
  const movies = categories.some(isMovie);
  const tv = categories.some(isTv);
  return persona === "radarr" ? movies || !tv : tv || !movies;
}

const otherSide = (persona: Persona, categories: readonly number[]) =>
  categories.filter((c) => (persona === "radarr" ? isTv(c) : isMovie(c)));

function sideOf(persona: Persona, categories: readonly number[]) {
  const own = categories.filter((c) => (persona === "radarr" ? !isTv(c) : !isMovie(c)));
  if (persona === "radarr") return { categories: own, animeCategories: [] as number[] };
  return { categories: own.filter((c) => !ANIME.has(c)), animeCategories: own.filter((c) => ANIME.has(c)) };
}

type Implementation = "Torznab" | "Newznab";
const IMPLEMENTATIONS: Record<Implementation, { kind: "torznab" | "newznab"; protocol: "torrent" | "usenet" }> = {
  Torznab: { kind: "torznab", protocol: "torrent" },
  Newznab: { kind: "newznab", protocol: "usenet" },
};

interface Field {
  order: number;
  name: string;
  label: string;
  value: unknown;
  type: string;
  advanced: boolean;
  privacy: "normal" | "apiKey";
  isFloat: boolean;
  helpText?: string;
}
const field = (
  order: number,
  name: string,
  label: string,
  value: unknown,
  type: string,
  extra: Partial<Field> = {},
): Field => ({ order, name, label, value, type, advanced: false, privacy: "normal", isFloat: false, ...extra });

/** The settings fields of a Torznab/Newznab indexer as Radarr/Sonarr name them; the API key is never sent back. */
function fieldsOf(persona: Persona, implementation: Implementation, v: IndexerValues): Field[] {
  const side = sideOf(persona, v.categories);
  const fields = [
    field(0, "baseUrl", "URL", v.baseUrl, "textbox"),
    field(1, "apiPath", "API Path", v.apiPath, "textbox", { advanced: true }),
    field(2, "apiKey", "API Key", v.apiKeySet ? "********" : "", "textbox", { privacy: "apiKey" }),
    field(3, "categories", "Categories", side.categories, "select"),
  ];
  if (persona === "sonarr")
    fields.push(field(4, "animeCategories", "Anime Categories", side.animeCategories, "select"));
  fields.push(field(5, "additionalParameters", "Additional Parameters", "", "textbox", { advanced: true }));
  if (implementation === "Torznab") {
    fields.push(field(6, "minimumSeeders", "Minimum Seeders", v.minimumSeeders, "number"));
    const seed = "Mydia applies seed goals per download client (Settings → Download clients), not per indexer";
    fields.push(field(7, "seedCriteria.seedRatio", "Seed Ratio", null, "textbox", { isFloat: true, helpText: seed }));
    fields.push(field(8, "seedCriteria.seedTime", "Seed Time", null, "number", { helpText: seed }));
    if (persona === "sonarr")
      fields.push(
        field(9, "seedCriteria.seasonPackSeedTime", "Season-Pack Seed Time", null, "number", { helpText: seed }),
      );
  }
  return fields;
}

interface IndexerValues {
  name: string;
  kind: string;
  baseUrl: string;
  apiPath: string;
  apiKeySet: boolean;
  categories: number[];
  minimumSeeders: number;
  enableRss: boolean;
  enableAutomatic: boolean;
  enableInteractive: boolean;
  priority: number;
  protocol: "torrent" | "usenet";
}

const implementationOf = (kind: string): Implementation => (kind === "newznab" ? "Newznab" : "Torznab");

function resourceOf(persona: Persona, v: IndexerValues, id: number | undefined) {
  const implementation = implementationOf(v.kind);
  return {
    ...(id !== undefined ? { id } : {}),
    name: v.name,
    fields: fieldsOf(persona, implementation, v),
    implementationName: implementation,
    implementation,
    configContract: `${implementation}Settings`,
    infoLink: `https://wiki.servarr.com/${persona}/supported#${implementation.toLowerCase()}`,
    tags: [] as number[],
    enableRss: v.enableRss,
    enableAutomaticSearch: v.enableAutomatic,
    enableInteractiveSearch: v.enableInteractive,
    supportsRss: true,
    supportsSearch: true,
    protocol: v.protocol,
    priority: v.priority,
    downloadClientId: 0,
    ...(persona === "sonarr" ? { seasonSearchMaximumSingleEpisodeAge: 0 } : {}),
  };
}

/** A Mydia indexer as IndexerResource; Cardigann indexers show as Torznab (they answer like one inside Mydia). */
export function toArrIndexer(persona: Persona, indexer: IndexerView, id: number) {
  return resourceOf(
    persona,
    {
      ...indexer,
      apiKeySet: indexer.secretsSet.includes("apiKey"),
    },
    id,
  );
}

/** Templates for `indexer/schema`: the two protocols Prowlarr syncs, with Radarr/Sonarr's default categories. */
export function arrIndexerSchema(persona: Persona) {
  const categories = persona === "radarr" ? [2000, 2010, 2020, 2030, 2040, 2045, 2050, 2060] : [5030, 5040];
  return (Object.keys(IMPLEMENTATIONS) as Implementation[]).map((implementation) => ({
    ...resourceOf(
      persona,
      {
        name: "",
        kind: IMPLEMENTATIONS[implementation].kind,
        baseUrl: "",
        apiPath: "/api",
        apiKeySet: false,
        categories: persona === "sonarr" ? [...categories, 5070] : categories,
        minimumSeeders: 1,
        enableRss: true,
        enableAutomatic: true,
        enableInteractive: true,
        priority: 25,
        protocol: IMPLEMENTATIONS[implementation].protocol,
      },
      undefined,
    ),
    presets: [],
  }));
}

const fieldIn = z.object({ name: z.string(), value: z.unknown().optional() });
/** IndexerResource as Prowlarr's app sync and the *arr UIs send it. */
export const arrIndexerBody = z.object({
  id: z.number().int().optional(),
  name: z.string().trim().min(1, "Give the indexer a name"),
  implementation: z.string(),
  fields: z.array(fieldIn).default([]),
  enableRss: z.boolean().default(true),
  enableAutomaticSearch: z.boolean().default(true),
  enableInteractiveSearch: z.boolean().default(true),
  priority: z.number().int().default(25),
  tags: z.array(z.number().int()).nullish(),
  protocol: z.string().nullish(),
});
export type ArrIndexerBody = z.output<typeof arrIndexerBody>;

const categoryList = z.array(z.coerce.number().int()).nullish();
const settings = z.object({
  baseUrl: z.string({ error: "is required" }).trim().min(1, "is required"),
  apiPath: z.string().trim().nullish(),
  apiKey: z.string().nullish(),
  categories: categoryList,
  animeCategories: categoryList,
  minimumSeeders: z.coerce.number().int().min(0).nullish(),
  additionalParameters: z.string().nullish(),
  "seedCriteria.seedRatio": z.unknown().optional(),
  "seedCriteria.seedTime": z.unknown().optional(),
  "seedCriteria.seasonPackSeedTime": z.unknown().optional(),
});

function readSettings(body: ArrIndexerBody) {
  const values = Object.fromEntries(body.fields.map((f) => [f.name, f.value]));
  const parsed = settings.safeParse(values);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? ""), i.message]));
    throw new ValidationError("The indexer's settings are not valid", { fields });
  }
  if (parsed.data.additionalParameters?.trim())
    throw new ValidationError("Additional parameters are not supported", {
      fields: { additionalParameters: "Mydia sends no extra Torznab/Newznab parameters; leave this empty" },
    });
  return parsed.data;
}

function implementationIn(body: ArrIndexerBody) {
  const implementation = IMPLEMENTATIONS[body.implementation as Implementation];
  if (!implementation)
    throw new ValidationError(`Unsupported indexer implementation ${body.implementation}`, {
      fields: { implementation: "Mydia takes Torznab and Newznab indexers (Prowlarr's app sync sends those)" },
    });
  return implementation;
}

/** The secret Radarr shows as stars comes back unchanged on PUT: keep the stored key. */
const enteredKey = (key: string | null | undefined) => (key && !/^\*+$/.test(key) ? key : undefined);

/** A new Mydia indexer from the resource. */
export function createInputOf(persona: Persona, body: ArrIndexerBody): CreateIndexerInput {
  const implementation = implementationIn(body);
  const s = readSettings(body);
  return {
    kind: implementation.kind,
    name: body.name,
    protocol: implementation.protocol,
    baseUrl: s.baseUrl,
    apiPath: s.apiPath ?? "/api",
    apiKey: enteredKey(s.apiKey),
    enableRss: body.enableRss,
    enableAutomatic: body.enableAutomaticSearch,
    enableInteractive: body.enableInteractiveSearch,
    priority: Math.min(50, Math.max(1, body.priority)),
    categories: [...new Set([...(s.categories ?? []), ...(persona === "sonarr" ? (s.animeCategories ?? []) : [])])],
    minimumSeeders: s.minimumSeeders ?? 1,
  };
}

/** The change the resource makes to a stored indexer: this persona's categories are replaced, the other's kept. */
export function updateInputOf(persona: Persona, body: ArrIndexerBody, stored: IndexerView): UpdateIndexerInput {
  const created = createInputOf(persona, body);
  if (implementationIn(body).kind !== stored.kind)
    throw new ValidationError("The implementation of an indexer cannot change", {
      fields: { implementation: `This indexer is ${implementationOf(stored.kind)}` },
    });
  const { kind: _kind, apiKey, categories, ...rest } = created;
  return {
    ...rest,
    ...(apiKey ? { apiKey } : {}),
    categories: [...new Set([...otherSide(persona, stored.categories), ...(categories ?? [])])],
  };
}

/** Categories left when a persona withdraws the indexer: the other side's, if any. */
export const categoriesAfterWithdrawal = (persona: Persona, categories: readonly number[]) =>
  otherSide(persona, categories);

/** Same address: the indexer the other persona's sync already created. */
export const sameAddress = (a: { baseUrl: string; apiPath: string }, b: { baseUrl: string; apiPath: string }) =>
  a.baseUrl.replace(/\/+$/, "") === b.baseUrl.replace(/\/+$/, "") &&
  (a.apiPath || "/api").replace(/\/+$/, "") === (b.apiPath || "/api").replace(/\/+$/, "");
