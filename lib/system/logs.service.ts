import { assertCan, type Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { parseInput } from "@/lib/errors";
import { logQuerySchema, readLogs, type LogPage } from "@/lib/logger";

/** System → Logs: the newest lines of the web server and the worker, filtered. */
export async function systemLogs(actor: Actor, query: unknown = {}): Promise<LogPage> {
  assertCan(actor, "admin");
  return readLogs(getConfig().dataDir, parseInput(logQuerySchema, query));
}

/** The lines System → Logs shows (up to 50,000, oldest first) as the JSON lines the files hold. */
export async function systemLogsDownload(
  actor: Actor,
  query: unknown = {},
): Promise<{ fileName: string; body: string }> {
  assertCan(actor, "admin");
  const parsed = parseInput(logQuerySchema.omit({ limit: true }), query);
  const { entries } = await readLogs(getConfig().dataDir, { ...parsed, limit: 50_000 });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return {
    fileName: `mydia-logs-${stamp}.jsonl`,
    body: entries
      .reverse()
      .map((entry) => entry.raw)
      .join("\n")
      .concat(entries.length ? "\n" : ""),
  };
}
