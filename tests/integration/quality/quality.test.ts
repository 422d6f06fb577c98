import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts";
import { qualityProfileInUse } from "@/lib/library";

const admin: Actor = { kind: "user", userId: "admin-id", username: "admin", role: "admin", via: "session" };
const reader: Actor = { kind: "user", userId: "reader-id", username: "reader", role: "readonly", via: "session" };
const quality = () => import("@/lib/quality");

const TRASH_X265 = {
  trash_id: "dc98083864ea246d05a42df0d05f81cc",
  trash_scores: { default: -10000 },
  name: "x265 (HD)",
  includeCustomFormatWhenRenaming: false,
  specifications: [
    {
      name: "x265",
      implementation: "ReleaseTitleSpecification",
      negate: false,
      required: true,
      fields: { value: "[xh][ ._-]?265|\\bHEVC(\\b|\\d)" },
    },
    {
      name: "Not 2160p",
      implementation: "ResolutionSpecification",
      negate: true,
      required: true,
      fields: { value: 2160 },
    },
  ],
};
const RADARR_API_FORMAT = {
  name: "Remux Tier",
  includeCustomFormatWhenRenaming: true,
  specifications: [
    {
      name: "Bluray",
      implementation: "SourceSpecification",
      negate: false,
      required: true,
      fields: [{ name: "value", value: 9 }],
    },
    {
      name: "Remux",
      implementation: "QualityModifierSpecification",
      negate: false,
      required: true,
      fields: [{ name: "value", value: 5 }],
    },
    {
      name: "Freeleech",
      implementation: "IndexerFlagSpecification",
      negate: false,
      required: false,
      fields: [{ name: "value", value: 1 }],
    },
  ],
};

describe("quality: definitions, profiles, custom formats, release and delay profiles", () => {
  it("ships the six profiles and a default delay profile, once", async () => {
    const q = await quality();
    const profiles = await q.listQualityProfiles(reader);
    expect(profiles.map((p) => [p.id, p.name])).toEqual([
      ["any", "Any"],
      ["sd", "SD"],
      ["hd-720p", "HD-720p"],
      ["hd-1080p", "HD-1080p"],
      ["ultra-hd", "Ultra-HD"],
      ["hd-720p-1080p", "HD-720p/1080p"],
    ]);
    await q.ensureQualitySeeded();
    expect(await q.listQualityProfiles(reader)).toHaveLength(6);
    expect(await q.listDelayProfiles(reader)).toMatchObject([
      { id: "default", preferredProtocol: "usenet", usenetDelayMinutes: 0, tags: [] },
    ]);
  });

  it("edits size definitions, validates them, and resets to the defaults", async () => {
    const q = await quality();
    const before = await q.listQualitySizes(reader);
    expect(before.find((s) => s.name === "Bluray-1080p")).toMatchObject({
      minSize: 4,
      preferredSize: 95,
      maxSize: 155,
    });
    const after = await q.updateQualitySizes(admin, [
      { qualityId: 7, title: "BD 1080p", minSize: 10, preferredSize: 60, maxSize: 120 },
    ]);
    expect(after.find((s) => s.qualityId === 7)).toMatchObject({
      title: "BD 1080p",
      minSize: 10,
      preferredSize: 60,
      maxSize: 120,
    });
    await expect(
      q.updateQualitySizes(admin, [{ qualityId: 7, minSize: 50, preferredSize: 40, maxSize: 120 }]),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(
      q.updateQualitySizes(reader, [{ qualityId: 7, minSize: 1, preferredSize: 2, maxSize: 3 }]),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await q.resetQualitySizes(admin)).find((s) => s.qualityId === 7)).toMatchObject({
      title: "Bluray-1080p",
      minSize: 4,
    });
  });

  it("imports TRaSH and *arr JSON, exports it back, and refuses bad regexes", async () => {
    const q = await quality();
    const result = await q.importCustomFormats(admin, { json: [TRASH_X265, RADARR_API_FORMAT] });
    expect(result.created.map((f) => f.name)).toEqual(["x265 (HD)", "Remux Tier"]);
    expect(result.created[1].conditions).toEqual([
      { type: "source", name: "Bluray", source: "bluray", negate: false, required: true },
      { type: "qualityModifier", name: "Remux", modifier: "remux", negate: false, required: true },
      { type: "indexerFlag", name: "Freeleech", flag: "freeleech", negate: false, required: false },
    ]);
    expect((await q.importCustomFormats(admin, { json: TRASH_X265 })).skipped).toEqual(["x265 (HD)"]);
    expect((await q.importCustomFormats(admin, { json: TRASH_X265, replace: true })).updated).toHaveLength(1);
    const [exported] = await q.exportCustomFormats(reader, result.created[0].id);
    expect(exported).toEqual({
      name: TRASH_X265.name,
      includeCustomFormatWhenRenaming: false,
      specifications: TRASH_X265.specifications,
    });
    const roundTrip = q.importFormats(await q.exportCustomFormats(reader));
    expect(roundTrip.map((f) => f.conditions)).toEqual((await q.listCustomFormats(reader)).map((f) => f.conditions));
    await expect(
      q.createCustomFormat(admin, { name: "Broken", conditions: [{ type: "releaseTitle", pattern: "(unclosed" }] }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(
      q.createCustomFormat(admin, { name: "x265 (hd)", conditions: [{ type: "releaseTitle", pattern: "x265" }] }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(q.importCustomFormats(reader, { json: TRASH_X265 })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("creates, edits and deletes profiles with scores; deleting a format drops its scores", async () => {
    const q = await quality();
    const hd = await q.getQualityProfile(reader, "hd-1080p");
    const [x265] = (await q.listCustomFormats(reader)).filter((f) => f.name === "x265 (HD)");
    const { id: _id, ...fields } = hd;
    const created = await q.createQualityProfile(admin, {
      ...fields,
      name: "Mine",
      items: hd.items.toReversed(),
      formatScores: { [x265.id]: -10000 },
      minFormatScore: -100,
    });
    expect(created).toMatchObject({ name: "Mine", minFormatScore: -100, formatScores: { [x265.id]: -10000 } });
    expect(created.items[0].name).toBe("Unknown");
    await expect(q.createQualityProfile(admin, { ...fields, name: "mine" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      q.createQualityProfile(admin, { ...fields, name: "Partial", items: hd.items.slice(1) }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(q.createQualityProfile(admin, { ...fields, name: "Bad cutoff", cutoff: "q0" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      q.createQualityProfile(admin, { ...fields, name: "Ghost", formatScores: { nope: 1 } }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    const renamed = await q.updateQualityProfile(admin, created.id, {
      ...fields,
      name: "Mine 2",
      formatScores: created.formatScores,
      upgradeAllowed: false,
    });
    expect(renamed).toMatchObject({ name: "Mine 2", upgradeAllowed: false });
    await q.deleteCustomFormat(admin, x265.id);
    expect((await q.getQualityProfile(reader, created.id)).formatScores).toEqual({});
    await q.deleteQualityProfile(admin, created.id, qualityProfileInUse);
    await expect(q.getQualityProfile(reader, created.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(q.createQualityProfile(reader, { ...fields, name: "Nope" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("refuses to delete a profile a library uses", async () => {
    const q = await quality();
    const { useAllowedRoot } = await import("../library/helpers");
    const { createLibrary, deleteLibrary } = await import("@/lib/library");
    const { mkdirSync, rmSync } = await import("node:fs");
    const path = await import("node:path");
    const { id: _id, ...fields } = await q.getQualityProfile(reader, "hd-1080p");
    const profile = await q.createQualityProfile(admin, { ...fields, name: "Used by a library" });
    const base = await useAllowedRoot("quality-usage");
    mkdirSync(path.join(base, "movies"));
    const library = await createLibrary(admin, {
      name: "Movies",
      kind: "movie",
      path: path.join(base, "movies"),
      qualityProfileId: profile.id,
    });
    await expect(q.deleteQualityProfile(admin, profile.id, qualityProfileInUse)).rejects.toMatchObject({
      code: "conflict",
    });
    await deleteLibrary(admin, library.id);
    await q.deleteQualityProfile(admin, profile.id, qualityProfileInUse);
    rmSync(base, { recursive: true, force: true });
  });

  it("resolves the placeholder id and refuses unknown ones", async () => {
    const q = await quality();
    expect(await q.resolveQualityProfileId(undefined)).toBe("any");
    expect(await q.resolveQualityProfileId("default")).toBe("any");
    expect(await q.resolveQualityProfileId("hd-1080p")).toBe("hd-1080p");
    await expect(q.resolveQualityProfileId("nope")).rejects.toMatchObject({ code: "validation_failed" });
    expect((await q.qualityProfileNames()).get("default")).toBe("Any");
  });

  it("keeps release and delay profiles", async () => {
    const q = await quality();
    const rp = await q.createReleaseProfile(admin, {
      name: "No junk",
      ignored: ["/\\bHC\\b/i", "KORSUB"],
      tags: ["movies"],
    });
    expect(rp).toMatchObject({
      enabled: true,
      required: [],
      ignored: ["/\\bHC\\b/i", "KORSUB"],
      indexerIds: [],
      tags: ["movies"],
    });
    await expect(q.createReleaseProfile(admin, { name: "Empty" })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(q.createReleaseProfile(admin, { name: "Bad", required: ["/(/"] })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(
      await q.updateReleaseProfile(admin, rp.id, { name: "No junk", enabled: false, ignored: ["KORSUB"] }),
    ).toMatchObject({ enabled: false, ignored: ["KORSUB"], tags: ["movies"] });
    await q.deleteReleaseProfile(admin, rp.id);
    expect(await q.listReleaseProfiles(reader)).toEqual([]);

    const dp = await q.createDelayProfile(admin, {
      torrentDelayMinutes: 120,
      preferredProtocol: "torrent",
      tags: ["anime"],
    });
    expect(dp).toMatchObject({ order: 1, torrentDelayMinutes: 120, tags: ["anime"] });
    const all = await q.listDelayProfiles(reader);
    expect(all.map((d) => d.id)).toEqual([dp.id, "default"]);
    expect(q.pickDelayProfile(all, ["anime"])?.id).toBe(dp.id);
    expect(q.pickDelayProfile(all, ["other"])?.id).toBe("default");
    await expect(q.createDelayProfile(admin, { enableUsenet: false, enableTorrent: false })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(await q.updateDelayProfile(admin, dp.id, { torrentDelayMinutes: 30, tags: ["anime"] })).toMatchObject({
      order: 1,
      torrentDelayMinutes: 30,
    });
    await expect(q.deleteDelayProfile(admin, "default")).rejects.toMatchObject({ code: "conflict" });
    await expect(q.updateDelayProfile(admin, "default", { tags: ["x"] })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await q.deleteDelayProfile(admin, dp.id);
    expect((await q.listDelayProfiles(reader)).map((d) => d.id)).toEqual(["default"]);
  });
});

describe("quality context for the decision engine", () => {
  it("loads profile, sizes, formats, release and delay profiles for an item and decides with them", async () => {
    const q = await quality();
    await q.importCustomFormats(admin, {
      json: {
        name: "x264",
        specifications: [
          { name: "x264", implementation: "ReleaseTitleSpecification", required: true, fields: { value: "x264" } },
        ],
      },
    });
    const part = await q.loadQualityContext("default", []);
    expect(part.profile.name).toBe("Any");
    expect(part.delayProfile?.id).toBe("default");
    expect(part.formats.map((f) => f.name)).toContain("x264");
    const views = q.interactiveDecisions(
      [
        {
          guid: "a",
          title: "Fight.Club.1999.1080p.BluRay.x264-GRP",
          indexerId: "i",
          indexerName: "I",
          protocol: "torrent",
          size: 10 * 1024 ** 3,
          publishedAt: new Date().toISOString(),
          seeders: 10,
          flags: [],
        },
        {
          guid: "b",
          title: "Fight.Club.1999.CAM.x264-GRP",
          indexerId: "i",
          indexerName: "I",
          protocol: "torrent",
          size: 1024 ** 3,
          publishedAt: new Date().toISOString(),
          seeders: 10,
          flags: [],
        },
      ],
      {
        ...part,
        now: Date.now(),
        source: "interactive",
        target: {
          kind: "movie",
          id: "m",
          title: "Fight Club",
          alternativeTitles: [],
          year: 1999,
          tmdbId: 550,
          imdbId: null,
          runtimeMinutes: 139,
          monitored: true,
          tags: [],
          originalLanguage: "English",
          status: "released",
          minimumAvailability: "released",
          inCinemasAt: null,
          digitalReleaseAt: null,
          physicalReleaseAt: null,
        },
        existingFiles: [],
        queue: [],
        blocklist: [],
        grabbed: [],
        indexers: {},
        freeSpaceBytes: null,
        settings: q.DEFAULT_DECISION_SETTINGS,
      },
      { kind: "movie" },
    );
    expect(views.map((v) => [v.guid, v.accepted, v.rank])).toEqual([
      ["a", true, 1],
      ["b", false, null],
    ]);
    expect(views[1].rejections[0].reason).toBe('CAM is not wanted in the profile "Any"');
  });
});
