import { z } from "zod";
import { safeText } from "@/lib/text";
import { patchSchemaOf } from "@/lib/validation";
import { INDEXER_FLAGS } from "./model";
import { userPatternProblem } from "./user-pattern";

const pattern = z
  .string()
  .min(1)
  .max(2000)
  .superRefine((p, ctx) => {
    const problem = userPatternProblem(p, true);
    if (problem) ctx.addIssue({ code: "custom", message: `Not a usable regular expression: ${problem}` });
  });
const conditionBase = {
  name: safeText().trim().max(200).default(""),
  negate: z.boolean().default(false),
  required: z.boolean().default(false),
};
export const formatConditionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("releaseTitle"), pattern, ...conditionBase }),
  z.object({ type: z.literal("releaseGroup"), pattern, ...conditionBase }),
  z.object({ type: z.literal("edition"), pattern, ...conditionBase }),
  z.object({
    type: z.literal("source"),
    source: z.enum(["bluray", "webdl", "webrip", "tv", "dvd", "cam", "telesync", "telecine", "workprint", "unknown"]),
    ...conditionBase,
  }),
  z.object({ type: z.literal("resolution"), resolution: z.number().int().positive(), ...conditionBase }),
  z.object({
    type: z.literal("qualityModifier"),
    modifier: z.enum(["none", "remux", "brdisk", "rawhd", "regional", "screener"]),
    ...conditionBase,
  }),
  z.object({
    type: z.literal("language"),
    language: z.string().min(1).max(50),
    exceptLanguage: z.boolean().default(false),
    ...conditionBase,
  }),
  z.object({ type: z.literal("indexerFlag"), flag: z.enum(INDEXER_FLAGS), ...conditionBase }),
  z.object({ type: z.literal("size"), minGb: z.number().min(0), maxGb: z.number().positive(), ...conditionBase }),
  z.object({
    type: z.literal("releaseType"),
    releaseType: z.enum(["single-episode", "multi-episode", "season-pack", "unknown"]),
    ...conditionBase,
  }),
  z.object({ type: z.literal("year"), min: z.number().int(), max: z.number().int(), ...conditionBase }),
]);
const customFormatFields = z.object({
  name: safeText().trim().min(1, "Give the format a name").max(200),
  includeWhenRenaming: z.boolean().default(false),
  conditions: z.array(formatConditionSchema).min(1, "Add at least one condition").max(100),
});
export const customFormatInput = customFormatFields.strict();
export const customFormatPatch = patchSchemaOf(customFormatFields);
export const customFormatSchema = z.object({
  id: z.string(),
  name: z.string(),
  includeWhenRenaming: z.boolean(),
  conditions: z.array(formatConditionSchema),
});
export const importFormatsInput = z.object({
  json: z.unknown().describe("One custom format or a list, as Radarr/Sonarr export them or TRaSH guides share them"),
  app: z
    .enum(["radarr", "sonarr"])
    .optional()
    .describe("Numbering of source and indexer-flag values (detected when left out)"),
  replace: z.boolean().default(false).describe("Overwrite formats with the same name"),
});

/** Text pasted or loaded into a format form, parsed as JSON (what the server's import reads). */
export const formatJsonText = z
  .string()
  .trim()
  .min(1, "Paste a custom format as JSON")
  .max(1_000_000)
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `Not JSON: ${error instanceof Error ? error.message : String(error)}` });
      return z.NEVER;
    }
  });
/** The editor of one format: its *arr/TRaSH JSON. */
export const formatJsonForm = z.object({ json: formatJsonText });
/** The import form: importFormatsInput with the JSON still as text. */
export const importFormatsForm = importFormatsInput.extend({ json: formatJsonText });
