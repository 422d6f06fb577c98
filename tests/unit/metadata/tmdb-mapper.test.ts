import { describe, expect, it } from "vitest";
import {
  tmdbContentRatingsSchema,
  tmdbMovieDetailsSchema,
  tmdbMoviePageSchema,
  tmdbReleaseDatesSchema,
  tmdbSeasonSchema,
  tmdbTvDetailsSchema,
  tmdbTvExternalIdsSchema,
  tmdbTvPageSchema,
} from "@/lib/metadata/tmdb/tmdb.schema";
import { mapMovie, mapMovieResult, mapPage, mapSeason, mapSeries, mapTvResult } from "@/lib/metadata/tmdb/tmdb.mapper";
import { fixture } from "../../helpers/fake-tmdb";

describe("TMDB mapping on the captured responses", () => {
  it("maps Fight Club (550) with its US release dates and certification", () => {
    const details = tmdbMovieDetailsSchema.parse(fixture("themoviedbapi/movies/details.json"));
    const releases = tmdbReleaseDatesSchema.parse(fixture("themoviedbapi/movies/release_dates.json"));
    const movie = mapMovie(details, releases);
    expect(movie).toMatchObject({
      tmdbId: 550,
      imdbId: "tt0137523",
      title: "Fight Club",
      year: 1999,
      runtime: 139,
      tmdbStatus: "Released",
      certification: "R",
      genres: ["Drama", "Thriller", "Comedy"],
      posterPath: "/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg",
    });
    expect(movie.releaseDates.inCinemas).toBe("1999-10-15");
    expect(movie.collection).toEqual({ tmdbId: 77816, name: "Kung Fu Panda Collection" });
  });

  it("uses the language's region for release dates and certification", () => {
    const details = tmdbMovieDetailsSchema.parse(fixture("themoviedbapi/movies/details.json"));
    const releases = tmdbReleaseDatesSchema.parse(fixture("themoviedbapi/movies/release_dates.json"));
    const movie = mapMovie(details, releases, "GB");
    expect(movie.releaseDates.inCinemas).toBe("1999-11-12");
    expect(movie.certification).toBe("18");
  });

  it("maps Game of Thrones (1399) with tvdb/imdb ids, network, rating and seasons", () => {
    const series = mapSeries(
      tmdbTvDetailsSchema.parse(fixture("themoviedbapi/tv_series/details.json")),
      tmdbTvExternalIdsSchema.parse(fixture("themoviedbapi/tv_series/external_ids.json")),
      tmdbContentRatingsSchema.parse(fixture("tmdb-api-rs/tv-content-ratings.json")),
    );
    expect(series).toMatchObject({
      tmdbId: 1399,
      tvdbId: 121361,
      imdbId: "tt0944947",
      title: "Game of Thrones",
      year: 2011,
      network: "HBO",
      tmdbStatus: "Ended",
      certification: "TV-MA",
      firstAirDate: "2011-04-17",
    });
    expect(series.seasons.map((s) => s.seasonNumber)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(series.seasons[1]).toMatchObject({ title: "Season 1", episodeCount: 10, airDate: "2011-04-17" });
  });

  it("maps season 1 with its ten episodes and air dates", () => {
    const season = mapSeason(tmdbSeasonSchema.parse(fixture("themoviedbapi/tv_seasons/details.json")));
    expect(season.seasonNumber).toBe(1);
    expect(season.episodes).toHaveLength(10);
    expect(season.episodes[0]).toMatchObject({
      tmdbId: 63056,
      episodeNumber: 1,
      title: "Winter Is Coming",
      airDate: "2011-04-17",
      runtime: 62,
      stillPath: "/9hGF3WUkBf7cSjMg0cdMDHJkByd.jpg",
    });
  });

  it("maps search pages of both kinds", () => {
    const movies = mapPage(tmdbMoviePageSchema.parse(fixture("themoviedbapi/search/movie.json")), mapMovieResult);
    expect(movies.totalResults).toBe(39);
    expect(movies.results[0]).toMatchObject({ type: "movie", tmdbId: 550, title: "Fight Club", year: 1999 });
    const shows = mapPage(tmdbTvPageSchema.parse(fixture("tmdb-api-rs/search-tv.json")), mapTvResult);
    expect(shows.results.map((r) => r.tmdbId)).toContain(1399);
    expect(shows.results[0]).toMatchObject({ type: "tv", title: "Game of Thrones", year: 2011 });
  });

  it("reads every list fixture the Discover page uses", () => {
    for (const file of ["movie_lists/popular.json", "movie_lists/upcoming.json", "discover/movies.json"]) {
      expect(tmdbMoviePageSchema.safeParse(fixture(`themoviedbapi/${file}`)).success).toBe(true);
    }
    for (const file of ["tv_series_lists/popular.json", "tv_series_lists/on_the_air.json", "discover/tv.json"]) {
      expect(tmdbTvPageSchema.safeParse(fixture(`themoviedbapi/${file}`)).success).toBe(true);
    }
  });
});
