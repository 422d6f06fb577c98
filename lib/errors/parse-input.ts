import type { z } from "zod";
import { ValidationError } from "./index";
import { plainIssueMessage, plainIssues, plainSentence } from "./plain-issues";

/**
 * zod at the edge: invalid input becomes a ValidationError whose message is a plain sentence
 * ("RSS interval must be at least 5.") and whose details carry one message per field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: plainIssueMessage });
  if (result.success) return result.data;
  const { message, fields } = plainIssues(result.error.issues);
  throw new ValidationError(message, { fields });
}

/** A rule a schema cannot express, broken by one field: the same shape parseInput throws. */
export function fieldError(field: string, message: string): ValidationError {
  const path = field.split(".");
  const sentence = plainSentence(path, message);
  return new ValidationError(sentence, { fields: { [field]: sentence } });
}
