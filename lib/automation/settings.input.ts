import { z } from "zod";
import { patchSchemaOf } from "@/lib/validation";

/** Each automation setting's rule, without its default (the stored settings add those). */
export const automationSettingsFields = {
  /** Minutes between RSS syncs; 0 turns RSS sync off. Sonarr's minimum is 10. */
  rssIntervalMinutes: z.union([z.literal(0), z.number().int().min(10).max(1440)]),
  /** Items the scheduled missing search looks for per run (hourly). */
  missingSearchBudget: z.number().int().min(0).max(500),
  /** Items the scheduled cutoff-unmet search looks for per run (every 6 hours). */
  cutoffSearchBudget: z.number().int().min(0).max(500),
  /** Usenet retention in days; 0 = unlimited. */
  retentionDays: z.number().int().min(0).max(100_000),
  /** Usenet releases younger than this wait (minutes). */
  minimumAgeMinutes: z.number().int().min(0).max(1440),
  /** Free space to keep on the download disk after a grab (MB). */
  minimumFreeSpaceMb: z.number().int().min(0).max(10_000_000),
  /** Whether a proper or repack is preferred, and whether it upgrades a file of the same quality (lib/quality's PropersAndRepacks). */
  propersAndRepacks: z.enum(["prefer-and-upgrade", "do-not-upgrade", "do-not-prefer"]),
};

/** A change to the automation settings: any of the fields. */
export const automationSettingsInput = patchSchemaOf(z.object(automationSettingsFields));
export type AutomationSettingsInput = z.input<typeof automationSettingsInput>;
