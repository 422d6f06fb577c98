import { z } from "zod";
import { MAX_SIZE_PER_MINUTE } from "./definitions";

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
/** The sizes page's form: every quality's row (the changed ones are sent as updateQualitySizesInput). */
export const qualitySizesForm = z.object({ rows: updateQualitySizesInput });
