import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { DEFAULT_DECISION_SETTINGS, type DecisionSettings } from "@/lib/quality";
import { applyPatch, patchSchemaOf } from "@/lib/validation";

const SETTINGS_KEY = "automation";

export const automationSettingsSchema = z.object({
  /** Minutes between RSS syncs; 0 turns RSS sync off. Sonarr's minimum is 10. */
  rssIntervalMinutes: z.union([z.literal(0), z.number().int().min(10).max(1440)]).default(15),
  /** Items the scheduled missing search looks for per run (hourly). */
  missingSearchBudget: z.number().int().min(0).max(500).default(20),
  /** Items the scheduled cutoff-unmet search looks for per run (every 6 hours). */
  cutoffSearchBudget: z.number().int().min(0).max(500).default(10),
  /** Usenet retention in days; 0 = unlimited. */
  retentionDays: z.number().int().min(0).max(100_000).default(DEFAULT_DECISION_SETTINGS.retentionDays),
  /** Usenet releases younger than this wait (minutes). */
  minimumAgeMinutes: z.number().int().min(0).max(1440).default(DEFAULT_DECISION_SETTINGS.minimumAgeMinutes),
  /** Free space to keep on the download disk after a grab (MB). */
  minimumFreeSpaceMb: z.number().int().min(0).max(10_000_000).default(DEFAULT_DECISION_SETTINGS.minimumFreeSpaceMb),
});
export type AutomationSettings = z.infer<typeof automationSettingsSchema>;
export const automationSettingsInput = patchSchemaOf(automationSettingsSchema);
export type AutomationSettingsInput = z.input<typeof automationSettingsInput>;

/** Stored values over the defaults; a stored value that no longer validates falls back to its default. */
export async function readAutomationSettings(): Promise<AutomationSettings> {
  const [row] = await db().select().from(tables.settings).where(eq(tables.settings.key, SETTINGS_KEY)).limit(1);
  const parsed = automationSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : automationSettingsSchema.parse({});
}

export function decisionSettingsOf(settings: AutomationSettings): DecisionSettings {
  return {
    retentionDays: settings.retentionDays,
    minimumAgeMinutes: settings.minimumAgeMinutes,
    minimumFreeSpaceMb: settings.minimumFreeSpaceMb,
  };
}

export async function getAutomationSettings(actor: Actor): Promise<AutomationSettings> {
  assertCan(actor, "admin");
  return readAutomationSettings();
}

export async function updateAutomationSettings(
  actor: Actor,
  input: AutomationSettingsInput,
): Promise<AutomationSettings> {
  assertCan(actor, "admin");
  const changes = parseInput(automationSettingsInput, input);
  const value = automationSettingsSchema.parse(applyPatch(await readAutomationSettings(), changes));
  const now = new Date();
  await db()
    .insert(tables.settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: tables.settings.key, set: { value, updatedAt: now } });
  return value;
}
