import { describe, expect, it } from "vitest";
import { decide, rank, type CustomFormat, type PropersAndRepacks } from "@/lib/quality";
import { upgradesDisk } from "@/lib/quality/specs/upgrade.spec";
import { notQueued } from "@/lib/quality/specs/queue.spec";
import { DEFAULT_DECISION_SETTINGS } from "@/lib/quality";
import { candidate, context, profileNamed, q, verdict } from "../../helpers/quality";

/** Sonarr's and Radarr's "Propers and Repacks" setting, as Recyclarr sets it from TRaSH's guides. */
const settings = (propersAndRepacks: PropersAndRepacks) => ({ ...DEFAULT_DECISION_SETTINGS, propersAndRepacks });
const profile = { ...profileNamed("HD-1080p"), cutoff: profileNamed("HD-1080p").items[0].id };
const held = { qualityId: q("Bluray-1080p"), revision: { version: 1, real: 0 }, formatScore: 0, releaseGroup: "GRP" };
const proper = "Fight.Club.1999.PROPER.1080p.BluRay.x264-GRP";
const plain = "Fight.Club.1999.1080p.BluRay.x264-GRP";
const repackFormat: CustomFormat = {
  id: "repack",
  name: "Repack/Proper",
  includeWhenRenaming: false,
  conditions: [{ type: "releaseTitle", name: "Proper", pattern: "\\bproper\\b", negate: false, required: false }],
};

describe("propers and repacks", () => {
  it("prefer-and-upgrade: a proper of the same quality ranks first and replaces the file", () => {
    const ctx = context({ profile, settings: settings("prefer-and-upgrade") });
    const ranked = rank(
      [decide(candidate(plain, { seeders: 90 }), ctx), decide(candidate(proper, { seeders: 5 }), ctx)],
      ctx,
    );
    expect(ranked[0].candidate.title).toBe(proper);
    expect(verdict(upgradesDisk, candidate(proper), { ...ctx, existingFiles: [held] }).ok).toBe(true);
  });

  it("do-not-upgrade: still preferred among releases, but it does not replace a file or a queued download", () => {
    const ctx = context({ profile, settings: settings("do-not-upgrade") });
    const ranked = rank(
      [decide(candidate(plain, { seeders: 90 }), ctx), decide(candidate(proper, { seeders: 5 }), ctx)],
      ctx,
    );
    expect(ranked[0].candidate.title).toBe(proper);
    expect(verdict(upgradesDisk, candidate(proper), { ...ctx, existingFiles: [held] })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("propers and repacks are set not to upgrade"),
    });
    const queued = { qualityId: held.qualityId, revision: held.revision, formatScore: 0, guid: null, title: plain };
    expect(verdict(notQueued, candidate(proper), { ...ctx, queue: [queued] }).ok).toBe(false);
  });

  it("do-not-prefer: the revision counts for nothing; a Repack/Proper custom format decides", () => {
    const ctx = context({ profile, settings: settings("do-not-prefer") });
    const ranked = rank(
      [decide(candidate(proper, { seeders: 5 }), ctx), decide(candidate(plain, { seeders: 90 }), ctx)],
      ctx,
    );
    expect(ranked[0].candidate.title).toBe(plain);
    expect(verdict(upgradesDisk, candidate(proper), { ...ctx, existingFiles: [held] }).ok).toBe(false);
    // An older revision on disk is no reason to refuse either.
    expect(
      verdict(upgradesDisk, candidate(plain), {
        ...ctx,
        existingFiles: [{ ...held, revision: { version: 2, real: 0 } }],
      }).ok,
    ).toBe(false);
    const scored = { ...ctx, formats: [repackFormat], profile: { ...profile, formatScores: { repack: 5 } } };
    expect(verdict(upgradesDisk, candidate(proper), { ...scored, existingFiles: [held] }).ok).toBe(true);
  });
});
