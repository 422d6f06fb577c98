import { z } from "zod";
import { QUALITIES } from "@/lib/release";
import { safeText } from "@/lib/text";
import { patchSchemaOf } from "@/lib/validation";
import { profileProblems } from "./profile";

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
  minUpgradeFormatScore: z.number().int().min(1, "An upgrade gains at least 1 point").default(1),
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
