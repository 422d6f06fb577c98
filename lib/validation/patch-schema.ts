import { z } from "zod";

/** A field's schema with its default (and optionality) removed; nested objects become patches too. */
type Bare<S> =
  S extends z.ZodDefault<infer I>
    ? Bare<I>
    : S extends z.ZodPrefault<infer I>
      ? Bare<I>
      : S extends z.ZodOptional<infer I>
        ? Bare<I>
        : S extends z.ZodObject<infer Shape>
          ? z.ZodObject<PatchShape<Shape>, z.core.$strict>
          : S;
export type PatchShape<Shape extends z.ZodRawShape> = { -readonly [K in keyof Shape]: z.ZodOptional<Bare<Shape[K]>> };

function bare(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodOptional)
    return bare(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject) return patchSchemaOf(schema);
  return schema;
}

/**
 * The schema of a partial update: every field optional, without its default, and nested objects
 * partial the same way. `.partial()` keeps the defaults, so a field the update does not name would
 * come back as its default and overwrite the stored value; with this an update carries exactly the
 * fields it names, and the service merges them over what is stored.
 */
export function patchSchemaOf<Shape extends z.ZodRawShape>(
  object: z.ZodObject<Shape>,
): z.ZodObject<PatchShape<Shape>, z.core.$strict> {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => [key, bare(field as z.ZodType).optional()]),
  );
  return z.strictObject(shape) as unknown as z.ZodObject<PatchShape<Shape>, z.core.$strict>;
}

/** The named fields over the stored ones (shallow: a nested object the update names is merged by its service). */
export function applyPatch<T extends object>(current: T, patch: { [K in keyof T]?: T[K] | undefined }): T {
  const next = { ...current };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined) next[key] = value;
  }
  return next;
}
