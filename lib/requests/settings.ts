import { eq } from "drizzle-orm";
import { assertCan, type Actor, type Role } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { applyPatch } from "@/lib/validation";
import { requestSettingsInput, requestSettingsPatch, type RequestSettings } from "./request.input";

const SETTINGS_KEY = "requests";

/** Out of the box: admins' and users' requests need no approval (they may add titles anyway); no quotas. */
export const DEFAULT_REQUEST_SETTINGS: RequestSettings = {
  autoApproveRoles: ["admin", "user"],
  quotaDays: 7,
  defaultLimits: { movies: null, seasons: null },
  users: {},
};

export async function readRequestSettings(): Promise<RequestSettings> {
  const [row] = await db().select().from(tables.settings).where(eq(tables.settings.key, SETTINGS_KEY)).limit(1);
  const parsed = requestSettingsInput.safeParse(row?.value ?? DEFAULT_REQUEST_SETTINGS);
  return parsed.success ? parsed.data : DEFAULT_REQUEST_SETTINGS;
}

export async function getRequestSettings(actor: Actor): Promise<RequestSettings> {
  assertCan(actor, "admin");
  return readRequestSettings();
}

/** The named fields change (a PATCH, or a whole form), the rest stay. */
export async function updateRequestSettings(actor: Actor, input: unknown): Promise<RequestSettings> {
  assertCan(actor, "admin");
  const changes = parseInput(requestSettingsPatch, input);
  const current = await readRequestSettings();
  // defaultLimits is merged field by field (a PATCH may name one limit); the whole is checked again.
  const value = parseInput(requestSettingsInput, {
    ...applyPatch(current, { ...changes, defaultLimits: undefined }),
    defaultLimits: { ...current.defaultLimits, ...changes.defaultLimits },
  });
  const now = new Date();
  await db()
    .insert(tables.settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: tables.settings.key, set: { value, updatedAt: now } });
  return value;
}

/** A user's own setting wins over their role's. */
export function autoApproves(settings: RequestSettings, user: { userId: string; role: Role }): boolean {
  return settings.users[user.userId]?.autoApprove ?? settings.autoApproveRoles.includes(user.role);
}

export function limitsOf(settings: RequestSettings, userId: string): RequestSettings["defaultLimits"] {
  return settings.users[userId]?.limits ?? settings.defaultLimits;
}
