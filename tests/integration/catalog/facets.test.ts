import { describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { reader } from "./helpers";

/**
 * The Movies and TV lists' genre and tag choices come from the facet tables, kept with every
 * write of a title (insert, update of genres or tags, delete), on both dialects; the list is read
 * from the index (a skip scan), not rebuilt from every title.
 */
const movie = (tmdbId: number, genres: string[], tags: string[] = []) => ({
  tmdbId,
  title: `Facet Movie ${tmdbId}`,
  sortTitle: `facet movie ${tmdbId}`,
  year: 2020,
  status: "released" as const,
  genres,
  tags,
  monitored: true,
  minimumAvailability: "released" as const,
  libraryId: "movies",
  qualityProfileId: "default",
  addedAt: new Date(),
  updatedAt: new Date(),
});

describe("catalog facets", () => {
  it("keeps the movies' genres and tags with each write", async () => {
    const repo = await import("@/lib/catalog/movies.repo");
    const { movieGenres, movieTags } = await import("@/lib/catalog");
    const a = await repo.insertMovieRow(movie(1, ["Drama", "Comedy", "Drama"], ["kids"]));
    await repo.insertMovieRow(movie(2, ["Drama"]));
    const c = await repo.insertMovieRow(movie(3, ["Horror"], ["night", "kids"]));
    expect(await movieGenres(reader)).toEqual(["Comedy", "Drama", "Horror"]);
    expect(await movieTags(reader)).toEqual(["kids", "night"]);

    await repo.updateMovieRow(c.id, { genres: ["Western"] });
    expect(await movieGenres(reader)).toEqual(["Comedy", "Drama", "Western"]);
    expect(await movieTags(reader)).toEqual(["kids", "night"]); // tags not given: unchanged
    await repo.updateMovieRow(c.id, { tags: [] });
    expect(await movieTags(reader)).toEqual(["kids"]);
    await repo.updateMovieRow(a.id, { monitored: false });
    expect(await movieGenres(reader)).toEqual(["Comedy", "Drama", "Western"]);

    await repo.deleteMovieRow(a.id);
    expect(await movieGenres(reader)).toEqual(["Drama", "Western"]);
    expect(await movieTags(reader)).toEqual([]);
  });

  it("keeps the series' genres and tags with each write", async () => {
    const repo = await import("@/lib/catalog/series.repo");
    const { seriesGenres, seriesTags } = await import("@/lib/catalog");
    const series = (tmdbId: number, genres: string[], tags: string[]) => ({
      tmdbId,
      title: `Facet Series ${tmdbId}`,
      sortTitle: `facet series ${tmdbId}`,
      status: "continuing" as const,
      seriesType: "standard" as const,
      genres,
      tags,
      monitored: true,
      monitor: "all" as const,
      monitorNewSeasons: true,
      libraryId: "tv",
      qualityProfileId: "default",
      addedAt: new Date(),
      updatedAt: new Date(),
    });
    const x = await repo.insertSeriesRow(series(11, ["Animation", "Comedy"], ["kids"]), db());
    await repo.insertSeriesRow(series(12, ["Crime"], []), db());
    expect(await seriesGenres(reader)).toEqual(["Animation", "Comedy", "Crime"]);
    await repo.updateSeriesRow(x.id, { genres: ["Comedy"], tags: ["family"] });
    expect(await seriesGenres(reader)).toEqual(["Comedy", "Crime"]);
    expect(await seriesTags(reader)).toEqual(["family"]);
    await repo.deleteSeriesRow(x.id);
    expect(await seriesGenres(reader)).toEqual(["Crime"]);
    expect(await seriesTags(reader)).toEqual([]);
  });

  it("rebuilds the facets of titles written straight to the tables", async () => {
    const { movieGenres, rebuildFacets } = await import("@/lib/catalog");
    await db()
      .insert(tables.movies)
      .values(movie(4, ["Mystery"]));
    expect(await movieGenres(reader)).not.toContain("Mystery");
    await rebuildFacets();
    expect(await movieGenres(reader)).toEqual(["Drama", "Mystery", "Western"]);
  });
});
