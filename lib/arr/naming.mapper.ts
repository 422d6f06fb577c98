import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import {
  colonReplacementSchema,
  multiEpisodeStyleSchema,
  unknownNamingTokens,
  type ColonReplacement,
  type NamingSettings,
} from "@/lib/library";
import type { Persona } from "./persona";

/** Radarr names the colon modes; Sonarr numbers them (5 = custom, which Mydia has not). */
const RADARR_COLON: Record<ColonReplacement, string> = {
  delete: "delete",
  dash: "dash",
  "space-dash": "spaceDash",
  "space-dash-space": "spaceDashSpace",
  smart: "smart",
};
const COLON_MODES = colonReplacementSchema.options;
const EPISODE_STYLES = multiEpisodeStyleSchema.options;
/** Mydia puts season 0 in a folder named "Specials". */
const SPECIALS_FOLDER = "Specials";

/** Mydia's naming as NamingConfigResource; Mydia always replaces illegal characters. */
export function toArrNaming(persona: Persona, naming: NamingSettings) {
  if (persona === "radarr")
    return {
      id: 1,
      renameMovies: naming.renameFiles,
      replaceIllegalCharacters: true,
      colonReplacementFormat: RADARR_COLON[naming.colonReplacement],
      standardMovieFormat: naming.movieFile,
      movieFolderFormat: naming.movieFolder,
    };
  return {
    id: 1,
    renameEpisodes: naming.renameFiles,
    replaceIllegalCharacters: true,
    colonReplacementFormat: COLON_MODES.indexOf(naming.colonReplacement),
    customColonReplacementFormat: "",
    multiEpisodeStyle: EPISODE_STYLES.indexOf(naming.multiEpisodeStyle),
    standardEpisodeFormat: naming.episodeFile,
    dailyEpisodeFormat: naming.dailyEpisodeFile,
    animeEpisodeFormat: naming.animeEpisodeFile,
    seriesFolderFormat: naming.seriesFolder,
    seasonFolderFormat: naming.seasonFolder,
    specialsFolderFormat: SPECIALS_FOLDER,
  };
}

const template = z.string().nullish();
export const arrNamingBody = z.object({
  id: z.number().int().optional(),
  renameMovies: z.boolean().optional(),
  renameEpisodes: z.boolean().optional(),
  replaceIllegalCharacters: z.boolean().optional(),
  colonReplacementFormat: z.union([z.string(), z.number().int()]).optional(),
  customColonReplacementFormat: z.string().nullish(),
  multiEpisodeStyle: z.number().int().optional(),
  standardMovieFormat: template,
  movieFolderFormat: template,
  standardEpisodeFormat: template,
  dailyEpisodeFormat: template,
  animeEpisodeFormat: template,
  seriesFolderFormat: template,
  seasonFolderFormat: template,
  specialsFolderFormat: template,
});
export type ArrNamingBody = z.output<typeof arrNamingBody>;

/**
 * The naming a client sent, as a change to Mydia's naming. Mydia reads the same tokens as Radarr and
 * Sonarr ({Movie Title}, {Quality Full}, {season:00}…); a token it does not know, or a setting it
 * cannot honour, is refused with the field and the reason, never stored to be left in file names.
 */
export function fromArrNaming(persona: Persona, body: ArrNamingBody, current: NamingSettings): Partial<NamingSettings> {
  const problems: Record<string, string> = {};
  const change: Partial<NamingSettings> = {};
  const templates: [keyof ArrNamingBody, keyof NamingSettings][] =
    persona === "radarr"
      ? [
          ["standardMovieFormat", "movieFile"],
          ["movieFolderFormat", "movieFolder"],
        ]
      : [
          ["standardEpisodeFormat", "episodeFile"],
          ["dailyEpisodeFormat", "dailyEpisodeFile"],
          ["animeEpisodeFormat", "animeEpisodeFile"],
          ["seriesFolderFormat", "seriesFolder"],
          ["seasonFolderFormat", "seasonFolder"],
        ];
  for (const [field, key] of templates) {
    const value = body[field];
    if (typeof value !== "string") continue;
    if (!value.trim()) {
      problems[field] = "A format cannot be empty";
      continue;
    }
    const unknown = unknownNamingTokens(value, current);
    if (unknown.length > 0) problems[field] = `Mydia cannot fill ${unknown.join(", ")}; remove or replace them`;
    else (change as Record<string, unknown>)[key] = value.trim();
  }
  const rename = persona === "radarr" ? body.renameMovies : body.renameEpisodes;
  if (rename !== undefined) change.renameFiles = rename;
  if (body.replaceIllegalCharacters === false)
    problems.replaceIllegalCharacters = "Mydia always replaces characters that are illegal in file names";
  if (body.colonReplacementFormat !== undefined) {
    const mode =
      typeof body.colonReplacementFormat === "number"
        ? COLON_MODES[body.colonReplacementFormat]
        : COLON_MODES.find((m) => RADARR_COLON[m] === body.colonReplacementFormat);
    if (mode) change.colonReplacement = mode;
    else
      problems.colonReplacementFormat = `Mydia replaces colons by ${COLON_MODES.map((m) => RADARR_COLON[m]).join(", ")}; a custom replacement is not supported`;
  }
  if (persona === "sonarr") {
    if (body.multiEpisodeStyle !== undefined) {
      const style = EPISODE_STYLES[body.multiEpisodeStyle];
      if (style) change.multiEpisodeStyle = style;
      else problems.multiEpisodeStyle = `Unknown multi-episode style ${body.multiEpisodeStyle}`;
    }
    if (body.specialsFolderFormat && body.specialsFolderFormat.trim() !== SPECIALS_FOLDER)
      problems.specialsFolderFormat = `Mydia names the specials folder "${SPECIALS_FOLDER}"`;
  }
  if (Object.keys(problems).length > 0) throw new ValidationError("Mydia cannot use this naming", { fields: problems });
  return change;
}
