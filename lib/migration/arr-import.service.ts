import type { z } from "zod";
import { actorId, assertCan, systemActor, type Actor } from "@/lib/accounts";
import { fieldError, NotFoundError, parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { sendJob, type PayloadOf } from "@/lib/jobs";
import { decryptSecret, encryptSecret } from "@/lib/secrets";
import { applyPlan, type ImportFailure } from "./apply";
import { arrImportInput } from "./arr-import.input";
import { ArrPeer, type ArrApp } from "./arr-peer";
import { findArrImport, insertArrImport, keptKeyOf, recentArrImports, updateArrImport } from "./arr-imports.repo";
import { planImport, summarize, type PlanItem, type PlanSummary } from "./plan";

export const ARR_IMPORT_TASK = "migration.arr-import";

/** What the dry run shows: counts per section and every item (files only when they cannot be attached). */
export interface ArrDryRun {
  app: ArrApp;
  version: string;
  summary: PlanSummary;
  items: PlanItem[];
}

export interface ArrImportView {
  id: string;
  app: ArrApp;
  url: string;
  status: "queued" | "running" | "succeeded" | "failed";
  keyKept: boolean;
  created: Record<string, number> | null;
  failures: ImportFailure[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

async function keyFor(input: z.output<typeof arrImportInput>): Promise<string> {
  if (input.apiKey) return input.apiKey;
  const kept = await keptKeyOf(input.app, input.url);
  if (!kept) throw fieldError("apiKey", "give the API key (Settings → General in Sonarr or Radarr)");
  return decryptSecret(kept);
}

const peerOf = (app: ArrApp, url: string, apiKey: string, signal?: AbortSignal) =>
  new ArrPeer({ app, url, apiKey, ...(signal ? { signal } : {}) });

/** Reads the install and answers what the import would do. Writes nothing; the key is not kept. */
export async function dryRunArrImport(actor: Actor, raw: unknown): Promise<ArrDryRun> {
  assertCan(actor, "admin");
  const input = parseInput(arrImportInput, raw);
  const install = await peerOf(input.app, input.url, await keyFor(input)).readInstall({
    blocklist: input.includeBlocklist,
  });
  const plan = await planImport(actor, install);
  return {
    app: plan.app,
    version: plan.version,
    summary: summarize(plan.items),
    items: plan.items.filter((i) => i.section !== "files" || i.action === "conflict"),
  };
}

/**
 * Checks the address and key, then queues the import. The key waits encrypted beside the queued
 * import and is erased when it ends, unless the user asked to keep it.
 */
export async function startArrImport(actor: Actor, raw: unknown): Promise<{ importId: string }> {
  assertCan(actor, "admin");
  const input = parseInput(arrImportInput, raw);
  const apiKey = await keyFor(input);
  await peerOf(input.app, input.url, apiKey).status();
  const row = await insertArrImport({
    app: input.app,
    url: input.url,
    apiKey: encryptSecret(apiKey),
    keepKey: input.keepKey,
    options: { includeBlocklist: input.includeBlocklist },
    status: "queued",
  });
  const jobId = await sendJob("migration.arr-import", { importId: row.id });
  await publish("task.queued", { name: ARR_IMPORT_TASK, jobId }, { actorId: actorId(actor) });
  return { importId: row.id };
}

const PROGRESS_EVERY_MS = 300;

/** The worker's side: read the install again (it may have changed since the dry run), plan, write, report. */
export async function arrImportHandler(job: {
  data: PayloadOf<"migration.arr-import">;
  signal: AbortSignal;
}): Promise<{ created: Record<string, number>; failures: number }> {
  const row = await findArrImport(job.data.importId);
  if (!row) throw new NotFoundError(`No import ${job.data.importId}`);
  if (!row.apiKey) throw new Error("The import's API key is gone; start the import again");
  await updateArrImport(row.id, { status: "running" });
  let last = 0;
  const report = async (done: number, total: number, detail: string) => {
    const now = Date.now();
    if (done < total && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    await publish("task.progress", { name: ARR_IMPORT_TASK, done, total, detail });
  };
  try {
    const install = await peerOf(row.app, row.url, decryptSecret(row.apiKey), job.signal).readInstall({
      blocklist: row.options.includeBlocklist === true,
      onProgress: (done, total) => report(done, total, `Reading series ${done} of ${total}`),
    });
    const plan = await planImport(systemActor, install);
    const outcome = await applyPlan(systemActor, plan, install, report);
    await updateArrImport(row.id, {
      status: "succeeded",
      result: { created: outcome.created, failures: outcome.failures.slice(0, 500) },
      finishedAt: new Date(),
      ...(row.keepKey ? {} : { apiKey: null }),
    });
    return { created: outcome.created, failures: outcome.failures.length };
  } catch (error) {
    await updateArrImport(row.id, {
      status: "failed",
      error: error instanceof Error ? error.message : String(error),
      finishedAt: new Date(),
      ...(row.keepKey ? {} : { apiKey: null }),
    });
    throw error;
  }
}

/** The latest imports, newest first; never their keys. */
export async function listArrImports(actor: Actor, limit = 5): Promise<ArrImportView[]> {
  assertCan(actor, "admin");
  return (await recentArrImports(limit)).map((row) => {
    const result = (row.result ?? null) as { created?: Record<string, number>; failures?: ImportFailure[] } | null;
    return {
      id: row.id,
      app: row.app,
      url: row.url,
      status: row.status,
      keyKept: row.keepKey && row.apiKey !== null,
      created: result?.created ?? null,
      failures: result?.failures ?? [],
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  });
}
