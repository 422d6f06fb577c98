import { describe, expect, it } from "vitest";
import { bulkEditForm, emptyBulkEdit } from "@/components/catalog/bulk/bulk-edit-form";
import { addExclusionInput } from "@/lib/catalog/exclusion.input";

describe("the Bulk edit dialog's schema", () => {
  it("sends only the fields changed from No change, monitoring as a boolean", () => {
    const parsed = bulkEditForm("series").parse({
      ...emptyBulkEdit,
      monitored: "false",
      qualityProfileId: "p1",
      tagMode: "add",
      tags: ["weekend"],
    });
    expect(parsed).toEqual({
      changes: { monitored: false, qualityProfileId: "p1" },
      tags: { mode: "add", values: ["weekend"] },
    });
  });

  it("replaces tags with none, but ignores add without tags", () => {
    expect(bulkEditForm("movie").parse({ ...emptyBulkEdit, tagMode: "replace" })).toEqual({
      changes: {},
      tags: { mode: "replace", values: [] },
    });
    expect(bulkEditForm("movie").parse({ ...emptyBulkEdit, tagMode: "add" })).toEqual({ changes: {} });
  });

  it("refuses what the server's schema refuses, on the field that holds it", () => {
    const movie = bulkEditForm("movie").safeParse({ ...emptyBulkEdit, monitor: "all" });
    expect(movie.success).toBe(false);
    const series = bulkEditForm("series").safeParse({ ...emptyBulkEdit, seriesType: "sitcom" });
    expect(series.error?.issues.map((issue) => issue.path)).toEqual([["seriesType"]]);
  });
});

describe("the Add exclusion form's schema", () => {
  it("asks for the TMDB id in words when the box is empty or not a positive whole number", () => {
    for (const tmdbId of [undefined, 0, 1.5]) {
      const result = addExclusionInput.safeParse({ kind: "movie", tmdbId });
      expect(result.error?.issues[0]?.message).toBe(
        "Enter the TMDB id: the number in the title's themoviedb.org address",
      );
    }
  });
});
