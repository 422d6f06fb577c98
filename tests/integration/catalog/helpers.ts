import type { Actor } from "@/lib/accounts";
import { startFakeTmdb, type FakeTmdb } from "../../helpers/fake-tmdb";

export const admin: Actor = { kind: "user", userId: "admin-id", username: "admin", role: "admin", via: "session" };
export const reader: Actor = {
  kind: "user",
  userId: "reader-id",
  username: "reader",
  role: "readonly",
  via: "session",
};
export const TMDB_KEY = "0123456789abcdef0123456789abcdef";

/** A fake TMDB, with the app's config pointed at it (call in beforeAll, after the database setup). */
export async function useFakeTmdb(env: Record<string, string> = {}): Promise<FakeTmdb> {
  const fake = await startFakeTmdb({ apiKey: TMDB_KEY });
  Object.assign(process.env, {
    TMDB_BASE_URL: fake.url,
    TMDB_IMAGE_BASE_URL: fake.imageUrl,
    TMDB_API_KEY: TMDB_KEY,
    ...env,
  });
  const { resetConfigForTests } = await import("@/lib/config");
  resetConfigForTests();
  return fake;
}
