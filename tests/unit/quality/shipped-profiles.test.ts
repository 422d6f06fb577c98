import { describe, expect, it } from "vitest";
import { defaultQualityProfiles, evaluateReleases, type QualityProfile } from "@/lib/quality";
import { qualityByName } from "@/lib/release";
import { candidate, context } from "../../helpers/quality";

/**
 * The shipped profiles upgrade (issue 12): each one's cutoff is its natural goal, so a file below
 * it is replaced by a better release, and a file at the cutoff stays.
 */
const shipped = (id: string): QualityProfile => defaultQualityProfiles().find((p) => p.id === id)!;
const cutoffName = (p: QualityProfile) => p.items.find((i) => i.id === p.cutoff)!.name;
const held = (quality: string) => [
  { qualityId: qualityByName(quality)!.id, revision: { version: 1, real: 0 }, formatScore: 0, releaseGroup: null },
];

describe("shipped quality profiles", () => {
  it("each profile's cutoff is its best non-remux quality, not its lowest", () => {
    expect(
      Object.fromEntries(defaultQualityProfiles().map((p) => [p.name, [p.upgradeAllowed, cutoffName(p)]])),
    ).toEqual({
      Any: [true, "Bluray-1080p"],
      SD: [true, "Bluray-576p"],
      "HD-720p": [true, "Bluray-720p"],
      "HD-1080p": [true, "Bluray-1080p"],
      "Ultra-HD": [true, "Bluray-2160p"],
      "HD-720p/1080p": [true, "Bluray-1080p"],
    });
  });

  it.each([
    ["hd-1080p", "HDTV-1080p", "Fight.Club.1999.1080p.BluRay.x264-GRP", "Fight.Club.1999.1080p.HDTV.x264-GRP"],
    ["hd-720p", "HDTV-720p", "Fight.Club.1999.720p.BluRay.x264-GRP", "Fight.Club.1999.720p.HDTV.x264-GRP"],
    [
      "ultra-hd",
      "WEBDL-2160p",
      "Fight.Club.1999.2160p.UHD.BluRay.x265-GRP",
      "Fight.Club.1999.2160p.WEB-DL.DDP5.1.H.265-GRP",
    ],
    ["any", "SDTV", "Fight.Club.1999.1080p.BluRay.x264-GRP", "Fight.Club.1999.HDTV.x264-GRP"],
  ])("%s upgrades a %s file to a better release and stops at the cutoff", (id, onDisk, better, same) => {
    const profile = shipped(id);
    const decisions = evaluateReleases(
      [candidate(better), candidate(same)],
      context({ profile, existingFiles: held(onDisk) }),
    );
    expect(decisions.map((d) => [d.candidate.title, d.accepted, d.rejections.map((r) => r.reason)])).toEqual([
      [better, true, []],
      [same, false, expect.any(Array)],
    ]);
    const atCutoff = evaluateReleases(
      [candidate(better)],
      context({
        profile,
        existingFiles: held(cutoffName(profile) === "WEB 1080p" ? "WEBDL-1080p" : cutoffName(profile)),
      }),
    );
    expect(atCutoff.filter((d) => d.accepted)).toEqual([]);
  });
});
