import { describe, expect, it } from "vitest";
import { libraryInput } from "@/lib/library";
import { libraryFormInput } from "@/lib/library/library.input";

const base = { name: "Movies", kind: "movie" as const };

describe("library input: the browser's form schema and the server's one it refines", () => {
  it("refuse the same folders with the same messages", () => {
    for (const path of ["", "   ", "movies", "./movies", "/data/\0movies"]) {
      const form = libraryFormInput.safeParse({ ...base, path });
      const server = libraryInput.safeParse({ ...base, path });
      expect(form.success, path).toBe(false);
      expect(
        server.error?.issues.map((i) => i.message),
        path,
      ).toEqual(form.error?.issues.map((i) => i.message));
    }
  });

  it("the server alone normalises the folder; both fill the same defaults", () => {
    const form = libraryFormInput.parse({ ...base, path: " /data//media/./movies/ " });
    const server = libraryInput.parse({ ...base, path: " /data//media/./movies/ " });
    expect(form.path).toBe("/data//media/./movies/");
    expect(server.path).toBe("/data/media/movies");
    expect({ ...server, path: null }).toEqual({ ...form, path: null });
  });
});
