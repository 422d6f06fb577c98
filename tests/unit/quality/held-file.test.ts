import { describe, expect, it } from "vitest";
import { defaultQualitySizes, toExistingFile, type CustomFormat } from "@/lib/quality";
import { profileNamed } from "../../helpers/quality";

const formats: CustomFormat[] = [
  {
    id: "flux",
    name: "FLUX",
    includeWhenRenaming: false,
    conditions: [{ name: "", type: "releaseGroup", pattern: "^FLUX$", negate: false, required: false }],
  },
  {
    id: "x265",
    name: "x265",
    includeWhenRenaming: false,
    conditions: [{ name: "", type: "releaseTitle", pattern: "x265|HEVC", negate: false, required: false }],
  },
];
const profile = { ...profileNamed("HD-1080p"), formatScores: { flux: 20, x265: -5 } };
const quality = { profile, sizes: defaultQualitySizes(), formats, releaseProfiles: [], delayProfile: null };

describe("automation: library files as the decision engine sees them", () => {
  it("takes the library's quality and reads revision and custom formats from the file name", () => {
    const held = toExistingFile(
      {
        relativePath: "Fight Club (1999)/Fight Club (1999) [Bluray-1080p Proper x265]-FLUX.mkv",
        size: 8e9,
        quality: "Bluray-1080p",
        releaseGroup: "FLUX",
      },
      quality,
      { kind: "movie" },
    );
    expect(held).toMatchObject({ qualityId: 7, revision: { version: 2 }, formatScore: 15, releaseGroup: "FLUX" });
  });

  it("falls back to the parsed quality when the library recorded none, and keeps episode keys", () => {
    const held = toExistingFile(
      {
        relativePath: "Show/Season 1/Show.S01E02.720p.HDTV.x264-CTU.mkv",
        size: 1e9,
        quality: null,
        releaseGroup: null,
        episodeKeys: ["1:2"],
      },
      quality,
      { kind: "tv" },
    );
    expect(held).toMatchObject({
      qualityId: 4,
      revision: { version: 1 },
      formatScore: 0,
      releaseGroup: "CTU",
      episodeKeys: ["1:2"],
    });
  });
});
