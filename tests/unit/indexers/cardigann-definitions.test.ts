import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DefinitionError, loadDefinition, parseDefinition } from "@/lib/indexers/cardigann/load";
import { CARDIGANN } from "../../helpers/cardigann-sites";

const folder = path.join(CARDIGANN, "definitions/v11");

describe("the 544 Prowlarr v11 definitions", () => {
  const files = readdirSync(folder).filter((f) => f.endsWith(".yml"));
  const results = files.map((file) => ({
    file,
    result: loadDefinition(readFileSync(path.join(folder, file), "utf8")),
  }));

  it("all load and validate against the v11 schema (zod)", () => {
    expect(files).toHaveLength(544);
    expect(results).toHaveLength(544);
  });

  it("every one without a CAPTCHA is runnable by the engine's feature set", () => {
    const notRunnable = results.filter((r) => r.result.unsupported.length > 0);
    expect(notRunnable.length).toBe(44);
    for (const { file, result } of notRunnable)
      expect(result.unsupported, file).toEqual(["CAPTCHA at login: Mydia cannot show or solve it"]);
    expect(results.filter((r) => r.result.warnings.some((w) => w.includes("2FA"))).length).toBe(24);
  });

  it("refuses an invalid definition with every problem named", () => {
    const error = (() => {
      try {
        parseDefinition("id: x\nname: X\nlinks: []\nsearch:\n  rows: {}\n  fields: {}\n");
      } catch (e) {
        return e as DefinitionError;
      }
      throw new Error("expected a DefinitionError");
    })();
    expect(error).toBeInstanceOf(DefinitionError);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("description"),
        expect.stringContaining("caps"),
        expect.stringContaining("links"),
      ]),
    );
    expect(() => parseDefinition("id: [unclosed")).toThrow(/YAML/);
  });
});
