import { z } from "zod";
import { safeText } from "@/lib/text";
import { QUALITIES } from "@/lib/release";
import { MAX_SIZE_PER_MINUTE } from "./definitions";
import { patternProblem } from "./formats";
import { userPatternProblem } from "./user-pattern";
import { INDEXER_FLAGS } from "./model";
import { profileProblems } from "./profile";
import { patchSchemaOf } from "@/lib/validation";

const size = z.number().min(0).max(MAX_SIZE_PER_MINUTE);
export const qualitySizeSchema = z.object({
  qualityId: z.number().int(),
  name: z.string(),
  title: z.string(),
  minSize: z.number(),
  preferredSize: z.number().nullable(),
  maxSize: z.number().nullable(),
});
export const updateQualitySizeInput = z
  .object({
    title: z.string().trim().min(1).max(100).optional(),
    minSize: size,
    preferredSize: size.nullable(),
    maxSize: size.nullable(),
  })
  .strict()
  .refine((d) => d.preferredSize === null || d.preferredSize >= d.minSize, {
    message: "Preferred must be at least the minimum",
    path: ["preferredSize"],
  })
  .refine((d) => d.maxSize === null || d.maxSize >= Math.max(d.minSize, d.preferredSize ?? 0), {
    message: "Maximum must be at least the minimum and preferred",
    path: ["maxSize"],
  });
/** The GET list is accepted back as it is: `name` is read-only and ignored. */
export const updateQualitySizesInput = z
  .array(
    updateQualitySizeInput.and(
      z.object({ qualityId: z.number().int(), name: z.string().optional().describe("Read-only: ignored") }),
    ),
  )
  .max(100);

const knownIds = new Set(QUALITIES.map((q) => q.id));
export const profileItemSchema = z.object({
  id: z.string().regex(/^[qg]\d+$/, "Item ids look like q3 or g1000"),
  name: safeText().trim().min(1).max(100),
  qualities: z
    .array(
      z
        .number()
        .int()
        .refine((id) => knownIds.has(id), "Unknown quality"),
    )
    .min(1),
  allowed: z.boolean(),
});

const profileFields = {
  name: safeText().trim().min(1, "Give the profile a name").max(100),
  upgradeAllowed: z.boolean().default(true),
  cutoff: z.string(),
  items: z.array(profileItemSchema).min(1),
  minFormatScore: z.number().int().default(0),
  cutoffFormatScore: z.number().int().default(0),
  minUpgradeFormatScore: z.number().int().min(1).default(1),
  language: z.string().trim().min(1).max(50).default("any"),
  formatScores: z.record(z.string(), z.number().int()).default({}),
};
function checkProfile(p: { items: z.infer<typeof profileItemSchema>[]; cutoff: string }, ctx: z.RefinementCtx): void {
  for (const [field, message] of Object.entries(profileProblems(p)))
    ctx.addIssue({ code: "custom", message, path: [field] });
  const listed = new Set(p.items.flatMap((i) => i.qualities));
  const missing = QUALITIES.filter((q) => !listed.has(q.id)).map((q) => q.name);
  if (missing.length > 0)
    ctx.addIssue({
      code: "custom",
      message: `Every quality must be listed; missing ${missing.join(", ")}`,
      path: ["items"],
    });
}
export const qualityProfileInput = z.object(profileFields).strict().superRefine(checkProfile);
/** PUT/PATCH: the named fields only; the service checks the merged profile with qualityProfileInput. */
export const qualityProfilePatch = patchSchemaOf(z.object(profileFields));
export const qualityProfileSchema = z.object({
  id: z.string(),
  ...profileFields,
  upgradeAllowed: z.boolean(),
  minFormatScore: z.number().int(),
  cutoffFormatScore: z.number().int(),
  minUpgradeFormatScore: z.number().int(),
  language: z.string(),
  formatScores: z.record(z.string(), z.number().int()),
});

const pattern = z
  .string()
  .min(1)
  .max(2000)
  .superRefine((p, ctx) => {
    const problem = patternProblem(p);
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

const term = safeText().trim().min(1).max(500);
const releaseProfileFields = z.object({
  name: safeText().trim().min(1).max(100),
  enabled: z.boolean().default(true),
  required: z.array(term).max(200).default([]),
  ignored: z.array(term).max(200).default([]),
  indexerIds: z.array(z.string()).max(200).default([]),
  tags: z.array(safeText().trim().min(1).max(50)).max(50).default([]),
});
export const releaseProfilePatch = patchSchemaOf(releaseProfileFields);
export const releaseProfileInput = releaseProfileFields.strict().superRefine((p, ctx) => {
  for (const [field, list] of [
    ["required", p.required],
    ["ignored", p.ignored],
  ] as const) {
    for (const t of list) {
      const m = t.match(/^\/(.+)\/([a-z]*)$/);
      if (!m) continue;
      const problem = userPatternProblem(m[1], m[2].includes("i"));
      if (problem)
        ctx.addIssue({ code: "custom", message: `Not a usable regular expression: ${t}: ${problem}`, path: [field] });
    }
  }
  if (p.required.length === 0 && p.ignored.length === 0)
    ctx.addIssue({ code: "custom", message: "Add a required or an ignored term", path: ["required"] });
});
export const releaseProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  required: z.array(z.string()),
  ignored: z.array(z.string()),
  indexerIds: z.array(z.string()),
  tags: z.array(z.string()),
});

const minutes = z
  .number()
  .int()
  .min(0)
  .max(60 * 24 * 30);
const delayProfileFields = z.object({
  order: z.number().int().min(0).optional(),
  enableUsenet: z.boolean().default(true),
  enableTorrent: z.boolean().default(true),
  preferredProtocol: z.enum(["usenet", "torrent"]).default("usenet"),
  usenetDelayMinutes: minutes.default(0),
  torrentDelayMinutes: minutes.default(0),
  bypassIfHighestQuality: z.boolean().default(true),
  bypassIfAboveFormatScore: z.boolean().default(false),
  minimumFormatScore: z.number().int().default(0),
  tags: z.array(safeText().trim().min(1).max(50)).max(50).default([]),
});
export const delayProfilePatch = patchSchemaOf(delayProfileFields);
export const delayProfileInput = delayProfileFields.strict().refine((d) => d.enableUsenet || d.enableTorrent, {
  message: "Enable usenet, torrents or both",
  path: ["enableUsenet"],
});
export const delayProfileSchema = z.object({
  id: z.string(),
  order: z.number().int(),
  enableUsenet: z.boolean(),
  enableTorrent: z.boolean(),
  preferredProtocol: z.enum(["usenet", "torrent"]),
  usenetDelayMinutes: z.number().int(),
  torrentDelayMinutes: z.number().int(),
  bypassIfHighestQuality: z.boolean(),
  bypassIfAboveFormatScore: z.boolean(),
  minimumFormatScore: z.number().int(),
  tags: z.array(z.string()),
});
