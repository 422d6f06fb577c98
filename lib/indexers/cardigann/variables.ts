import type { SearchQuery } from "../search/query";
import { categoriesFor, textOf } from "../search/query";
import { trackerCategoriesFor } from "./categories";
import type { Definition } from "./load";
import { applyFilters } from "./filters";
import type { TemplateData, TemplateValue } from "./template";

export type SettingValues = Record<string, string | boolean>;

/** `.Config.*`: settings as Prowlarr exposes them (checkbox → ".True" or null, select → option key). */
export function configVariables(
  definition: Definition,
  values: SettingValues,
  siteLink: string,
): Record<string, TemplateValue> {
  const config: Record<string, TemplateValue> = { sitelink: siteLink };
  for (const setting of definition.settings) {
    const raw = values[setting.name] ?? setting.default;
    if (setting.type === "checkbox")
      config[setting.name] = raw === true || raw === "true" || raw === "True" ? ".True" : null;
    else if (raw === undefined || raw === null)
      config[setting.name] = setting.type === "select" ? (Object.keys(setting.options ?? {})[0] ?? null) : "";
    else config[setting.name] = String(raw);
  }
  return config;
}

export function baseVariables(
  definition: Definition,
  values: SettingValues,
  siteLink: string,
  now: Date,
): TemplateData {
  return {
    Config: configVariables(definition, values, siteLink),
    True: "True",
    False: null,
    Today: { Year: String(now.getUTCFullYear()), Month: String(now.getUTCMonth() + 1), Day: String(now.getUTCDate()) },
    Result: {},
  };
}

const has = (modes: string[] | undefined, param: string) => !!modes?.includes(param);

/** `.Query.*`, `.Keywords` and `.Categories` for a search, like Prowlarr's request generator. */
export function searchVariables(
  definition: Definition,
  base: TemplateData,
  query: SearchQuery,
  configuredCategories: number[],
  now: Date,
): TemplateData {
  const movieModes = definition.modes["movie-search"];
  const tvModes = definition.modes["tv-search"];
  const isMovie = query.type === "movie";
  const isTv = query.type === "tv";
  const modes = isMovie ? movieModes : isTv ? tvModes : undefined;
  const imdb = query.imdbId && has(modes, "imdbid") ? query.imdbId : null;
  const newznab =
    query.type === "search" || query.type === "rss"
      ? (query.categories ?? configuredCategories)
      : categoriesFor(query, configuredCategories);
  const pad = (n: number) => String(n).padStart(2, "0");
  const text = query.type === "rss" ? "" : textOf(query);
  const variables: TemplateData = {
    ...base,
    Query: {
      Type: isMovie ? "movie" : isTv ? "tvsearch" : "search",
      Q: query.q ?? "",
      Keywords: text,
      Series: isTv ? (query.q ?? null) : null,
      Movie: isMovie ? (query.q ?? null) : null,
      Year: query.year !== undefined ? String(query.year) : null,
      Season: isTv && query.season !== undefined ? String(query.season) : null,
      Ep: isTv && query.episode !== undefined ? String(query.episode) : null,
      Episode:
        isTv && query.season !== undefined
          ? `S${pad(query.season)}${query.episode !== undefined ? `E${pad(query.episode)}` : ""}`
          : null,
      IMDBID: imdb,
      IMDBIDShort: imdb ? imdb.replace(/^tt/, "") : null,
      TMDBID: query.tmdbId && has(modes, "tmdbid") ? String(query.tmdbId) : null,
      TVDBID: query.tvdbId && isTv && has(tvModes, "tvdbid") ? String(query.tvdbId) : null,
      TVRageID: null,
      TVMazeID: null,
      TraktID: null,
      DoubanID: null,
      Genre: null,
      Album: null,
      Artist: null,
      Label: null,
      Track: null,
      Author: null,
      Title: null,
      Publisher: null,
      Limit: String(query.limit ?? 100),
      Offset: String(query.offset ?? 0),
      Extended: "1",
      APIKey: null,
      Categories: newznab.map(String),
    },
    Categories: trackerCategoriesFor(definition.categoryMappings, newznab),
  };
  variables.Keywords = applyFilters(text, definition.search.keywordsfilters, { data: variables, now });
  return variables;
}
