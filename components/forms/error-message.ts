/**
 * The message of a field's error as react-hook-form holds it: a FieldError has `message`; an array or
 * object field (categories, settings) holds its items' errors, of which the first message is shown.
 */
export function errorMessage(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  if ("message" in error && typeof error.message === "string" && error.message) return error.message;
  for (const [key, value] of Object.entries(error)) {
    if (key === "ref") continue; // the DOM element
    const nested = errorMessage(value);
    if (nested) return nested;
  }
  return undefined;
}
