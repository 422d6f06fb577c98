import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { systemActor } from "@/lib/accounts";
import { errorResponse, runAction } from "@/lib/api";
import { automationSettingsInput } from "@/lib/automation";
import { fieldLabel, parseInput, ValidationError } from "@/lib/errors";
import { importFromProwlarr } from "@/lib/indexers";

/** A port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const thrown = (fn: () => unknown): ValidationError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("did not throw");
};

describe("#13.9 validation errors in plain words", () => {
  it("says which field and what is wrong, without zod's path or wording", () => {
    const error = thrown(() => parseInput(automationSettingsInput, { rssIntervalMinutes: 5 }));
    expect(error.message).toBe("RSS interval must be at least 10.");
    expect(error.details).toEqual({ fields: { rssIntervalMinutes: "RSS interval must be at least 10." } });
  });

  it("words every common issue as a sentence and counts the other fields", () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      baseUrl: z.url(),
      priority: z.number().int().max(50),
      kind: z.enum(["torznab", "newznab"]),
      categories: z.array(z.number()).min(1),
    });
    const error = thrown(() =>
      parseInput(schema, { name: "", baseUrl: "nope", priority: 1.5, kind: "x", categories: [], extra: 1 }),
    );
    const fields = (error.details as { fields: Record<string, string> }).fields;
    expect(fields).toEqual({
      name: "Name is required.",
      baseUrl: "URL must be a web address such as https://example.com.",
      priority: "Priority must be a whole number.",
      kind: "Kind must be one of “torznab” or “newznab”.",
      categories: "Categories needs at least one entry.",
      form: "“extra” is not a field Mydia knows.",
    });
    expect(error.message).toBe("Name is required. (5 more fields need fixing.)");
    for (const message of Object.values(fields)) expect(message).not.toMatch(/Too small|Invalid input|expected \w+,/);
  });

  it("keeps a schema's own message and reads it as a sentence", () => {
    const schema = z.object({ path: z.string().min(1, "choose a folder"), apiKey: z.string().min(1, "is required") });
    const error = thrown(() => parseInput(schema, { path: "", apiKey: "" }));
    expect((error.details as { fields: Record<string, string> }).fields).toEqual({
      path: "Choose a folder.",
      apiKey: "API key is required.",
    });
  });

  it("labels fields as forms do", () => {
    expect(fieldLabel(["rssIntervalMinutes"])).toBe("RSS interval");
    expect(fieldLabel(["naming", "movieFolder"])).toBe("Movie folder");
    expect(fieldLabel(["items", 3, "tmdbId"])).toBe("TMDB ID");
    expect(fieldLabel(["seedRatioLimit"])).toBe("Seed ratio limit");
  });

  it("a server action says so in plain words when a value is out of range", async () => {
    const result = await runAction([automationSettingsInput], [{ rssIntervalMinutes: 5 }], async () => "saved");
    expect(result).toEqual({
      ok: false,
      code: "validation_failed",
      error: "RSS interval must be at least 10.",
      fields: { rssIntervalMinutes: "RSS interval must be at least 10." },
    });
  });
});

describe("#13.9 a peer that does not answer is named, with its address and why", () => {
  it("in a server action and in the API alike, with the field to fix", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    const why = new RegExp(
      `^Prowlarr at ${baseUrl.replace(/[.:/]/g, "\\$&")} did not answer: the connection was refused \\(nothing listens on that port\\)$`,
    );
    const action = await runAction([z.unknown()], [null], () =>
      importFromProwlarr(systemActor, { baseUrl, apiKey: "key" }),
    );
    expect(action).toMatchObject({ ok: false, code: "unavailable", error: expect.stringMatching(why) });
    expect(!action.ok && action.fields?.baseUrl).toMatch(why);

    const response = errorResponse(
      await importFromProwlarr(systemActor, { baseUrl, apiKey: "key" }).catch((error: unknown) => error),
    );
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string; details: unknown } };
    expect(body.error).toMatchObject({ code: "unavailable", message: expect.stringMatching(why) });
    expect(body.error.details).toEqual({ fields: { baseUrl: expect.stringMatching(why) } });
  });
});
