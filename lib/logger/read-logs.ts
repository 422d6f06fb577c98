import { open, readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { logFileNames, logsDir } from "./log-files";

/** pino's levels, by number. */
export const logLevels = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
export type LogLevelName = keyof typeof logLevels;
const levelNames = Object.keys(logLevels) as LogLevelName[];

export const logQuerySchema = z.object({
  /** The least severe level shown. */
  level: z.enum(levelNames as [LogLevelName, ...LogLevelName[]]).default("info"),
  /** A context (`downloads.client-health`) or process (`web`, `worker`); empty for all. */
  context: z.string().trim().max(100).optional(),
  /** Text the message or fields contain (case-insensitive). */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50_000).default(300),
});
export type LogQuery = z.input<typeof logQuerySchema>;

export interface LogEntry {
  time: string;
  level: LogLevelName;
  /** Which process wrote it: web or worker. */
  process: string;
  context: string | null;
  msg: string;
  /** The other fields of the line (errors, ids, durations), as written. */
  fields: Record<string, unknown>;
  /** The line as stored (JSON), for the download. */
  raw: string;
}

export interface LogPage {
  entries: LogEntry[];
  /** Every context and process seen in the lines read, for the filter. */
  contexts: string[];
  /** True when older lines exist past what was read. */
  truncated: boolean;
}

const CHUNK = 64 * 1024;
/** The most bytes one look at the logs reads (newest first), whatever the filters. */
const READ_BUDGET = 32 * 1024 * 1024;

/** A log's files, newest first: name.log, name.log.1, name.log.2 … */
async function chainOf(dir: string, name: string): Promise<string[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const rotated = files
    .map((file) => ({ file, match: new RegExp(`^${name}\\.log(?:\\.(\\d+))?$`).exec(file) }))
    .filter((entry) => entry.match)
    .sort((a, b) => Number(a.match![1] ?? 0) - Number(b.match![1] ?? 0));
  return rotated.map((entry) => path.join(dir, entry.file));
}

/** Lines of the files, last line first, reading backwards in chunks. */
async function* linesBackwards(files: string[], budget: { bytes: number }): AsyncGenerator<string> {
  for (const file of files) {
    const handle = await open(file, "r").catch(() => null);
    if (!handle) continue;
    try {
      let position = (await handle.stat()).size;
      let rest = "";
      while (position > 0 && budget.bytes > 0) {
        const size = Math.min(CHUNK, position);
        position -= size;
        budget.bytes -= size;
        const buffer = Buffer.alloc(size);
        await handle.read(buffer, 0, size, position);
        const lines = (buffer.toString("utf8") + rest).split("\n");
        rest = lines.shift() ?? "";
        for (let i = lines.length - 1; i >= 0; i--) if (lines[i]) yield lines[i];
      }
      if (rest && position === 0) yield rest;
    } finally {
      await handle.close();
    }
  }
}

function parseLine(raw: string, fallbackProcess: string): LogEntry | null {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
  const { level, time, msg, context, process: proc, pid: _pid, hostname: _host, ...fields } = parsed;
  const levelName = levelNames.findLast((name) => logLevels[name] <= Number(level)) ?? "info";
  return {
    time: new Date(typeof time === "number" ? time : Date.parse(String(time))).toISOString(),
    level: levelName,
    process: typeof proc === "string" ? proc : fallbackProcess,
    context: typeof context === "string" ? context : null,
    msg: typeof msg === "string" ? msg : "",
    fields,
    raw,
  };
}

/**
 * The newest log lines of the web server and the worker (DATA_DIR/logs, rotated files included),
 * merged newest first and filtered by level, context or process, and text.
 */
export async function readLogs(dataDir: string, query: LogQuery = {}): Promise<LogPage> {
  const { level, context, q, limit } = logQuerySchema.parse(query);
  const dir = logsDir(dataDir);
  const budget = { bytes: READ_BUDGET };
  const sources = await Promise.all(
    logFileNames.map(async (name) => ({ name, lines: linesBackwards(await chainOf(dir, name), budget) })),
  );
  const heads = await Promise.all(sources.map((source) => nextEntry(source)));
  const contexts = new Set<string>();
  const entries: LogEntry[] = [];
  const needle = q?.toLowerCase();
  let truncated = false;
  for (;;) {
    let newest = -1;
    for (let i = 0; i < heads.length; i++)
      if (heads[i] && (newest < 0 || heads[i]!.time > heads[newest]!.time)) newest = i;
    if (newest < 0) break;
    const entry = heads[newest]!;
    heads[newest] = await nextEntry(sources[newest]);
    contexts.add(entry.process);
    if (entry.context) contexts.add(entry.context);
    if (logLevels[entry.level] < logLevels[level]) continue;
    if (context && entry.context !== context && entry.process !== context) continue;
    if (needle && !entry.raw.toLowerCase().includes(needle)) continue;
    if (entries.length === limit) {
      truncated = true;
      break;
    }
    entries.push(entry);
  }
  if (budget.bytes <= 0) truncated = true;
  return { entries, contexts: [...contexts].sort(), truncated };
}

async function nextEntry(source: { name: string; lines: AsyncGenerator<string> }): Promise<LogEntry | null> {
  for (;;) {
    const next = await source.lines.next();
    if (next.done) return null;
    const entry = parseLine(next.value, source.name);
    if (entry) return entry;
  }
}
