import { describe, expect, it } from "vitest";
import { destinationFor, renderTemplate, type NamingContext } from "@/lib/library/import/naming";
import { defaultNaming, type NamingSettings } from "@/lib/library/library.types";
import { mapPath } from "@/lib/library/path-mappings";
import { sanitizeComponent } from "@/lib/library/paths";
import { classify } from "@/lib/library/scan/classify";
import { titleKey } from "@/lib/catalog/title-index";
import { folderTitleYear, idsIn } from "@/lib/library/scan/titles";

const naming = (changes: Partial<NamingSettings> = {}): NamingSettings => ({ ...defaultNaming(), ...changes });
const movie: NamingContext = {
  movie: { title: "Star Wars: Episode IV – A New Hope", year: 1977, tmdbId: 11, imdbId: "tt0076759" },
  quality: "Bluray-1080p",
  releaseGroup: "GRP",
  edition: null,
};
const eps = (...numbers: number[]) =>
  numbers.map((n) => ({
    seasonNumber: 1,
    episodeNumber: n,
    absoluteNumber: n,
    title: `Part ${n}`,
    airDate: "2011-04-17",
  }));
const show = (episodes: ReturnType<typeof eps>): NamingContext => ({
  series: { title: "Game of Thrones", year: 2011, tmdbId: 1399, tvdbId: 121361, imdbId: null, seriesType: "standard" },
  episodes,
  quality: "WEBDL-1080p",
});

describe("naming templates", () => {
  it("renders tokens, optional parts, ids in braces and colon replacement", () => {
    expect(destinationFor("movie", naming(), movie, "mkv", "x.mkv")).toBe(
      "Star Wars - Episode IV – A New Hope (1977) {tmdb-11}/Star Wars - Episode IV – A New Hope (1977) [Bluray-1080p]-GRP.mkv",
    );
    expect(
      renderTemplate(
        "{Movie CleanTitle} {Release Year} {imdb-{ImdbId}}",
        movie,
        naming({ colonReplacement: "delete" }),
      ),
    ).toBe("Star Wars Episode IV A New Hope 1977 {imdb-tt0076759}");
    expect(renderTemplate("{Movie Title}", movie, naming({ colonReplacement: "space-dash-space" }))).toBe(
      "Star Wars - Episode IV – A New Hope",
    );
    expect(renderTemplate("{movie title} {MOVIE TITLE}", { movie: { ...movie.movie!, title: "Up" } }, naming())).toBe(
      "up UP",
    );
    expect(
      renderTemplate("{Movie Title} {Edition Tags }{[Quality Full]}{-Release Group}", { movie: movie.movie }, naming()),
    ).toBe("Star Wars - Episode IV – A New Hope");
    expect(renderTemplate("{Movie Title} {Unknown Token}", movie, naming())).toContain("{Unknown Token}");
  });

  it("names multi-episode files in every style", () => {
    const styles: [NamingSettings["multiEpisodeStyle"], string][] = [
      ["extend", "S01E01-02-03"],
      ["duplicate", "S01E01.S01E02.S01E03"],
      ["repeat", "S01E01E02E03"],
      ["scene", "S01E01-E02-E03"],
      ["range", "S01E01-03"],
      ["prefixed-range", "S01E01-E03"],
    ];
    for (const [style, expected] of styles)
      expect(
        renderTemplate("S{season:00}E{episode:00}", show(eps(1, 2, 3)), naming({ multiEpisodeStyle: style })),
      ).toBe(expected);
    expect(renderTemplate("{absolute:000} {Episode Title} {Air-Date}", show(eps(1, 2)), naming())).toBe(
      "001-002 Part 1 + Part 2 2011-04-17",
    );
    expect(destinationFor("tv", naming(), show(eps(4)), "mkv", "x.mkv")).toBe(
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E04 - Part 4 [WEBDL-1080p].mkv",
    );
    expect(
      destinationFor(
        "tv",
        naming(),
        { ...show(eps(1)), episodes: [{ ...eps(1)[0], seasonNumber: 0 }] },
        "mkv",
        "x.mkv",
      ).split("/")[1],
    ).toBe("Specials");
  });

  it("sanitizes hostile values: separators, .., control characters, very long names", () => {
    const hostile: NamingContext = {
      movie: { title: "../../etc/passwd\n\u0000<evil>|?*", year: null, tmdbId: 1, imdbId: null },
    };
    const result = destinationFor(
      "movie",
      naming({ movieFolder: "{Movie Title}", movieFile: "{Movie Title}" }),
      hostile,
      "mkv",
      "x",
    );
    for (const part of result.split("/")) {
      expect(part).not.toMatch(/^\.\.?$|[\u0000-\u001f<>|?*\\]/);
      expect(part.startsWith(".")).toBe(false);
    }
    expect(result.split("/")).toHaveLength(2);
    const long = sanitizeComponent("é".repeat(300), "mkv");
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(240);
    expect(long.endsWith(".mkv")).toBe(true);
    expect(sanitizeComponent("..")).toBe("_");
    expect(sanitizeComponent(' "Quoted" name ')).toBe("'Quoted' name");
  });
});

describe("scanner helpers", () => {
  it("classifies videos and extras", () => {
    expect(classify("Movie (2010)/Movie (2010).mkv")).toBe("video");
    expect(classify("Movie (2010)/Movie (2010).en.forced.srt")).toBe("subtitle");
    expect(classify("Movie (2010)/movie.nfo")).toBe("nfo");
    expect(classify("Movie (2010)/Sample/sample.mkv")).toBe("sample");
    expect(classify("Movie (2010)/movie-sample.mkv")).toBe("sample");
    expect(classify("Movie (2010)/Trailers/Teaser.mp4")).toBe("trailer");
    expect(classify("Movie (2010)/Movie-trailer.mp4")).toBe("trailer");
    expect(classify("Movie (2010)/Featurettes/Making of.mkv")).toBe("featurette");
    expect(classify("Movie (2010)/Behind The Scenes/x.mkv")).toBe("extra");
    expect(classify("Movie (2010)/poster.jpg")).toBeNull();
  });

  it("reads ids and titles from folder names", () => {
    expect(idsIn("Fight Club (1999) {tmdb-550}")).toEqual({ tmdbId: 550, imdbId: null, tvdbId: null });
    expect(idsIn("Fight Club [tmdbid-550] {imdb-tt0137523}")).toEqual({
      tmdbId: 550,
      imdbId: "tt0137523",
      tvdbId: null,
    });
    expect(idsIn("Game of Thrones {tvdb-121361}").tvdbId).toBe(121361);
    expect(folderTitleYear("Fight Club (1999) {tmdb-550}", "movie")).toEqual({ title: "Fight Club", year: 1999 });
    expect(folderTitleYear("Fight.Club.1999.1080p.BluRay.x264-GRP", "movie")).toEqual({
      title: "Fight Club",
      year: 1999,
    });
    expect(folderTitleYear("The Office (US)", "tv")).toEqual({ title: "The Office (US)", year: null });
    expect(titleKey("Amélie")).toBe(titleKey("amelie"));
    expect(titleKey("Law & Order")).toBe(titleKey("Law and Order"));
  });

  it("maps remote paths to local ones (longest mapping wins, Windows paths too)", () => {
    const mappings = [
      { id: "1", remotePath: "/downloads", localPath: "/mnt/dl" },
      { id: "2", remotePath: "/downloads/tv", localPath: "/mnt/tv-dl" },
      { id: "3", remotePath: "D:\\Downloads", localPath: "/mnt/win" },
    ];
    expect(mapPath("/downloads/movies/x.mkv", mappings)).toBe("/mnt/dl/movies/x.mkv");
    expect(mapPath("/downloads/tv/x.mkv", mappings)).toBe("/mnt/tv-dl/x.mkv");
    expect(mapPath("d:\\downloads\\Some Movie\\x.mkv", mappings)).toBe("/mnt/win/Some Movie/x.mkv");
    expect(mapPath("/other/x.mkv", mappings)).toBe("/other/x.mkv");
    expect(mapPath("/downloadsX/x.mkv", mappings)).toBe("/downloadsX/x.mkv");
  });
});
