"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { z } from "zod";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import {
  createIndexer,
  createIndexerSchema,
  definitionSettings,
  deleteIndexer,
  importFromProwlarr,
  prowlarrImportSchema,
  refreshDefinitions,
  resetIndexerHealth,
  testIndexer,
  updateIndexer,
  updateIndexerSchema,
  uploadDefinition,
  type CreateIndexerInput,
  type IndexerTestResult,
  type ProwlarrImportResult,
  type RefreshResult,
  type UpdateIndexerInput,
} from "@/lib/indexers";

const PATH = "/settings/indexers";

export async function createIndexerAction(input: CreateIndexerInput): Promise<ActionResult<{ id: string }>> {
  return runAction([createIndexerSchema], [input], async (input) => {
    const created = await createIndexer(await requireActionActor("admin"), input);
    revalidatePath(PATH);
    return { id: created.id };
  });
}

export async function updateIndexerAction(id: string, input: UpdateIndexerInput): Promise<ActionResult<undefined>> {
  return runAction([arg.id, updateIndexerSchema], [id, input], async (id, input) => {
    await updateIndexer(await requireActionActor("admin"), id, input);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function deleteIndexerAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await deleteIndexer(await requireActionActor("admin"), id);
    revalidatePath(PATH);
    return undefined;
  });
}

/** Test as stored (id), as it would be with changes (id + input), or a new one (null + input). */
export async function testIndexerAction(
  id: string | null,
  input?: CreateIndexerInput | UpdateIndexerInput,
): Promise<ActionResult<IndexerTestResult>> {
  return runAction([arg.id.nullable(), arg.object.optional()], [id, input], async (id, input) => {
    const result = await testIndexer(await requireActionActor("admin"), id, input);
    if (id) revalidatePath(PATH);
    return result;
  });
}

export async function resetIndexerAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await resetIndexerHealth(await requireActionActor("admin"), id);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function importProwlarrAction(input: {
  baseUrl: string;
  apiKey: string;
}): Promise<ActionResult<ProwlarrImportResult>> {
  return runAction([prowlarrImportSchema.strict()], [input], async (input) => {
    const result = await importFromProwlarr(await requireActionActor("admin"), input);
    revalidatePath(PATH);
    return result;
  });
}

export async function refreshDefinitionsAction(): Promise<ActionResult<RefreshResult>> {
  return runAction([], [], async () => {
    const result = await refreshDefinitions(await requireActionActor("admin"));
    revalidatePath(PATH);
    return result;
  });
}

export async function uploadDefinitionAction(yaml: string): Promise<ActionResult<{ id: string; name: string }>> {
  return runAction([z.string().min(1).max(1_000_000)], [yaml], async (yaml) => {
    const summary = await uploadDefinition(await requireActionActor("admin"), yaml);
    revalidatePath(PATH);
    return { id: summary.id, name: summary.name };
  });
}

export async function definitionSettingsAction(id: string) {
  return runAction([arg.id], [id], async (id) => definitionSettings(await requireActionActor("admin"), id));
}
