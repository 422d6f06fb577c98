import { eq } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** Whether any movie or series uses a quality profile (lib/library's qualityProfileInUse asks). */
export async function catalogUsesProfile(profileId: string): Promise<boolean> {
  const [movie] = await db()
    .select({ id: tables.movies.id })
    .from(tables.movies)
    .where(eq(tables.movies.qualityProfileId, profileId))
    .limit(1);
  if (movie) return true;
  const [series] = await db()
    .select({ id: tables.series.id })
    .from(tables.series)
    .where(eq(tables.series.qualityProfileId, profileId))
    .limit(1);
  return series !== undefined;
}
