import { describe, expect, it } from "vitest";
import { addFormSchema } from "@/components/catalog/add-form-schema";
import { releaseTargetFormSchema } from "@/components/indexers/release-target-schema";
import { addMovieInput } from "@/lib/catalog";
import { prowlarrImportSchema } from "@/lib/indexers";

/** Each field's first message, as the zod resolver shows it next to the field. */
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).toReversed().map((i) => [i.path.join("."), i.message]));

describe("dialog form schemas: the server's schemas, checked in the browser", () => {
  const add = { libraryId: "", qualityProfileId: "p1", monitored: true, searchNow: false, tags: ["Kids"] };

  it("Add dialog: a new library needs a name and an absolute folder, as the library forms say", () => {
    expect(messages(addFormSchema.safeParse({ ...add, library: { name: " ", path: "" } }))).toEqual({
      "library.name": "give the library a name",
      "library.path": "choose a folder",
    });
    expect(messages(addFormSchema.safeParse({ ...add, library: { name: "Movies", path: "movies" } }))).toEqual({
      "library.path": "must be an absolute path such as /data/movies",
    });
    expect(addFormSchema.safeParse({ ...add, library: { name: "Movies", path: "/data/movies" } }).success).toBe(true);
  });

  it("Add dialog: without a new library its values parse as the server's add schema parses them", () => {
    const form = addFormSchema.parse(add);
    expect(form.library).toBeUndefined();
    const { tmdbId: _tmdbId, ...server } = addMovieInput.parse({ tmdbId: 550, ...add });
    expect({ ...form, monitor: undefined }).toEqual({ ...server, monitor: undefined });
    expect(form.tags).toEqual(["kids"]);
  });

  it("Prowlarr import: the address and key the server's import checks", () => {
    expect(messages(prowlarrImportSchema.safeParse({ baseUrl: "prowlarr:9696", apiKey: " " }))).toEqual({
      baseUrl: "must be an http:// or https:// address",
      apiKey: "is required",
    });
    expect(prowlarrImportSchema.parse({ baseUrl: " http://prowlarr:9696 ", apiKey: "k" }).baseUrl).toBe(
      "http://prowlarr:9696",
    );
  });

  it("release target: a movie needs its pick, a series at least one episode", () => {
    const base = { filter: "", episodeIds: [] };
    expect(messages(releaseTargetFormSchema.safeParse({ ...base, kind: "movie", picked: null }))).toEqual({
      picked: "Pick the title it is for",
    });
    expect(messages(releaseTargetFormSchema.safeParse({ ...base, kind: "series", picked: "s1" }))).toEqual({
      episodeIds: "Pick at least one episode",
    });
    expect(releaseTargetFormSchema.safeParse({ ...base, kind: "movie", picked: "m1" }).success).toBe(true);
  });
});
