import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsPlugin from "ajv-formats";
import type { Persona } from "@/lib/arr";
import { arrReferenceDir } from "./arr-reference-dir";

export { arrReferenceDir };

/**
 * Radarr's and Sonarr's own OpenAPI documents and the clients that call them live outside the
 * repository (their licence and the fixtures' README forbid copying them in): `MYDIA_ARR_REFERENCE`
 * or `../shared/fixtures/arr-api` beside the checkout. Where they are absent, the shape checks and the
 * real-client runs are skipped with a note; every other assertion still runs.
 */

if (!arrReferenceDir)
  console.warn("arr-reference: Radarr/Sonarr OpenAPI documents not found; set MYDIA_ARR_REFERENCE to check shapes");

interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

/** OpenAPI 3.0's `nullable` as JSON Schema: the schema, or null (Ajv refuses `nullable` beside a bare $ref). */
function withNulls(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNulls);
  if (typeof node !== "object" || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, withNulls(value)]));
  return nullable === true ? { anyOf: [converted, { type: "null" }] } : converted;
}

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

function compileDocument(persona: Persona) {
  const file = path.join(arrReferenceDir!, `${persona}-v3.openapi.json`);
  const document = withNulls(JSON.parse(readFileSync(file, "utf8"))) as OpenApiDocument;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of ["int32", "int64"]) ajv.addFormat(format, { type: "number", validate: Number.isInteger });
  for (const format of ["float", "double"]) ajv.addFormat(format, { type: "number", validate: () => true });
  // .NET TimeSpan: [d.]hh:mm:ss[.fffffff]
  ajv.addFormat("date-span", /^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d+)?$/);
  ajv.addSchema(document, persona);
  return { ajv, document };
}

const compiled = new Map<Persona, ReturnType<typeof compileDocument>>();
const documentOf = (persona: Persona) => {
  if (!compiled.has(persona)) compiled.set(persona, compileDocument(persona));
  return compiled.get(persona)!;
};

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || "(root)"} ${e.message ?? ""}`.trim());
}

/** Problems of `value` against a component schema (e.g. "MovieResource"); [] when it conforms or no reference. */
export function arrSchemaErrors(persona: Persona, component: string, value: unknown): string[] {
  if (!arrReferenceDir) return [];
  const validate = documentOf(persona).ajv.getSchema(`${persona}#/components/schemas/${component}`);
  if (!validate) return [`no component schema ${component} in ${persona}'s document`];
  return errorsOf(validate, value);
}

/**
 * Problems of a response body against the document's response schema for `METHOD /api/v3/...`
 * (path as the document spells it, e.g. "/api/v3/movie/{id}"); a path or status the document does
 * not describe is a problem too.
 */
export function arrResponseErrors(
  persona: Persona,
  method: string,
  documentPath: string,
  status: number,
  body: unknown,
): string[] {
  if (!arrReferenceDir) return [];
  const { ajv, document } = documentOf(persona);
  const operation = document.paths[documentPath]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${documentPath} is not in ${persona}'s document`];
  const response = operation.responses?.[String(status)] ?? operation.responses?.default;
  if (!response) return [`${method} ${documentPath} has no ${status} response in ${persona}'s document`];
  if (!response.content) return [];
  const escaped = documentPath.replaceAll("~", "~0").replaceAll("/", "~1");
  const ref = `${persona}#/paths/${escaped}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
  const validate = ajv.getSchema(ref);
  if (!validate) return [`no application/json schema for ${method} ${documentPath}`];
  return errorsOf(validate, body);
}
