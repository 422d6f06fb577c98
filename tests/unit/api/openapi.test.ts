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

  it("every resource with PUT has PATCH with the same body, which accepts the GET body's read-only fields", () => {
    type Operation = { requestBody?: { content: { "application/json": { schema: { properties?: object } } } } };
    const bodyOf = (op: Operation) => op.requestBody!.content["application/json"].schema;
    const withPut = Object.entries(document.paths).filter(([, ops]) => "put" in ops && "get" in ops);
    expect(withPut.map(([p]) => p)).toEqual(
      expect.arrayContaining([
        "/api/v1/quality-profiles/{id}",
        "/api/v1/download-clients/{id}",
        "/api/v1/indexers/{id}",
        "/api/v1/libraries/{id}",
        "/api/v1/movies/{id}",
        "/api/v1/series/{id}",
        "/api/v1/settings/automation",
        "/api/v1/settings/metadata",
      ]),
    );
    for (const [p, ops] of withPut) {
      const put = ops.put as Operation;
      expect(ops.patch, p).toBeDefined();
      expect(bodyOf(ops.patch as Operation), p).toEqual(bodyOf(put));
      if (p.endsWith("{id}")) expect(Object.keys(bodyOf(put).properties ?? {}), p).toContain("id");
    }
  });

  it("documents the metadata settings, the manual blocklist and the file status of movies and series", () => {
    const metadata = document.paths["/api/v1/settings/metadata"];
    expect(Object.keys(metadata).sort()).toEqual(["get", "patch", "put"]);
    expect(document.paths["/api/v1/blocklist"].post).toBeDefined();
    const props = (path: string) =>
      Object.keys(
        (
          document.paths[path].get as {
            responses: { "200": { content: { "application/json": { schema: { properties: object } } } } };
          }
        ).responses["200"].content["application/json"].schema.properties,
      );
    expect(props("/api/v1/movies/{id}")).toContain("hasFile");
    expect(props("/api/v1/series/{id}")).toContain("statistics");
    expect(props("/api/v1/settings/metadata")).toEqual(expect.arrayContaining(["apiKeySet", "language"]));
    expect(props("/api/v1/settings/metadata")).not.toContain("apiKey");
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
