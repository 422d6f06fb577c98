import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db";
import { defaultQualityProfiles, SHIPPED_PROFILES_VERSION } from "./defaults";
import type { QualityProfile } from "./model";
import { findProfileRowIn, updateProfileRow } from "./quality.repo";

const fieldsOf = ({ id: _id, ...fields }: QualityProfile): Omit<QualityProfile, "id"> => fields;

/**
 * Data migration of the shipped profiles: a profile still exactly as an older version shipped it
 * (never edited) becomes what this version ships; an edited one is left alone. Version 1 shipped
 * each profile with its lowest quality as the cutoff, so none ever upgraded.
 */
export async function upgradeShippedProfiles(t: Db, fromVersion: number): Promise<string[]> {
  const upgraded: string[] = [];
  for (let version = fromVersion; version < SHIPPED_PROFILES_VERSION; version++) {
    const before = defaultQualityProfiles(version);
    const after = new Map(defaultQualityProfiles(version + 1).map((p) => [p.id, p]));
    for (const old of before) {
      const stored = await findProfileRowIn(t, old.id);
      const next = after.get(old.id);
      if (!stored || !next || !isDeepStrictEqual(fieldsOf(stored), fieldsOf(old))) continue;
      await updateProfileRow(t, old.id, fieldsOf(next));
      upgraded.push(old.id);
    }
  }
  return upgraded;
}
