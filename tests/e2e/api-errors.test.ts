import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";

/**
 * Through the real Next.js router of the built app (issue 12.14): unknown /api/v1 paths answer
 * the JSON error shape with 404 instead of the HTML page, and a server action posted with
 * arguments of the wrong type answers a validation error instead of a 500.
 */
describe("API errors in the built app", () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    expect(await app?.stop()).toBe(0);
  });

  it("an unknown /api/v1 path is a JSON 404, a known one still answers", async () => {
    for (const [method, url] of [
      ["GET", "/api/v1/no-such-thing"],
      ["POST", "/api/v1/movies/some-id/no-such-thing"],
      ["DELETE", "/api/v1/a/b/c"],
    ]) {
      const response = await fetch(`${app.baseUrl}${url}`, { method });
      expect(response.status, url).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      expect(await response.json()).toMatchObject({
        error: { code: "not_found", message: expect.stringContaining(url) },
      });
    }
    expect((await fetch(`${app.baseUrl}/api/v1/movies`)).status).toBe(401);
  });

  it("a server action posted with arguments of the wrong type answers a validation error", async () => {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { exportedName?: string }>;
    };
    const [actionId] = Object.entries(manifest.node).find(([, a]) => a.exportedName === "createAdminAction")!;
    const response = await fetch(`${app.baseUrl}/setup`, {
      method: "POST",
      headers: { "Next-Action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      body: JSON.stringify([12345]),
      redirect: "manual",
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(text).toContain('"ok":false');
    expect(text).toContain("The request must be a set of fields.");
  });
});
