import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTinyMedia } from "../../helpers/tiny-media";
import { admin, reader, useAllowedRoot, writeFiles } from "./helpers";

describe("library: media info with ffprobe on real tiny videos", () => {
  let library: typeof import("@/lib/library");
  let base = "";
  let libraryId = "";

  beforeAll(async () => {
    base = await useAllowedRoot("media-info");
    library = await import("@/lib/library");
    const media = makeTinyMedia(path.join(base, "generated"));
    const root = path.join(base, "movies");
    mkdirSync(path.join(root, "Tiny Movie (2010)"), { recursive: true });
    copyFileSync(media.h264, path.join(root, "Tiny Movie (2010)", "Tiny Movie (2010) Bluray-1080p.mkv"));
    copyFileSync(media.hdr, path.join(root, "Tiny Movie (2010)", "Tiny Movie (2010) Bluray-2160p.mkv"));
    copyFileSync(media.multi, path.join(root, "Tiny Movie (2010)", "Some Movie (2010) Bluray-1080p.mkv"));
    writeFiles(root, {
      "Broken (2011)/Broken (2011).mkv": Buffer.from("this is not a matroska file at all".repeat(50)),
    });
    libraryId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: root })).id;
    await library.scanLibrary(libraryId, { metadataSearch: false });
  }, 120_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const fileInfo = async (name: string) => {
    const { db, tables } = await import("@/lib/db");
    const rows = await db().select().from(tables.mediaFiles);
    return rows.find((r) => r.relativePath.endsWith(name))!;
  };

  it("reads resolution, codecs, bit depth, HDR, audio and subtitle tracks; a corrupt file gets its own error", async () => {
    const summary = await library.analyzeLibrary(libraryId);
    expect(summary).toMatchObject({ analyzed: 3, failed: 1 });
    expect(summary.errors[0]).toMatchObject({ path: "Broken (2011)/Broken (2011).mkv" });
    expect(summary.errors[0].message).toMatch(/^ffprobe could not read the file/);

    const h264 = (await fileInfo("Tiny Movie (2010) Bluray-1080p.mkv")).mediaInfo!;
    expect(h264).toMatchObject({
      container: "matroska",
      video: { codec: "h264", width: 1920, height: 1080, resolution: "1080p", bitDepth: 8, hdr: null, frameRate: 24 },
    });
    expect(h264.audio).toEqual([{ codec: "aac", channels: 2, layout: "stereo", language: null, title: null }]);
    expect(h264.durationSeconds).toBeGreaterThan(0.5);
    expect(h264.bitrate).toBeGreaterThan(0);

    const hdr = (await fileInfo("Bluray-2160p.mkv")).mediaInfo!;
    expect(hdr.video).toMatchObject({ codec: "hevc", resolution: "2160p", bitDepth: 10, hdr: "HDR10" });

    const multi = (await fileInfo("Some Movie (2010) Bluray-1080p.mkv")).mediaInfo!;
    expect(multi.audio.map((a) => [a.codec, a.channels, a.language])).toEqual([
      ["aac", 6, "eng"],
      ["aac", 2, "ger"],
    ]);
    expect(multi.subtitles).toEqual([{ codec: "subrip", language: "eng", forced: false, title: null }]);

    const broken = await fileInfo("Broken (2011).mkv");
    expect(broken.mediaInfo).toBeNull();
    expect(broken.mediaInfoError).toMatch(/ffprobe could not read the file/);
    expect(broken.analyzedAt).not.toBeNull();
    // Analyzed files are not probed again until they change.
    expect(await library.analyzeLibrary(libraryId)).toMatchObject({ analyzed: 0, failed: 0 });
  });

  it("a changed file is probed again; a missing ffprobe is one clear error, not a crash", async () => {
    writeFileSync(path.join(base, "movies", "Broken (2011)/Broken (2011).mkv"), "changed but still broken");
    await library.scanLibrary(libraryId, { metadataSearch: false });
    process.env.FFPROBE_PATH = "/nonexistent/ffprobe";
    (await import("@/lib/config")).resetConfigForTests();
    try {
      const summary = await library.analyzeLibrary(libraryId);
      expect(summary.failed).toBe(1);
      expect(summary.errors[0].message).toBe(
        "ffprobe was not found (/nonexistent/ffprobe): install ffmpeg or set FFPROBE_PATH",
      );
    } finally {
      delete process.env.FFPROBE_PATH;
      (await import("@/lib/config")).resetConfigForTests();
    }
    const files = await library.listMediaFiles(reader, { movieId: "none" });
    expect(files).toEqual([]);
  });

  it("names files with media info tokens on import", async () => {
    const { renderTemplate } = library;
    const mediaInfo = (await fileInfo("Bluray-2160p.mkv")).mediaInfo;
    const naming = (await library.getLibrary(reader, libraryId)).naming;
    expect(
      renderTemplate(
        "{Movie Title} {[MediaInfo VideoDynamicRangeType]}{[MediaInfo VideoCodec]}{[MediaInfo VideoBitDepth]}",
        { movie: { title: "Tiny", year: 2010, tmdbId: 1, imdbId: null }, mediaInfo },
        naming,
      ),
    ).toBe("Tiny [HDR10][x265][10]");
  });
});
