import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { DEFAULT_DECISION_SETTINGS, type DecisionSettings } from "@/lib/quality";
import { applyPatch } from "@/lib/validation";
import { automationSettingsFields, automationSettingsInput, type AutomationSettingsInput } from "./settings.input";

const SETTINGS_KEY = "automation";

const fields = automationSettingsFields;
export const automationSettingsSchema = z.object({
  rssIntervalMinutes: fields.rssIntervalMinutes.default(15),
  missingSearchBudget: fields.missingSearchBudget.default(20),
  cutoffSearchBudget: fields.cutoffSearchBudget.default(10),
  retentionDays: fields.retentionDays.default(DEFAULT_DECISION_SETTINGS.retentionDays),
  minimumAgeMinutes: fields.minimumAgeMinutes.default(DEFAULT_DECISION_SETTINGS.minimumAgeMinutes),
  minimumFreeSpaceMb: fields.minimumFreeSpaceMb.default(DEFAULT_DECISION_SETTINGS.minimumFreeSpaceMb),
  propersAndRepacks: fields.propersAndRepacks.default("prefer-and-upgrade"),
});
export type AutomationSettings = z.infer<typeof automationSettingsSchema>;

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
    propersAndRepacks: settings.propersAndRepacks,
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
