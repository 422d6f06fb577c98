import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import { UnavailableError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { logger as rootLogger } from "@/lib/logger";
import { requireLibraryRow } from "../library.service";
import { updateLibraryRow, type LibraryRow } from "../library.repo";
import type { ScanSummary } from "../library.types";
import {
  countPresentFiles,
  insertMediaFiles,
  presentFilesPage,
  scanStateOf,
  setMissing,
  updateMediaFiles,
  type FileUpdate,
  type NewFileWithEpisodes,
  type ScanStateRow,
} from "../media-files.repo";
import { emptyRecycleBin } from "../import/recycle";
import { loadFormatsForFiles } from "../file-quality";
import { classify, isLibraryFile, isSkippedFolder } from "./classify";
import { libraryMatcher } from "./library-matcher";
import type { Matcher } from "./match";
import { matchValuesOf } from "./match-values";
import { mapPool } from "./pool";
import { walk, type WalkEntry } from "./walk";

const logger = rootLogger.child({ context: "library.scan" });

export interface ScanProgress {
  libraryId: string;
  seen: number;
  matched: number;
  unmatched: number;
  perSecond: number;
  done: boolean;
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Search metadata for titles not in the catalog (and add them). Default true. */
  metadataSearch?: boolean;
  /** Called with each progress update (also published as `library.scan.progress`, about once a second). */
  onProgress?: (progress: ScanProgress) => void;
  progressIntervalMs?: number;
  /** Test hook, passed to the walk. */
  afterList?: (directory: string, names: string[]) => void;
  /** Files matched and stored per write (test hook: small batches show an interrupted scan resuming). */
  batchSize?: number;
}

export interface ScanResult extends ScanSummary {
  libraryId: string;
  /** Ids of files added or changed: these need media info. */
  toAnalyze: string[];
}

const BATCH = 500;
/** Folders matched at once: metadata lookups overlap (the metadata client keeps under TMDB's rate limit). */
const LOOKUPS = 8;
/** Walked files compared per query against what the database knows: memory stays flat with the library's size. */
const LOOKUP = 1000;
/** Known files read per query when looking for vanished ones. */
const GONE_PAGE = 5000;

/**
 * Scans one library: walks its folder, skips files unchanged since the last scan (size + mtime),
 * classifies, parses and matches new or changed ones, marks vanished ones missing (never deletes
 * them), and reports progress. The same function runs in the `library.scan` job and in the CLI.
 */
export async function scanLibrary(libraryId: string, options: ScanOptions = {}): Promise<ScanResult> {
  const library = await requireLibraryRow(libraryId);
  await assertReadableRoot(library);
  const started = new Date();
  const t0 = performance.now();
  const counts = { seen: 0, unchanged: 0, added: 0, changed: 0, matched: 0, unmatched: 0, missing: 0, reappeared: 0 };
  const toAnalyze: string[] = [];
  const reappeared: string[] = [];
  let pending: { entry: WalkEntry; previous: ScanStateRow | undefined }[] = [];
  let walked: WalkEntry[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  /** Known files the walk found: the rest of the known ones are gone (see goneFiles). */
  const seenIds = new Set<string>();
  let matcher: Matcher | null = null;
  let formats: Awaited<ReturnType<typeof loadFormatsForFiles>> | null = null;
  const interval = options.progressIntervalMs ?? 1000;
  let lastProgress = 0;

  const progress = async (done: boolean) => {
    const elapsed = (performance.now() - t0) / 1000;
    const p: ScanProgress = {
      libraryId,
      seen: counts.seen,
      matched: counts.matched,
      unmatched: counts.unmatched,
      perSecond: Math.round(counts.seen / Math.max(elapsed, 0.001)),
      done,
    };
    options.onProgress?.(p);
    await publish("library.scan.progress", { ...p });
    await publish("task.progress", {
      name: `Scan ${library.name}`,
      done: counts.seen - pending.length - walked.length,
      total: counts.seen,
      detail: `${counts.matched.toLocaleString("en")} matched, ${counts.unmatched.toLocaleString("en")} unmatched`,
    });
  };

  const getMatcher = async (): Promise<Matcher> =>
    (matcher ??= await libraryMatcher(library, { metadataSearch: options.metadataSearch }));

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const m = await getMatcher();
    const now = new Date();
    const inserts: NewFileWithEpisodes[] = [];
    const updates: FileUpdate[] = [];
    // Folders are matched concurrently (a folder's files share one lookup); rows are written in one batch.
    const results = await mapPool(batch, LOOKUPS, ({ entry, previous }) => {
      const role = classify(entry.relativePath)!;
      const keepMatch = previous && previous.status !== "unmatched";
      return keepMatch ? Promise.resolve(null) : m.match(entry.relativePath, role);
    });
    for (const [i, { entry, previous }] of batch.entries()) {
      const role = classify(entry.relativePath)!;
      const result = results[i];
      if (role === "video") {
        const status = result ? result.status : previous!.status;
        if (status === "matched") counts.matched++;
        else if (status === "unmatched") counts.unmatched++;
      }
      const fileValues = {
        size: entry.size,
        mtimeMs: entry.mtimeMs,
        role,
        mediaInfo: null,
        mediaInfoError: null,
        analyzedAt: null,
        missingAt: null,
        updatedAt: now,
      };
      const matchValues = result
        ? matchValuesOf(
            result,
            { relativePath: entry.relativePath, role, size: entry.size },
            role === "video" ? (formats ??= await loadFormatsForFiles()) : null,
            library.kind,
          )
        : {};
      if (previous) {
        updates.push({
          id: previous.id,
          values: { ...fileValues, ...matchValues },
          ...(result ? { episodeIds: result.episodeIds } : {}),
        });
        toAnalyze.push(previous.id);
      } else {
        const id = randomUUID();
        inserts.push({
          row: {
            id,
            libraryId,
            relativePath: entry.relativePath,
            ...fileValues,
            ...matchValues,
            status: result!.status,
            addedAt: now,
          },
          episodeIds: result!.episodeIds,
        });
        toAnalyze.push(id);
      }
    }
    await insertMediaFiles(inserts);
    await updateMediaFiles(updates);
  };

  /** Compares walked files with their stored state, one query per LOOKUP files: unchanged ones are only counted. */
  const compare = async (entries: WalkEntry[]) => {
    if (entries.length === 0) return;
    const known = new Map<string, ScanStateRow>();
    for (const row of await scanStateOf(
      libraryId,
      entries.map((e) => e.relativePath),
    ))
      known.set(row.relativePath, row);
    for (const entry of entries) {
      const previous = known.get(entry.relativePath);
      if (previous) seenIds.add(previous.id);
      if (previous && previous.size === entry.size && previous.mtimeMs === entry.mtimeMs) {
        counts.unchanged++;
        if (previous.missingAt) reappeared.push(previous.id);
        if (previous.role === "video") {
          if (previous.status === "matched") counts.matched++;
          else if (previous.status === "unmatched") counts.unmatched++;
        }
        continue;
      }
      if (previous) counts.changed++;
      else counts.added++;
      pending.push({ entry, previous });
    }
    if (pending.length >= (options.batchSize ?? BATCH)) await flush();
  };

  // An aborted walk (job cancelled, worker stopping) waits for the write in flight: a scan that starts next
  // must find every file this one stored, never race it.
  const walkResult = await walk(
    library.path,
    async (entries) => {
      // The walk only reports names isLibraryFile accepts: each one has a role (classified when new or changed).
      counts.seen += entries.length;
      for (const entry of entries) walked.push(entry);
      if (walked.length >= Math.min(LOOKUP, options.batchSize ?? LOOKUP)) {
        const batch = walked;
        walked = [];
        // One comparison in flight while the walk goes on: on PostgreSQL the query overlaps the file system calls.
        await inFlight;
        inFlight = compare(batch);
        inFlight.catch(() => {}); // awaited (and thrown) at the next batch or after the walk
      }
      if (performance.now() - lastProgress > interval) {
        lastProgress = performance.now();
        await progress(false);
      }
    },
    { wantFile: isLibraryFile, skipDir: isSkippedFolder, signal: options.signal, afterList: options.afterList },
  ).catch(async (error: unknown) => {
    await inFlight.catch(() => {});
    throw error;
  });
  await inFlight;
  await compare(walked);
  await flush();

  const errors = walkResult.problems.map((p) => ({ path: p.path || ".", message: p.message }));
  const gone = await goneFiles(libraryId, started, seenIds, reappeared.length, walkResult.unreadable);
  if (counts.seen === 0 && gone.length > 0) {
    // An empty root with known files is almost always an unmounted drive: nothing is marked missing.
    errors.push({
      path: ".",
      message: `The library folder is empty but ${gone.length} files were known: if a drive is not mounted, mount it and scan again (nothing was marked missing)`,
    });
  } else {
    await setMissing(gone, new Date());
    counts.missing = gone.length;
  }
  await setMissing(reappeared, null);
  counts.reappeared = reappeared.length;

  const finished = new Date();
  const summary: ScanSummary = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    ...counts,
    errors: errors.slice(0, 200),
  };
  await updateLibraryRow(libraryId, { lastScanAt: finished, lastScan: summary });
  await progress(true);
  await publish("library.scan.finished", { libraryId, name: library.name, ...counts, errors: errors.length });
  try {
    await emptyRecycleBin(library.path, library.recycleDays);
  } catch (error) {
    logger.warn({ err: error, libraryId }, "could not empty the recycle bin");
  }
  logger.info({ libraryId, ...counts, errors: errors.length, durationMs: summary.durationMs }, "library scanned");
  return { libraryId, ...summary, toAnalyze };
}

/**
 * Known files (present, added before the scan started) that the walk did not find, except below folders it could
 * not read (unknown, not gone). Usually none: when every present file was seen the count says so in one query;
 * otherwise the present files are read by pages and compared with the ids seen.
 */
async function goneFiles(
  libraryId: string,
  started: Date,
  seenIds: Set<string>,
  reappeared: number,
  unreadable: string[],
): Promise<string[]> {
  // Seen rows that are present now: all but the unchanged ones still marked missing (restored after this).
  const seenPresent = seenIds.size - reappeared;
  if ((await countPresentFiles(libraryId, started)) === seenPresent) return [];
  const underUnreadable = (relativePath: string) =>
    unreadable.some((dir) => dir === "" || relativePath.startsWith(`${dir}/`));
  const gone: string[] = [];
  for (let afterId = ""; ;) {
    const page = await presentFilesPage(libraryId, started, afterId, GONE_PAGE);
    for (const row of page) if (!seenIds.has(row.id) && !underUnreadable(row.relativePath)) gone.push(row.id);
    if (page.length < GONE_PAGE) return gone;
    afterId = page[page.length - 1].id;
  }
}

async function assertReadableRoot(library: LibraryRow): Promise<void> {
  try {
    const info = await stat(library.path);
    if (!info.isDirectory()) throw new UnavailableError(`The library folder ${library.path} is not a folder`);
  } catch (error) {
    if (error instanceof UnavailableError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnavailableError(
      code === "ENOENT"
        ? `The library folder ${library.path} does not exist (is the drive mounted?); nothing was scanned`
        : `The library folder ${library.path} cannot be read: ${(error as Error).message}`,
    );
  }
}
