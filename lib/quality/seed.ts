import { tx } from "@/lib/db";
import { defaultDelayProfile, defaultQualityProfiles } from "./defaults";
import { insertDelayIfMissing, insertProfileIfMissing, isSeeded, markSeeded } from "./quality.repo";

/**
 * Puts the six shipped profiles and the default delay profile in place once per database.
 * A profile the user deletes later stays deleted. Safe to race: inserts skip existing ids.
 */
export async function ensureQualitySeeded(): Promise<void> {
  if (await isSeeded()) return;
  await tx(async (t) => {
    // One millisecond apart, so that lists keep the shipped order.
    const start = Date.now() - 1000;
    for (const [i, p] of defaultQualityProfiles().entries()) await insertProfileIfMissing(t, p, new Date(start + i));
    await insertDelayIfMissing(t, defaultDelayProfile());
    await markSeeded(t);
  });
}
