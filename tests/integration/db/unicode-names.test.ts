import { describe, expect, it } from "vitest";
import { authenticate, createUser, type Actor } from "@/lib/accounts";
import { containsText } from "@/lib/catalog/query-helpers";
import { db, tables } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { createQualityProfile, listQualityProfiles } from "@/lib/quality";

const admin: Actor = { kind: "user", userId: "admin-id", username: "admin", role: "admin", via: "session" };
const PASSWORD = "unicode password 1";
const names = ["Åsa", "Ünal", "Σοφία", "東京"];

/** #12.7: non-ASCII names behave the same on SQLite and PostgreSQL. */
describe("non-ASCII names on both dialects", () => {
  it("users with non-ASCII names sign in, in any letter case", async () => {
    for (const username of names) await createUser(admin, { username, password: PASSWORD, role: "user" });
    for (const [typed, stored] of [
      ["Åsa", "Åsa"],
      ["åsa", "Åsa"],
      ["ÅSA", "Åsa"],
      ["A\u030Asa", "Åsa"], // decomposed Å, as macOS keyboards may send it
      ["ünal", "Ünal"],
      ["ΣΟΦΊΑ", "Σοφία"],
      ["東京", "東京"],
    ]) {
      const user = await authenticate(typed, PASSWORD, "127.0.0.1");
      expect(user?.username, typed).toBe(stored);
    }
  });

  it("names that differ only in non-ASCII case are one name", async () => {
    for (const username of ["åsa", "ÜNAL", "σοφία", "A\u030Asa"]) {
      await expect(createUser(admin, { username, password: PASSWORD, role: "user" }), username).rejects.toBeInstanceOf(
        ConflictError,
      );
    }
    const before = (await listQualityProfiles(admin)).length;
    const profile = (await listQualityProfiles(admin))[0];
    const { id: _id, ...body } = profile;
    await createQualityProfile(admin, { ...body, name: "Ünal 4K" });
    await expect(createQualityProfile(admin, { ...body, name: "ünal 4k" })).rejects.toBeInstanceOf(ConflictError);
    expect((await listQualityProfiles(admin)).length).toBe(before + 1);
  });

  it("case-insensitive search finds non-ASCII text", async () => {
    const found = async (needle: string) =>
      (await db().select().from(tables.users).where(containsText(tables.users.username, needle))).map(
        (u) => u.username,
      );
    expect(await found("ÅS")).toEqual(["Åsa"]);
    expect(await found("ünA")).toEqual(["Ünal"]);
    expect(await found("ΟΦΊ")).toEqual(["Σοφία"]);
    expect(await found("京")).toEqual(["東京"]);
  });
});
