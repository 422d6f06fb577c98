import { describe, expect, it } from "vitest";
import { episodeState, movieState, progressKind, progressOf } from "@/lib/catalog/title-status";

const now = new Date("2026-06-15T18:00:00Z");
const facts = { monitored: true, runtime: 60, hasFile: false, downloading: false };

describe("episodeState", () => {
  it("puts a file before a download, a download before monitoring", () => {
    expect(episodeState({ ...facts, monitored: false, airDateUtc: null, hasFile: true, downloading: true }, now)).toBe(
      "downloaded",
    );
    expect(episodeState({ ...facts, monitored: false, airDateUtc: null, downloading: true }, now)).toBe("downloading");
    expect(episodeState({ ...facts, monitored: false, airDateUtc: "2020-01-01T00:00:00Z" }, now)).toBe("unmonitored");
  });

  it("is airing all of its air day (UTC) and while a broadcast from the day before is still on", () => {
    expect(episodeState({ ...facts, airDateUtc: "2026-06-15T23:30:00Z" }, now)).toBe("airing");
    expect(episodeState({ ...facts, airDateUtc: "2026-06-15T00:00:00Z" }, now)).toBe("airing");
    const justAfterMidnight = new Date("2026-06-16T00:20:00Z");
    expect(episodeState({ ...facts, airDateUtc: "2026-06-15T23:30:00Z" }, justAfterMidnight)).toBe("airing");
    expect(episodeState({ ...facts, airDateUtc: "2026-06-14T20:00:00Z" }, now)).toBe("missing");
  });

  it("is unaired without a date or before its air day", () => {
    expect(episodeState({ ...facts, airDateUtc: null }, now)).toBe("unaired");
    expect(episodeState({ ...facts, airDateUtc: "2026-06-16T00:00:00Z" }, now)).toBe("unaired");
  });
});

describe("progress", () => {
  it("counts files over episodes with a file, on their way or missing (not airing, unaired or unmonitored)", () => {
    const p = progressOf(["downloaded", "missing", "downloading", "airing", "unaired", "unmonitored"]);
    expect(p).toEqual({ files: 1, wanted: 3, missing: 1, downloading: 1, total: 6 });
  });

  it("colours as Sonarr: downloading, complete (ended or continuing), missing, unmonitored", () => {
    expect(progressKind(progressOf(["downloading", "downloaded"]), true, "ended")).toBe("downloading");
    expect(progressKind(progressOf(["downloaded", "unaired"]), true, "ended")).toBe("complete");
    expect(progressKind(progressOf(["downloaded"]), true, "continuing")).toBe("continuing");
    expect(progressKind(progressOf(["downloaded", "missing"]), true, "continuing")).toBe("missing");
    expect(progressKind(progressOf(["downloaded", "missing"]), false, "continuing")).toBe("unmonitored");
  });
});

describe("movieState", () => {
  it("is missing once the movie reached its minimum availability, not released before", () => {
    const movie = { monitored: true, hasFile: false, downloading: false, minimumAvailability: "released" as const };
    expect(movieState({ ...movie, status: "released" })).toBe("missing");
    expect(movieState({ ...movie, status: "inCinemas" })).toBe("unreleased");
    expect(movieState({ ...movie, status: "inCinemas", minimumAvailability: "inCinemas" })).toBe("missing");
    expect(movieState({ ...movie, status: "announced", minimumAvailability: "announced" })).toBe("missing");
    expect(movieState({ ...movie, status: "announced" })).toBe("unreleased");
    expect(movieState({ ...movie, status: "announced", monitored: false })).toBe("unmonitored");
    expect(movieState({ ...movie, status: "announced", hasFile: true })).toBe("downloaded");
  });
});
