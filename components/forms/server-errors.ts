import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";

/** Whether `path` ("apiKey", "settings.cookie") names a value the form holds. */
function holds<T extends FieldValues>(values: T, path: string): path is FieldPath<T> {
  let at: unknown = values;
  for (const key of path.split(".")) {
    if (at === null || typeof at !== "object" || !(key in at)) return false;
    at = Reflect.get(at, key);
  }
  return true;
}

/**
 * Shows an action's per-field messages (the server's zod issues, or the field a failed connection
 * test blames) next to their fields; `alias` maps a server name to the form's path (a Cardigann
 * setting "cookie" is "settings.cookie"). A message for a field the form does not show goes to the
 * form-wide alert, named.
 */
export function showServerErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  fields: Record<string, string>,
  alias: (name: string) => string = (name) => name,
): void {
  const values = form.getValues();
  const stray: string[] = [];
  for (const [name, message] of Object.entries(fields)) {
    const path = alias(name);
    if (name !== "form" && holds(values, path)) form.setError(path, { type: "server", message }, { shouldFocus: true });
    else stray.push(name === "form" ? message : `${name}: ${message}`);
  }
  if (stray.length) form.setError("root.server", { type: "server", message: stray.join(" · ") });
}
