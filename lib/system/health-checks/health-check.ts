import { z } from "zod";

/**
 * One thing System → Health reports, in the shape Sonarr and Radarr use (their check names as
 * `source`, so dashboards that group by source put Mydia's problems where they expect them), plus
 * the page where it gets fixed.
 */
export const healthCheckSchema = z.object({
  source: z.string().describe("the check, named as Sonarr/Radarr name theirs (IndexerStatusCheck, RootFolderCheck…)"),
  type: z.enum(["warning", "error"]),
  message: z.string(),
  fix: z.object({ label: z.string(), href: z.string() }).describe("where the problem gets fixed"),
  since: z.string().nullable().describe("ISO time the problem started, when known"),
});
export type HealthCheck = z.infer<typeof healthCheckSchema>;

export const healthChecksSchema = z.object({
  checkedAt: z.string(),
  items: z.array(healthCheckSchema),
});
export type HealthChecks = z.infer<typeof healthChecksSchema>;

/** A check: zero or more problems. Checks run in parallel; one that throws becomes an error item of its own. */
export type Check = (now: Date) => Promise<HealthCheck[]>;

export const fixes = {
  indexers: { label: "Settings → Indexers", href: "/settings/indexers" },
  downloadClients: { label: "Settings → Download clients", href: "/settings/download-clients" },
  pathMappings: { label: "Remote path mappings", href: "/settings/download-clients#path-mappings-title" },
  libraries: { label: "Settings → Libraries", href: "/settings/libraries" },
  freeSpace: { label: "Settings → General → Keep free", href: "/settings/general#automation-minimumFreeSpaceMb" },
  metadata: { label: "Settings → Metadata", href: "/settings/metadata" },
  status: { label: "System → Status", href: "/system" },
  tasks: { label: "System → Tasks", href: "/system/tasks" },
  logs: { label: "System → Logs", href: "/system/logs" },
  backups: { label: "System → Backups", href: "/system/backups" },
} as const;

export const problem = (
  source: string,
  type: HealthCheck["type"],
  message: string,
  fix: HealthCheck["fix"],
  since: Date | string | null = null,
): HealthCheck => ({
  source,
  type,
  message,
  fix,
  since: since instanceof Date ? since.toISOString() : since,
});
