"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { z } from "zod";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import { ValidationError } from "@/lib/errors";
import * as quality from "@/lib/quality";
import { qualityProfileInUse } from "@/lib/library";

const done = <T>(path: string, value: T): T => {
  revalidatePath(path);
  return value;
};
const admin = () => requireActionActor("admin");

export async function saveSizesAction(rows: unknown): Promise<ActionResult<quality.QualitySize[]>> {
  return runAction([quality.updateQualitySizesInput], [rows], async (rows) =>
    done("/settings/quality", await quality.updateQualitySizes(await admin(), rows)),
  );
}
export async function resetSizesAction(): Promise<ActionResult<quality.QualitySize[]>> {
  return runAction([], [], async () => done("/settings/quality", await quality.resetQualitySizes(await admin())));
}

export async function saveProfileAction(
  id: string | null,
  input: unknown,
): Promise<ActionResult<quality.QualityProfile>> {
  return runAction([arg.id.nullable(), arg.object], [id, input], async (id, input) => {
    const actor = await admin();
    const saved = id
      ? await quality.updateQualityProfile(actor, id, input)
      : await quality.createQualityProfile(actor, input);
    return done("/settings/quality/profiles", saved);
  });
}
export async function deleteProfileAction(id: string): Promise<ActionResult> {
  return runAction([arg.id], [id], async (id) => {
    await quality.deleteQualityProfile(await admin(), id, qualityProfileInUse);
    return done("/settings/quality/profiles", undefined);
  });
}

/** Saves a format written as *arr/TRaSH JSON (what the editor shows), parsed by the editor's form. */
export async function saveFormatAction(id: string | null, json: unknown): Promise<ActionResult<quality.CustomFormat>> {
  return runAction([arg.id.nullable(), z.unknown()], [id, json], async (id, parsed) => {
    const actor = await admin();
    const [f] = quality.importFormats(parsed);
    if (!f) throw new ValidationError("Paste one custom format");
    const input = { name: f.name, includeWhenRenaming: f.includeWhenRenaming, conditions: f.conditions };
    const saved = id
      ? await quality.updateCustomFormat(actor, id, input)
      : await quality.createCustomFormat(actor, input);
    return done("/settings/quality/formats", saved);
  });
}
export async function deleteFormatAction(id: string): Promise<ActionResult> {
  return runAction([arg.id], [id], async (id) => {
    await quality.deleteCustomFormat(await admin(), id);
    return done("/settings/quality/formats", undefined);
  });
}
export async function importFormatsAction(
  input: unknown,
): Promise<ActionResult<{ created: number; updated: number; skipped: string[] }>> {
  return runAction([quality.importFormatsInput], [input], async (input) => {
    const r = await quality.importCustomFormats(await admin(), input);
    return done("/settings/quality/formats", {
      created: r.created.length,
      updated: r.updated.length,
      skipped: r.skipped,
    });
  });
}
export async function exportFormatsAction(id?: string): Promise<ActionResult<unknown[]>> {
  return runAction([arg.id.optional()], [id], async (id) => quality.exportCustomFormats(await admin(), id));
}

export async function saveReleaseProfileAction(
  id: string | null,
  input: unknown,
): Promise<ActionResult<quality.ReleaseProfile>> {
  return runAction([arg.id.nullable(), arg.object], [id, input], async (id, input) => {
    const actor = await admin();
    const saved = id
      ? await quality.updateReleaseProfile(actor, id, input)
      : await quality.createReleaseProfile(actor, input);
    return done("/settings/quality/release-profiles", saved);
  });
}
export async function deleteReleaseProfileAction(id: string): Promise<ActionResult> {
  return runAction([arg.id], [id], async (id) => {
    await quality.deleteReleaseProfile(await admin(), id);
    return done("/settings/quality/release-profiles", undefined);
  });
}

export async function saveDelayProfileAction(
  id: string | null,
  input: unknown,
): Promise<ActionResult<quality.DelayProfile>> {
  return runAction([arg.id.nullable(), arg.object], [id, input], async (id, input) => {
    const actor = await admin();
    const saved = id
      ? await quality.updateDelayProfile(actor, id, input)
      : await quality.createDelayProfile(actor, input);
    return done("/settings/quality/delay-profiles", saved);
  });
}
export async function deleteDelayProfileAction(id: string): Promise<ActionResult> {
  return runAction([arg.id], [id], async (id) => {
    await quality.deleteDelayProfile(await admin(), id);
    return done("/settings/quality/delay-profiles", undefined);
  });
}
