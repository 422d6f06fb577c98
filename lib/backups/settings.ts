import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, tables } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { applyPatch, patchSchemaOf } from "@/lib/validation";

const SETTINGS_KEY = "backups";

export const backupSettingsFields = {
  /** Hours between scheduled backups; 0 turns them off. */
  intervalHours: z.union([
    z.literal(0),
    z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
  ]),
  /** Scheduled backups kept (older ones are deleted when a new one is written). */
  keep: z.number().int().min(1).max(365),
};

export const backupSettingsSchema = z.object({
  intervalHours: backupSettingsFields.intervalHours.default(24),
  keep: backupSettingsFields.keep.default(7),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupSettingsInput = patchSchemaOf(z.object(backupSettingsFields));
export type BackupSettingsInput = z.input<typeof backupSettingsInput>;

export async function readBackupSettings(): Promise<BackupSettings> {
  const [row] = await db().select().from(tables.settings).where(eq(tables.settings.key, SETTINGS_KEY)).limit(1);
  const parsed = backupSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : backupSettingsSchema.parse({});
}

export async function writeBackupSettings(input: BackupSettingsInput): Promise<BackupSettings> {
  const changes = parseInput(backupSettingsInput, input);
  const value = backupSettingsSchema.parse(applyPatch(await readBackupSettings(), changes));
  const now = new Date();
  await db()
    .insert(tables.settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: tables.settings.key, set: { value, updatedAt: now } });
  return value;
}
