import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { backupPath } from "./backup-files";
import { restoreBackup } from "./restore-backup";

/**
 * A restore asked for from the web app cannot swap the database under running processes: it is
 * written here, and applied by the next `mydia migrate` (which every start runs first) before the
 * migrations. Its outcome is kept for System → Backups.
 */
const pendingSchema = z.object({ name: z.string(), requestedAt: z.iso.datetime(), requestedBy: z.string() });
export type PendingRestore = z.infer<typeof pendingSchema>;

const outcomeSchema = z.object({
  name: z.string(),
  finishedAt: z.iso.datetime(),
  ok: z.boolean(),
  error: z.string().optional(),
  migrationsApplied: z.number().int().optional(),
  preRestore: z.string().nullable().optional(),
  warnings: z.array(z.string()).default([]),
});
export type RestoreOutcome = z.infer<typeof outcomeSchema>;

const pendingFile = () => path.join(getConfig().dataDir, "restore-pending.json");
const outcomeFile = () => path.join(getConfig().dataDir, "restore-outcome.json");

function readJson<T>(file: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writePendingRestore(pending: PendingRestore): void {
  writeFileSync(pendingFile(), JSON.stringify(pending), { mode: 0o600 });
}

export function readPendingRestore(): PendingRestore | null {
  return readJson(pendingFile(), pendingSchema);
}

export function readRestoreOutcome(): RestoreOutcome | null {
  return readJson(outcomeFile(), outcomeSchema);
}

/**
 * Applies the pending restore, if any. One process claims it (an atomic rename); another one
 * starting at the same time waits until it is done, so nobody migrates the database being swapped.
 * A failed restore is recorded, not thrown: the database was left as it was and Mydia starts.
 */
export async function applyPendingRestore(log: (line: string) => void = () => {}): Promise<RestoreOutcome | null> {
  const file = pendingFile();
  const claimed = `${file}.applying`;
  try {
    renameSync(file, claimed);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    for (let waited = 0; existsSync(claimed) && waited < 60 * 60_000; waited += 500) await sleep(500);
    return null;
  }
  try {
    const pending = readJson(claimed, pendingSchema);
    if (!pending) return null;
    let outcome: RestoreOutcome;
    try {
      log(`restoring backup ${pending.name}`);
      const result = await restoreBackup(backupPath(pending.name));
      outcome = {
        name: pending.name,
        finishedAt: new Date().toISOString(),
        ok: true,
        migrationsApplied: result.migrationsApplied,
        preRestore: result.preRestore?.name ?? null,
        warnings: result.warnings,
      };
    } catch (error) {
      outcome = {
        name: pending.name,
        finishedAt: new Date().toISOString(),
        ok: false,
        error: (error as Error).message,
        warnings: [],
      };
    }
    writeFileSync(outcomeFile(), JSON.stringify(outcome), { mode: 0o600 });
    log(outcome.ok ? `restored backup ${pending.name}` : `restore of ${pending.name} failed: ${outcome.error}`);
    return outcome;
  } finally {
    rmSync(claimed, { force: true });
  }
}
