import { z } from "zod";
import { can, roles, type Capability } from "@/lib/accounts";
import { errorBodySchema, type EndpointSpec } from "./endpoint";
import { endpoints } from "./endpoints";

const schemaOf = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" });

const rolesWith = (capability: Capability) => roles.filter((role) => can(role, capability)).join(", ");

function parametersOf(spec: EndpointSpec) {
  const parameters: Record<string, unknown>[] = [];
  for (const [location, schema] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      parameters.push({
        name,
        in: location,
        required: location === "path" || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return parameters;
}

/** The OpenAPI 3 document, generated from the endpoint specs' zod schemas. */
export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of endpoints) {
    const errors = {
      description: "Error",
      content: { "application/json": { schema: schemaOf(errorBodySchema, "output") } },
    };
    paths[spec.path] ??= {};
    paths[spec.path][spec.method.toLowerCase()] = {
      summary: spec.summary,
      description: [
        spec.description,
        spec.access === "public"
          ? "No authentication."
          : `Requires the \`${spec.access}\` capability (roles that have it: ${rolesWith(spec.access)}).`,
      ]
        .filter(Boolean)
        .join("\n\n"),
      tags: [spec.tag],
      security: spec.access === "public" ? [] : [{ apiKey: [] }, { bearer: [] }, { session: [] }],
      parameters: parametersOf(spec),
      ...(spec.body
        ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(spec.body, "input") } } } }
        : {}),
      responses: {
        [String(spec.successStatus ?? 200)]: {
          description: "OK",
          content: { [spec.contentType ?? "application/json"]: { schema: schemaOf(spec.response, "output") } },
        },
        ...(spec.access === "public" ? {} : { "401": errors, "403": errors }),
        "400": errors,
        "500": errors,
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "Mydia API",
      version,
      description:
        "Send an API key as X-Api-Key or Authorization: Bearer. Errors: { error: { code, message, details } }.",
    },
    components: {
      securitySchemes: {
        apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    paths,
  };
}
