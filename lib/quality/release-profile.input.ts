import { z } from "zod";
import { safeText } from "@/lib/text";
import { patchSchemaOf } from "@/lib/validation";
import { userPatternProblem } from "./user-pattern";

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
