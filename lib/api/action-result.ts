import { z } from "zod";
import { ValidationError, parseInput } from "@/lib/errors";
import { INTERNAL_ERROR_MESSAGE, toDomainError } from "./error-mapping";

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; code: string; fields?: Record<string, string> };

type Parsed<S extends readonly z.ZodType[]> = { -readonly [K in keyof S]: z.output<S[K]> };

/** Argument schemas shared by many actions. */
export const actionArgs = {
  id: z.string().trim().min(1, "is required").max(200),
  /** A page of this app to refresh afterwards (revalidatePath). */
  page: z
    .string()
    .max(500)
    .regex(/^\/[^\s]*$/, "must be a path of this app"),
  flag: z.boolean(),
  /** Search text and other short strings. */
  text: z.string().max(500),
  /** A form's values that the service parses itself (create or update, depending on another argument). */
  object: z.record(z.string(), z.unknown()),
};

/**
 * Every server action runs through this. Its arguments come from the browser, typed or not: each
 * is parsed with its schema (a wrong type is a validation error, never a crash), then fn runs with
 * the parsed values. Actions return results instead of throwing, so that forms can show the
 * message next to the field.
 */
export async function runAction<const S extends readonly z.ZodType[], T>(
  schemas: S,
  args: readonly unknown[],
  fn: (...parsed: Parsed<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    if (args.length > schemas.length)
      throw new ValidationError(`Expected at most ${schemas.length} arguments, got ${args.length}`);
    const parsed = schemas.map((schema, i) => parseInput(schema, args[i])) as Parsed<S>;
    return { ok: true, data: await fn(...parsed) };
  } catch (thrown) {
    const error = toDomainError(thrown);
    if (!error) return { ok: false, error: INTERNAL_ERROR_MESSAGE, code: "internal" };
    const details = error.details as { fields?: Record<string, string> } | undefined;
    return { ok: false, error: error.message, code: error.code, fields: details?.fields };
  }
}
