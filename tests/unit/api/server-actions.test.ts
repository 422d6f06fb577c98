import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Server actions are public endpoints: anyone can post any arguments to them. Every exported
 * action of every "use server" module that takes arguments, called with arguments of the wrong type, answers with a validation error: never a crash, never the generic 500 text.
 */
const root = path.resolve(import.meta.dirname, "../../../app");

function serverModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverModules(full);
    return /\.tsx?$/.test(entry.name) && /^["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

type Action = (...args: unknown[]) => Promise<{ ok: boolean; error?: string }>;

describe("server actions", () => {
  const modules = serverModules(root);

  it("finds the action modules", () => {
    expect(modules.length).toBeGreaterThanOrEqual(15);
  });

  it.each(modules.map((file) => [path.relative(root, file)]))(
    "%s: wrong argument types are validation errors",
    async (file) => {
      const actions = Object.entries(await import(path.join(root, file))).filter(
        (entry): entry is [string, Action] => typeof entry[1] === "function",
      );
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions.filter(([, action]) => action.length > 0)) {
        const result = await action(...Array.from({ length: action.length }, () => 12345));
        expect(result, name).toMatchObject({ ok: false });
        expect(result.error, name).not.toMatch(/Something went wrong|session/i);
        expect(result, name).toMatchObject({ code: "validation_failed" });
        expect(result.error, name).toMatch(/must be|not valid|arguments|required/i);
      }
    },
  );
});
