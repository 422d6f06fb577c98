import type { z } from "zod";
import { ValidationError } from "./index";

/** zod at the edge: invalid input becomes a ValidationError with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    fields[key] ??= issue.message;
  }
  const first = result.error.issues[0];
  const where = first.path.length ? `${first.path.join(".")}: ` : "";
  throw new ValidationError(`${where}${first.message}`, { fields });
}
