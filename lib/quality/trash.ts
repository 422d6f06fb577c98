import { z } from "zod";
import type { Modifier, Source } from "@/lib/release";
import { ValidationError } from "@/lib/errors";
import { INDEXER_FLAGS, type FormatCondition, type IndexerFlag, type ReleaseType } from "./model";
import { patternProblem } from "./formats";
import { ARR_LANGUAGES } from "./arr-languages";

/**
 * Custom formats in the JSON that Radarr/Sonarr export and TRaSH guides share:
 * { name, includeCustomFormatWhenRenaming, specifications: [{ name, implementation, negate, required, fields }] }.
 * `fields` is an object ({ value }) in TRaSH files and an array ([{ name, value }]) in the *arr API.
 */
const fieldsSchema = z.union([
  z.record(z.string(), z.unknown()),
  z
    .array(z.object({ name: z.string(), value: z.unknown() }))
    .transform((list) => Object.fromEntries(list.map((f) => [f.name, f.value]))),
]);
const specSchema = z.object({
  name: z.string().default(""),
  implementation: z.string(),
  negate: z.boolean().default(false),
  required: z.boolean().default(false),
  fields: fieldsSchema.default({}),
});
export const trashFormatSchema = z.object({
  trash_id: z.string().optional(),
  trash_scores: z.record(z.string(), z.number()).optional(),
  name: z.string().trim().min(1).max(200),
  includeCustomFormatWhenRenaming: z.boolean().default(false),
  specifications: z.array(specSchema),
});
export type TrashFormat = z.input<typeof trashFormatSchema>;

type App = "radarr" | "sonarr";

// Radarr's Source enum matches Mydia's sources; Sonarr numbers its own.
const RADARR_SOURCES: Source[] = [
  "unknown",
  "cam",
  "telesync",
  "telecine",
  "workprint",
  "dvd",
  "tv",
  "webdl",
  "webrip",
  "bluray",
];
const SONARR_SOURCES: Source[] = ["unknown", "tv", "tv", "webdl", "webrip", "dvd", "bluray", "bluray"];
const MODIFIERS: Modifier[] = ["none", "regional", "screener", "rawhd", "brdisk", "remux"];
const RELEASE_TYPES: ReleaseType[] = ["unknown", "single-episode", "multi-episode", "season-pack"];
const RADARR_FLAGS: Record<number, IndexerFlag> = {
  1: "freeleech",
  2: "halfleech",
  4: "doubleupload",
  8: "golden",
  16: "approved",
  32: "internal",
  64: "internal",
  128: "scene",
  256: "freeleech75",
  512: "freeleech25",
  2048: "nuked",
};
const SONARR_FLAGS: Record<number, IndexerFlag> = {
  1: "freeleech",
  2: "halfleech",
  4: "doubleupload",
  8: "internal",
  16: "scene",
  32: "freeleech75",
  64: "freeleech25",
  128: "nuked",
};
const FLAG_OUT: Record<IndexerFlag, number> = {
  freeleech: 1,
  halfleech: 2,
  doubleupload: 4,
  golden: 8,
  approved: 16,
  internal: 32,
  scene: 128,
  freeleech75: 256,
  freeleech25: 512,
  nuked: 2048,
};
const LANGUAGES = ARR_LANGUAGES;
const LANGUAGE_IDS = new Map(Object.entries(LANGUAGES).map(([id, name]) => [name.toLowerCase(), Number(id)]));

const num = (v: unknown): number =>
  typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;

function fromSpec(s: z.infer<typeof specSchema>, app: App): FormatCondition {
  const base = { name: s.name, negate: s.negate, required: s.required };
  const v = s.fields.value;
  const bad = (what: string) => new ValidationError(`"${s.name}" (${s.implementation}): ${what}`);
  const pattern = () => {
    if (typeof v !== "string" || v.length === 0) throw bad("needs a regular expression");
    const problem = patternProblem(v);
    if (problem) throw bad(`invalid regular expression: ${problem}`);
    return v;
  };
  switch (s.implementation) {
    case "ReleaseTitleSpecification":
      return { ...base, type: "releaseTitle", pattern: pattern() };
    case "ReleaseGroupSpecification":
      return { ...base, type: "releaseGroup", pattern: pattern() };
    case "EditionSpecification":
      return { ...base, type: "edition", pattern: pattern() };
    case "SourceSpecification": {
      const source =
        typeof v === "string" && Number.isNaN(num(v))
          ? (v as Source)
          : (app === "sonarr" ? SONARR_SOURCES : RADARR_SOURCES)[num(v)];
      if (!source || !RADARR_SOURCES.includes(source)) throw bad(`unknown source ${String(v)}`);
      return { ...base, type: "source", source };
    }
    case "ResolutionSpecification": {
      const resolution = num(v);
      if (!Number.isInteger(resolution) || resolution <= 0) throw bad(`unknown resolution ${String(v)}`);
      return { ...base, type: "resolution", resolution };
    }
    case "QualityModifierSpecification": {
      const modifier = typeof v === "string" && Number.isNaN(num(v)) ? (v as Modifier) : MODIFIERS[num(v)];
      if (!modifier || !MODIFIERS.includes(modifier)) throw bad(`unknown modifier ${String(v)}`);
      return { ...base, type: "qualityModifier", modifier };
    }
    case "LanguageSpecification": {
      const language = typeof v === "string" && Number.isNaN(num(v)) ? v : LANGUAGES[num(v)];
      if (!language) throw bad(`unknown language ${String(v)}`);
      return { ...base, type: "language", language, exceptLanguage: s.fields.exceptLanguage === true };
    }
    case "IndexerFlagSpecification": {
      const flag =
        typeof v === "string" && Number.isNaN(num(v))
          ? (v as IndexerFlag)
          : (app === "sonarr" ? SONARR_FLAGS : RADARR_FLAGS)[num(v)];
      if (!flag || !INDEXER_FLAGS.includes(flag)) throw bad(`unknown indexer flag ${String(v)}`);
      return { ...base, type: "indexerFlag", flag };
    }
    case "SizeSpecification": {
      const minGb = num(s.fields.min);
      const maxGb = num(s.fields.max);
      if (!(minGb >= 0) || !(maxGb > minGb)) throw bad("needs min < max (GB)");
      return { ...base, type: "size", minGb, maxGb };
    }
    case "ReleaseTypeSpecification": {
      const releaseType = typeof v === "string" && Number.isNaN(num(v)) ? (v as ReleaseType) : RELEASE_TYPES[num(v)];
      if (!releaseType || !RELEASE_TYPES.includes(releaseType)) throw bad(`unknown release type ${String(v)}`);
      return { ...base, type: "releaseType", releaseType };
    }
    case "YearSpecification": {
      const min = num(s.fields.min);
      const max = num(s.fields.max);
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw bad("needs min ≤ max years");
      return { ...base, type: "year", min, max };
    }
    default:
      throw bad("this condition type is not supported");
  }
}

/** Sonarr-only conditions tell the files apart; otherwise Radarr numbering (TRaSH's Radarr files) unless told. */
function detectApp(specs: z.infer<typeof specSchema>[]): App {
  return specs.some((s) => s.implementation === "ReleaseTypeSpecification") ? "sonarr" : "radarr";
}

export interface ImportedFormat {
  name: string;
  includeWhenRenaming: boolean;
  conditions: FormatCondition[];
  /** TRaSH's suggested score ("default" key), if the file carries one. */
  suggestedScore: number | null;
}

/** Reads one custom format (or a list of them) in *arr/TRaSH JSON. */
export function importFormats(json: unknown, app?: App): ImportedFormat[] {
  const list = Array.isArray(json) ? json : [json];
  return list.map((item, index) => {
    const parsed = trashFormatSchema.safeParse(item);
    if (!parsed.success)
      throw new ValidationError(
        `Format ${index + 1}: not a custom format (${parsed.error.issues[0]?.message ?? "invalid"})`,
      );
    const f = parsed.data;
    const from = app ?? detectApp(f.specifications);
    return {
      name: f.name,
      includeWhenRenaming: f.includeCustomFormatWhenRenaming,
      conditions: f.specifications.map((s) => fromSpec(s, from)),
      suggestedScore: f.trash_scores?.default ?? null,
    };
  });
}

const IMPLEMENTATIONS: Record<FormatCondition["type"], string> = {
  releaseTitle: "ReleaseTitleSpecification",
  releaseGroup: "ReleaseGroupSpecification",
  edition: "EditionSpecification",
  source: "SourceSpecification",
  resolution: "ResolutionSpecification",
  qualityModifier: "QualityModifierSpecification",
  language: "LanguageSpecification",
  indexerFlag: "IndexerFlagSpecification",
  size: "SizeSpecification",
  releaseType: "ReleaseTypeSpecification",
  year: "YearSpecification",
};

function fieldsOf(c: FormatCondition, app: App): Record<string, unknown> {
  switch (c.type) {
    case "releaseTitle":
    case "releaseGroup":
    case "edition":
      return { value: c.pattern };
    case "source":
      return {
        value: app === "sonarr" ? Math.max(0, SONARR_SOURCES.indexOf(c.source)) : RADARR_SOURCES.indexOf(c.source),
      };
    case "resolution":
      return { value: c.resolution };
    case "qualityModifier":
      return { value: MODIFIERS.indexOf(c.modifier) };
    case "language":
      return {
        value: LANGUAGE_IDS.get(c.language.toLowerCase()) ?? 0,
        ...(c.exceptLanguage ? { exceptLanguage: true } : {}),
      };
    case "indexerFlag":
      return {
        value:
          app === "sonarr"
            ? Number(Object.entries(SONARR_FLAGS).find(([, f]) => f === c.flag)?.[0] ?? 0)
            : FLAG_OUT[c.flag],
      };
    case "size":
      return { min: c.minGb, max: c.maxGb };
    case "releaseType":
      return { value: RELEASE_TYPES.indexOf(c.releaseType) };
    case "year":
      return { min: c.min, max: c.max };
  }
}

/**
 * Writes a custom format as TRaSH-style JSON, in the numbering of `app`; when not told, Sonarr's for a
 * format with a release-type condition (Sonarr-only), else Radarr's.
 */
export function exportFormat(
  f: {
    name: string;
    includeWhenRenaming: boolean;
    conditions: readonly FormatCondition[];
  },
  numbering?: App,
) {
  const app: App = numbering ?? (f.conditions.some((c) => c.type === "releaseType") ? "sonarr" : "radarr");
  return {
    name: f.name,
    includeCustomFormatWhenRenaming: f.includeWhenRenaming,
    specifications: f.conditions.map((c) => ({
      name: c.name,
      implementation: IMPLEMENTATIONS[c.type],
      negate: c.negate,
      required: c.required,
      fields: fieldsOf(c, app),
    })),
  };
}
