import { assertCan, type Actor } from "@/lib/accounts";
import { tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/errors";
import { applyPatch } from "@/lib/validation";
import type { CustomFormat } from "./model";
import * as repo from "./quality.repo";
import { customFormatInput, customFormatPatch, importFormatsInput } from "./quality.schemas";
import { isUniqueViolation } from "@/lib/db";
import { exportFormat, importFormats } from "./trash";
import { sendJob } from "@/lib/jobs";

/** Every custom format, no actor: what the library matches its files against when it stores their quality. */
export async function customFormatsForFiles(): Promise<CustomFormat[]> {
  return repo.listFormatRows();
}

/** Library files store the formats they match (Wanted → Cutoff unmet scores them in SQL): re-read them all. */
async function formatsChanged<T>(result: T): Promise<T> {
  await sendJob("library.quality", { all: true });
  return result;
}

export async function listCustomFormats(actor: Actor): Promise<CustomFormat[]> {
  assertCan(actor, "read");
  return repo.listFormatRows();
}

async function requireFormat(id: string): Promise<CustomFormat> {
  const f = (await repo.listFormatRows()).find((x) => x.id === id);
  if (!f) throw new NotFoundError(`No custom format "${id}"`);
  return f;
}

export async function getCustomFormat(actor: Actor, id: string): Promise<CustomFormat> {
  assertCan(actor, "read");
  return requireFormat(id);
}

async function save(fn: () => Promise<CustomFormat | null>, id: string | null, name: string): Promise<CustomFormat> {
  try {
    const f = await fn();
    if (!f) throw new NotFoundError(`No custom format "${id}"`);
    return f;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`A custom format named "${name}" exists already`, { fields: { name: "Name taken" } });
    throw error;
  }
}

export async function createCustomFormat(actor: Actor, input: unknown): Promise<CustomFormat> {
  assertCan(actor, "admin");
  const f = parseInput(customFormatInput, input);
  return formatsChanged(await save(() => tx((t) => repo.insertFormatRow(t, f)), null, f.name));
}

export async function updateCustomFormat(actor: Actor, id: string, input: unknown): Promise<CustomFormat> {
  assertCan(actor, "admin");
  const changes = parseInput(customFormatPatch, input);
  const { id: _id, ...stored } = await requireFormat(id);
  const f = parseInput(customFormatInput, applyPatch(stored, changes));
  return formatsChanged(await save(() => tx((t) => repo.updateFormatRow(t, id, f)), id, f.name));
}

/** Deletes the format and its scores in every profile. */
export async function deleteCustomFormat(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "admin");
  const deleted = await tx(async (t) => {
    await repo.removeFormatScores(t, id);
    return repo.deleteFormatRow(t, id);
  });
  if (!deleted) throw new NotFoundError(`No custom format "${id}"`);
  await formatsChanged(null);
}

export interface ImportResult {
  created: CustomFormat[];
  updated: CustomFormat[];
  skipped: string[];
}

/** Imports *arr/TRaSH JSON: new names are created; existing names are replaced when asked, else skipped. */
export async function importCustomFormats(actor: Actor, input: unknown): Promise<ImportResult> {
  assertCan(actor, "admin");
  const { json, app, replace } = parseInput(importFormatsInput, input);
  const incoming = importFormats(json, app).map((f) =>
    parseInput(customFormatInput, {
      name: f.name,
      includeWhenRenaming: f.includeWhenRenaming,
      conditions: f.conditions,
    }),
  );
  const existing = new Map((await repo.listFormatRows()).map((f) => [f.name.toLowerCase(), f]));
  const imported = await tx(async (t) => {
    const result: ImportResult = { created: [], updated: [], skipped: [] };
    for (const f of incoming) {
      const same = existing.get(f.name.toLowerCase());
      if (!same) result.created.push(await repo.insertFormatRow(t, f));
      else if (!replace) result.skipped.push(f.name);
      else {
        const updated = await repo.updateFormatRow(t, same.id, f);
        if (updated) result.updated.push(updated);
      }
    }
    return result;
  });
  return imported.created.length + imported.updated.length > 0 ? formatsChanged(imported) : imported;
}

/** TRaSH-style JSON of one format, or all when no id is given. */
export async function exportCustomFormats(actor: Actor, id?: string): Promise<ReturnType<typeof exportFormat>[]> {
  assertCan(actor, "read");
  const formats = id ? [await requireFormat(id)] : await repo.listFormatRows();
  return formats.map((f) => exportFormat(f));
}
