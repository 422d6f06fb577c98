import { describe, expect, it } from "vitest";
import { z } from "zod";
import { applyPatch, patchSchemaOf } from "@/lib/validation";

/** The shared mechanism behind every update: a patch names fields, never fills in defaults. */
describe("patchSchemaOf", () => {
  const shape = z.object({
    name: z.string().min(1),
    count: z.number().default(7),
    mode: z.enum(["a", "b"]).default("a"),
    nested: z
      .object({ on: z.boolean().default(true), label: z.string().default("x") })
      .default({ on: true, label: "x" }),
    note: z.string().nullable().default(null),
  });
  const patch = patchSchemaOf(shape);

  it("keeps only the named fields: no defaults, also inside nested objects", () => {
    expect(shape.partial().parse({ name: "n" })).toMatchObject({ count: 7, mode: "a" }); // the old bug
    expect(patch.parse({ name: "n" })).toEqual({ name: "n" });
    expect(patch.parse({ nested: { label: "y" } })).toEqual({ nested: { label: "y" } });
    expect(patch.parse({})).toEqual({});
    expect(patch.parse({ note: null })).toEqual({ note: null });
  });

  it("still validates what it is given and refuses unknown fields", () => {
    expect(patch.safeParse({ name: "" }).success).toBe(false);
    expect(patch.safeParse({ mode: "c" }).success).toBe(false);
    expect(patch.safeParse({ nope: 1 }).success).toBe(false);
    expect(patch.safeParse({ nested: { nope: 1 } }).success).toBe(false);
  });

  it("applyPatch changes the named fields only", () => {
    const stored: { name: string; count: number; mode: "a" | "b"; note: string | null } = {
      name: "n",
      count: 3,
      mode: "b",
      note: "k",
    };
    expect(applyPatch(stored, patch.parse({ count: 4 }))).toEqual({ ...stored, count: 4 });
    expect(applyPatch(stored, patch.parse({ note: null }))).toEqual({ ...stored, note: null });
  });
});
