import { eq } from "drizzle-orm";
import { catalogUsesProfile } from "@/lib/catalog";
import { db, tables } from "@/lib/db";

/**
 * Whether a library (as its default) or any movie or series uses a quality profile: the check
 * lib/quality's deleteQualityProfile takes from its caller (lib/quality depends on neither context).
 */
export async function qualityProfileInUse(profileId: string): Promise<boolean> {
  const [library] = await db()
    .select({ id: tables.libraries.id })
    .from(tables.libraries)
    .where(eq(tables.libraries.qualityProfileId, profileId))
    .limit(1);
  return library !== undefined || (await catalogUsesProfile(profileId));
}
