import { ConflictError, NotFoundError, UnauthorizedError, ValidationError, parseInput as parse } from "@/lib/errors";
import { publish } from "@/lib/events";
import { lockForTransaction, tx } from "@/lib/db";
import { assertCan, actorId, type Actor } from "./actor";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import { loginSucceeded, reserveLoginAttempt } from "./login-throttle";
import type { Role } from "./roles";
import { changePasswordSchema, newUserSchema, passwordSchema, roleSchema } from "./schemas";
import { sessionIsActive } from "./sessions.service";
import * as repo from "./users.repo";

export interface UserSummary {
  id: string;
  username: string;
  role: Role;
  createdAt: Date;
  lastLoginAt: Date | null;
}

const toSummary = (row: repo.UserRow): UserSummary => ({
  id: row.id,
  username: row.username,
  role: row.role,
  createdAt: row.createdAt,
  lastLoginAt: row.lastLoginAt,
});

export async function needsSetup(): Promise<boolean> {
  return (await repo.countUsers()) === 0;
}

/** First-run: creates the admin only while there is no user at all (checked inside the write transaction). */
export async function createFirstAdmin(input: { username: string; password: string }): Promise<UserSummary> {
  const data = parse(newUserSchema, { ...input, role: "admin" });
  const passwordHash = await hashPassword(data.password);
  const row = await tx(async (t) => {
    await lockForTransaction(t, "accounts.admins");
    if ((await repo.countUsers(t)) > 0) throw new ConflictError("Setup is already done: sign in instead.");
    return repo.insertUser({ username: data.username, passwordHash, role: "admin" }, t);
  });
  await publish("user.created", { id: row.id, username: row.username, role: row.role }, { actorId: row.id });
  return toSummary(row);
}

export async function createUser(
  actor: Actor,
  input: { username: string; password: string; role: string },
): Promise<UserSummary> {
  assertCan(actor, "admin");
  const data = parse(newUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  const row = await tx(async (t) => {
    if (await repo.findUserByUsername(data.username, t))
      throw new ConflictError(`The username "${data.username}" is taken.`, { fields: { username: "Taken" } });
    return repo.insertUser({ username: data.username, passwordHash, role: data.role }, t);
  });
  await publish("user.created", { id: row.id, username: row.username, role: row.role }, { actorId: actorId(actor) });
  return toSummary(row);
}

export async function listUsers(actor: Actor): Promise<UserSummary[]> {
  assertCan(actor, "admin");
  return (await repo.listUserRows()).map(toSummary);
}

export async function getUser(id: string): Promise<UserSummary | null> {
  const row = await repo.findUserById(id);
  return row ? toSummary(row) : null;
}

export async function changeRole(actor: Actor, userId: string, role: string): Promise<UserSummary> {
  assertCan(actor, "admin");
  const newRole = parse(roleSchema, role);
  const row = await tx(async (t) => {
    // Two admins demoted or deleted at once must not both see the other one still there.
    await lockForTransaction(t, "accounts.admins");
    const user = await repo.findUserById(userId, t);
    if (!user) throw new NotFoundError("No such user");
    if (user.role === "admin" && newRole !== "admin" && (await repo.countAdmins(t)) <= 1) {
      throw new ConflictError("The last admin cannot lose the admin role.");
    }
    return (await repo.updateUser(userId, { role: newRole, bumpTokenVersion: true }, t))!;
  });
  await publish("user.updated", { id: row.id, role: row.role }, { actorId: actorId(actor) });
  return toSummary(row);
}

export async function resetPassword(actor: Actor, userId: string, password: string): Promise<void> {
  assertCan(actor, "admin");
  const passwordHash = await hashPassword(parse(passwordSchema, password));
  const row = await repo.updateUser(userId, { passwordHash, bumpTokenVersion: true });
  if (!row) throw new NotFoundError("No such user");
  await publish("user.access-changed", { id: userId }, { actorId: actorId(actor) });
}

export async function changeOwnPassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (actor.kind !== "user") throw new UnauthorizedError();
  const data = parse(changePasswordSchema, input);
  const user = await repo.findUserById(actor.userId);
  if (!user) throw new UnauthorizedError();
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new ValidationError("The current password is wrong.", { fields: { currentPassword: "Wrong password" } });
  }
  await repo.updateUser(user.id, { passwordHash: await hashPassword(data.newPassword), bumpTokenVersion: true });
  await publish("user.access-changed", { id: user.id }, { actorId: user.id });
}

export async function deleteUser(actor: Actor, userId: string): Promise<void> {
  assertCan(actor, "admin");
  if (actorId(actor) === userId) throw new ConflictError("You cannot delete your own account.");
  await tx(async (t) => {
    // Two admins demoted or deleted at once must not both see the other one still there.
    await lockForTransaction(t, "accounts.admins");
    const user = await repo.findUserById(userId, t);
    if (!user) throw new NotFoundError("No such user");
    if (user.role === "admin" && (await repo.countAdmins(t)) <= 1)
      throw new ConflictError("The last admin cannot be deleted.");
    await repo.deleteUserRow(userId, t);
  });
  await publish("user.deleted", { id: userId }, { actorId: actorId(actor) });
}

export interface AuthenticatedUser {
  id: string;
  username: string;
  role: Role;
  tokenVersion: number;
}

/**
 * Username + password check. Failures are throttled per username + client address and per address
 * (login-throttle.ts); the attempt is reserved before the password hash is checked.
 */
export async function authenticate(
  username: string,
  password: string,
  clientAddress = "unknown",
  now = new Date(),
): Promise<AuthenticatedUser | null> {
  await reserveLoginAttempt(username, clientAddress, now);
  const user = await repo.findUserByUsername(username.trim());
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !ok) return null;
  await loginSucceeded(username, clientAddress, now);
  await repo.updateUser(user.id, { lastLoginAt: now });
  return { id: user.id, username: user.username, role: user.role, tokenVersion: user.tokenVersion };
}

/**
 * The current state of a session's user: null when the user is deleted, the token version moved on
 * (password or role changed) or the session was signed out.
 */
export async function resolveSessionUser(
  userId: string,
  tokenVersion: number,
  sessionId: string,
): Promise<AuthenticatedUser | null> {
  const user = await repo.findUserById(userId);
  if (!user || user.tokenVersion !== tokenVersion) return null;
  if (!(await sessionIsActive(sessionId, userId))) return null;
  return { id: user.id, username: user.username, role: user.role, tokenVersion: user.tokenVersion };
}

/** For the CLI (`mydia user reset-password`): no actor, the operator has shell access. */
export async function resetPasswordByUsername(username: string, password: string): Promise<void> {
  const user = await repo.findUserByUsername(username);
  if (!user) throw new NotFoundError(`No user named "${username}"`);
  await repo.updateUser(user.id, {
    passwordHash: await hashPassword(parse(passwordSchema, password)),
    bumpTokenVersion: true,
  });
  await publish("user.access-changed", { id: user.id }, { actorId: null });
}

/** For the CLI (`mydia user create`). */
export async function createUserAsOperator(input: {
  username: string;
  password: string;
  role: string;
}): Promise<UserSummary> {
  return createUser({ kind: "system" }, input);
}
