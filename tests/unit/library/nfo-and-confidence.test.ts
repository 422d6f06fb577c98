import { describe, expect, it } from "vitest";
import { nfoIds } from "@/lib/library/scan/nfo";
import { CONFIDENT, scoreResults } from "@/lib/library/scan/confidence";
import { idsIn } from "@/lib/library/scan/titles";
import type { SearchResult } from "@/lib/metadata";

const result = (tmdbId: number, title: string, year: number | null): SearchResult => ({
  type: "movie",
  tmdbId,
  title,
  originalTitle: null,
  year,
  overview: null,
  posterPath: null,
  backdropPath: null,
  rating: null,
  popularity: null,
  genreIds: [],
});

describe("Kodi .nfo ids", () => {
  it("reads <uniqueid type>, <tmdbid>, <imdbid>, <tvdbid> and the old <id>", () => {
    expect(
      nfoIds(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><movie><uniqueid type="imdb" default="true">tt0137523</uniqueid><uniqueid type="tmdb">550</uniqueid></movie>`,
      ),
    ).toEqual({ tmdbId: 550, imdbId: "tt0137523", tvdbId: null });
    expect(nfoIds(`<movie><tmdbid>550</tmdbid><imdbid>tt0137523</imdbid></movie>`)).toEqual({
      tmdbId: 550,
      imdbId: "tt0137523",
      tvdbId: null,
    });
    expect(nfoIds(`<movie><id>tt0137523</id></movie>`).imdbId).toBe("tt0137523");
    expect(nfoIds(`<tvshow><id>121361</id></tvshow>`).tvdbId).toBe(121361);
    expect(nfoIds(`<tvshow><uniqueid type="tvdb">121361</uniqueid><tvdbid>1</tvdbid></tvshow>`).tvdbId).toBe(121361);
  });

  it("takes a bare link (Kodi does) and nothing from release notes or broken XML", () => {
    expect(nfoIds("https://www.themoviedb.org/movie/550-fight-club").tmdbId).toBe(550);
    expect(nfoIds("▄▄▄ GRP presents ▄▄▄\nhttps://www.imdb.com/title/tt0137523/\n").imdbId).toBe("tt0137523");
    expect(nfoIds("<movie><title>Unclosed")).toEqual({ tmdbId: null, imdbId: null, tvdbId: null });
    expect(nfoIds(`<movie><uniqueid type="tmdb">not a number</uniqueid></movie>`).tmdbId).toBeNull();
  });
});

describe("ids in names", () => {
  it("reads TRaSH-style ids in braces and brackets", () => {
    expect(idsIn("Wrong Title (2001) {tmdb-550}")).toMatchObject({ tmdbId: 550 });
    expect(idsIn("Fight Club (1999) [tmdbid-550]")).toMatchObject({ tmdbId: 550 });
    expect(idsIn("Fight Club {imdb-tt0137523}")).toMatchObject({ imdbId: "tt0137523" });
    expect(idsIn("Game of Thrones {tvdb-121361}")).toMatchObject({ tvdbId: 121361 });
    expect(idsIn("Game of Thrones [tvdbid-121361]")).toMatchObject({ tvdbId: 121361 });
  });
});

describe("search confidence", () => {
  it("is sure of the same title and year, less so a year off or a title without year among namesakes", () => {
    expect(scoreResults([result(1, "Heat", 1995), result(2, "Heat", 1972)], "Heat", 1995)[0]).toMatchObject({
      confidence: 1,
      result: { tmdbId: 1 },
    });
    expect(scoreResults([result(1, "Heat", 1995)], "Heat", 1996)[0].confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(scoreResults([result(1, "Star Wars", 1977)], "Star Wars", 1980)[0].confidence).toBeLessThan(CONFIDENT);
    const namesakes = scoreResults([result(1, "The Office", 2005), result(2, "The Office", 2001)], "The Office", null);
    expect(namesakes[0].confidence).toBeLessThan(CONFIDENT);
    expect(scoreResults([result(1, "Completely Different", 1995)], "Heat", 1995)[0].confidence).toBeLessThan(0.3);
    expect(scoreResults([result(1, "Amélie", 2001)], "Amelie", 2001)[0].confidence).toBe(1);
  });
});
