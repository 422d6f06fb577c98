import { eq } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/**
 * Whether any library uses a quality profile as its default. Its own file, free of lib/quality
 * imports: lib/quality asks before deleting a profile (lib/library depends on lib/quality otherwise).
 */
export async function librariesUseProfile(profileId: string): Promise<boolean> {
  const [library] = await db()
    .select({ id: tables.libraries.id })
    .from(tables.libraries)
    .where(eq(tables.libraries.qualityProfileId, profileId))
    .limit(1);
  return library !== undefined;
}
