import { describe, expect, it } from "vitest";
import {
  authenticate,
  changeOwnPassword,
  changeRole,
  createApiKey,
  createFirstAdmin,
  createUser,
  deleteUser,
  listApiKeys,
  needsSetup,
  revokeApiKey,
  startSession,
  verifyApiKey,
  type Actor,
} from "@/lib/accounts";
import { resolveSessionUser } from "@/lib/accounts/users.service";
import { ConflictError, ForbiddenError, RateLimitedError, ValidationError } from "@/lib/errors";

const asUser = (u: {
  id: string;
  username: string;
  role: Actor extends never ? never : "admin" | "user" | "requester" | "readonly";
}): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role,
  via: "session",
});

describe("accounts", () => {
  let admin: Actor;

  it("first-run setup creates exactly one admin, even when submitted twice at once", async () => {
    expect(await needsSetup()).toBe(true);
    const results = await Promise.allSettled([
      createFirstAdmin({ username: "root", password: "root password" }),
      createFirstAdmin({ username: "root2", password: "root password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(await needsSetup()).toBe(false);
    const created = (
      results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ id: string; username: string }>
    ).value;
    admin = asUser({ ...created, role: "admin" });
  });

  it("lets only admins add users, validates input and refuses duplicate names in any case", async () => {
    const bob = await createUser(admin, { username: "Bob", password: "bob password", role: "user" });
    const bobActor = asUser({ ...bob, role: "user" });
    await expect(
      createUser(bobActor, { username: "eve", password: "eve password", role: "admin" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createUser(admin, { username: "bob", password: "another one", role: "user" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(createUser(admin, { username: "x", password: "short", role: "user" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      createUser(admin, { username: "carol", password: "carol password", role: "superuser" }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("authenticates with argon2id hashes, case-insensitive usernames", async () => {
    expect(await authenticate("BOB", "bob password")).toMatchObject({ username: "Bob", role: "user" });
    expect(await authenticate("bob", "wrong")).toBeNull();
    expect(await authenticate("nobody", "bob password")).toBeNull();
  });

  it("rate limits repeated failed sign-ins", async () => {
    await createUser(admin, { username: "dave", password: "dave password", role: "readonly" });
    for (let i = 0; i < 6; i++) expect(await authenticate("dave", `wrong ${i}`, "10.9.9.9")).toBeNull();
    await expect(authenticate("dave", "dave password", "10.9.9.9")).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("invalidates old sessions when the role or the password changes", async () => {
    const erin = await createUser(admin, { username: "erin", password: "erin password", role: "user" });
    const session = (await authenticate("erin", "erin password"))!;
    const sessionId = await startSession(erin.id);
    expect(await resolveSessionUser(erin.id, session.tokenVersion, sessionId)).not.toBeNull();
    await changeRole(admin, erin.id, "requester");
    expect(await resolveSessionUser(erin.id, session.tokenVersion, sessionId)).toBeNull();
    const fresh = (await authenticate("erin", "erin password"))!;
    const freshId = await startSession(erin.id);
    expect(fresh.role).toBe("requester");
    await changeOwnPassword(asUser({ ...erin, role: "requester" }), {
      currentPassword: "erin password",
      newPassword: "erin new password",
    });
    expect(await resolveSessionUser(erin.id, fresh.tokenVersion, freshId)).toBeNull();
    await expect(
      changeOwnPassword(asUser({ ...erin, role: "requester" }), {
        currentPassword: "erin password",
        newPassword: "whatever123",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("protects the last admin and the admin's own account", async () => {
    const me = admin.kind === "user" ? admin.userId : "";
    await expect(changeRole(admin, me, "user")).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteUser(admin, me)).rejects.toBeInstanceOf(ConflictError);
  });

  it("API keys: shown once, stored hashed, revocable", async () => {
    const { key, summary } = await createApiKey(admin, "script");
    expect(key).toMatch(/^mydia_[A-Za-z0-9_-]{43}$/);
    expect(summary.prefix).toBe(key.slice(0, 12));
    expect(await verifyApiKey(key)).toMatchObject({ role: "admin" });
    expect(await verifyApiKey(key.slice(0, -1) + (key.endsWith("A") ? "B" : "A"))).toBeNull();
    const listed = await listApiKeys(admin);
    expect(JSON.stringify(listed)).not.toContain(key);
    await revokeApiKey(admin, summary.id);
    expect(await verifyApiKey(key)).toBeNull();
  });

  it("deleting a user removes their API keys", async () => {
    const frank = await createUser(admin, { username: "frank", password: "frank password", role: "user" });
    const { key } = await createApiKey(asUser({ ...frank, role: "user" }), "frank's");
    await deleteUser(admin, frank.id);
    expect(await verifyApiKey(key)).toBeNull();
  });

  it("two admins removing each other at the same moment leave one admin", async () => {
    const [ada, ben] = await Promise.all(
      ["ada", "ben"].map((username) =>
        createUser(admin, { username, password: `${username} password`, role: "admin" }),
      ),
    );
    await deleteUser(asUser({ ...ada, role: "admin" }), admin.kind === "user" ? admin.userId : "");
    // Now ada and ben are the only admins, and each deletes the other at once.
    const results = await Promise.allSettled([
      deleteUser(asUser({ ...ada, role: "admin" }), ben.id),
      deleteUser(asUser({ ...ben, role: "admin" }), ada.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
      ConflictError,
    );
  });
});
