import { tx } from "@/lib/db";
import { defaultDelayProfile, defaultQualityProfiles, SHIPPED_PROFILES_VERSION } from "./defaults";
import { insertDelayIfMissing, insertProfileIfMissing, markSeeded, seededVersion } from "./quality.repo";
import { upgradeShippedProfiles } from "./upgrade-shipped";

/**
 * Puts the six shipped profiles and the default delay profile in place once per database, and
 * brings unedited profiles of an older version up to date. A profile the user deletes later
 * stays deleted. Safe to race: inserts skip existing ids, and the version is read again in the
 * transaction.
 */
export async function ensureQualitySeeded(): Promise<void> {
  if ((await seededVersion()) === SHIPPED_PROFILES_VERSION) return;
  await tx(async (t) => {
    const version = await seededVersion(t);
    if (version === SHIPPED_PROFILES_VERSION) return;
    if (version === null) {
      // One millisecond apart, so that lists keep the shipped order.
      const start = Date.now() - 1000;
      for (const [i, p] of defaultQualityProfiles().entries()) await insertProfileIfMissing(t, p, new Date(start + i));
      await insertDelayIfMissing(t, defaultDelayProfile());
    } else {
      await upgradeShippedProfiles(t, version);
    }
    await markSeeded(t, SHIPPED_PROFILES_VERSION);
  });
}
