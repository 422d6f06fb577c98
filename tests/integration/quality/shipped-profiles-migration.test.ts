import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, tables, tx } from "@/lib/db";
import { defaultDelayProfile, defaultQualityProfiles, listQualityProfiles } from "@/lib/quality";
import { insertDelayIfMissing, insertProfileIfMissing } from "@/lib/quality/quality.repo";
import { admin } from "../catalog/helpers";

/**
 * Data migration of the shipped profiles: a database seeded by version 1 (cutoffs at the lowest
 * quality, so nothing ever upgraded) gets the new cutoffs on the profiles nobody edited; an
 * edited profile keeps what its owner chose.
 */
describe("shipped profiles: version 1 → 2", () => {
  it("moves the unedited profiles to their natural cutoff and leaves edited ones alone", async () => {
    const v1 = defaultQualityProfiles(1);
    await tx(async (t) => {
      for (const [i, p] of v1.entries()) await insertProfileIfMissing(t, p, new Date(Date.now() - 1000 + i));
      await insertDelayIfMissing(t, defaultDelayProfile());
      await t.insert(tables.settings).values({ key: "quality.seeded", value: true, updatedAt: new Date() });
    });
    const edited = v1.find((p) => p.id === "hd-720p")!;
    const webOnly = edited.items.find((i) => i.name === "WEB 720p")!.id;
    await db().update(tables.qualityProfiles).set({ cutoff: webOnly }).where(eq(tables.qualityProfiles.id, "hd-720p"));

    const profiles = await listQualityProfiles(admin);
    const cutoffs = Object.fromEntries(profiles.map((p) => [p.id, p.items.find((i) => i.id === p.cutoff)!.name]));
    expect(cutoffs).toEqual({
      any: "Bluray-1080p",
      sd: "Bluray-576p",
      "hd-720p": "WEB 720p",
      "hd-1080p": "Bluray-1080p",
      "ultra-hd": "Bluray-2160p",
      "hd-720p-1080p": "Bluray-1080p",
    });
    expect(profiles.filter((p) => p.id !== "hd-720p")).toEqual(
      defaultQualityProfiles().filter((p) => p.id !== "hd-720p"),
    );
    const [seeded] = await db().select().from(tables.settings).where(eq(tables.settings.key, "quality.seeded"));
    expect(seeded.value).toBe(2);

    // Once migrated, a profile edited back to the old cutoff is the user's choice and stays.
    await db()
      .update(tables.qualityProfiles)
      .set({ cutoff: v1.find((p) => p.id === "hd-1080p")!.cutoff })
      .where(eq(tables.qualityProfiles.id, "hd-1080p"));
    const again = await listQualityProfiles(admin);
    expect(again.find((p) => p.id === "hd-1080p")!.cutoff).toBe(v1.find((p) => p.id === "hd-1080p")!.cutoff);
  });
});
