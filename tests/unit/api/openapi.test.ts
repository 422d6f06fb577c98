import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, endpoints } from "@/lib/api";

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument("1.2.3");

  it("documents every endpoint with its method, auth and schemas", () => {
    expect(document.openapi).toBe("3.0.3");
    expect(document.info.version).toBe("1.2.3");
    for (const spec of endpoints) {
      const operation = document.paths[spec.path]?.[spec.method.toLowerCase()] as Record<string, unknown> | undefined;
      expect(operation, `${spec.method} ${spec.path}`).toBeDefined();
      expect(operation!.summary).toBe(spec.summary);
      expect(operation!.security).toEqual(spec.access === "public" ? [] : expect.arrayContaining([{ apiKey: [] }]));
    }
  });

  it("turns zod schemas into JSON schema: path parameters and response bodies", () => {
    const run = document.paths["/api/v1/system/tasks/{name}/run"].post as {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<
        string,
        { content: { "application/json": { schema: { properties: Record<string, unknown> } } } }
      >;
    };
    expect(run.parameters).toEqual([expect.objectContaining({ name: "name", in: "path", required: true })]);
    expect(Object.keys(run.responses["202"].content["application/json"].schema.properties)).toEqual(["jobId"]);
    const tasks = document.paths["/api/v1/system/tasks"].get as {
      responses: Record<
        string,
        { content: { "application/json": { schema: { properties: { items: { type: string } } } } } }
      >;
    };
    expect(tasks.responses["200"].content["application/json"].schema.properties.items.type).toBe("array");
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
