"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import {
  createIndexer,
  definitionSettings,
  deleteIndexer,
  importFromProwlarr,
  refreshDefinitions,
  resetIndexerHealth,
  testIndexer,
  updateIndexer,
  uploadDefinition,
  type CreateIndexerInput,
  type IndexerTestResult,
  type ProwlarrImportResult,
  type RefreshResult,
  type UpdateIndexerInput,
} from "@/lib/indexers";

const PATH = "/settings/indexers";

export async function createIndexerAction(input: CreateIndexerInput): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const created = await createIndexer(await requireActionActor("admin"), input);
    revalidatePath(PATH);
    return { id: created.id };
  });
}

export async function updateIndexerAction(id: string, input: UpdateIndexerInput): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await updateIndexer(await requireActionActor("admin"), id, input);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function deleteIndexerAction(id: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
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
  return runAction(async () => {
    const result = await testIndexer(await requireActionActor("admin"), id, input);
    if (id) revalidatePath(PATH);
    return result;
  });
}

export async function resetIndexerAction(id: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await resetIndexerHealth(await requireActionActor("admin"), id);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function importProwlarrAction(input: {
  baseUrl: string;
  apiKey: string;
}): Promise<ActionResult<ProwlarrImportResult>> {
  return runAction(async () => {
    const result = await importFromProwlarr(await requireActionActor("admin"), input);
    revalidatePath(PATH);
    return result;
  });
}

export async function refreshDefinitionsAction(): Promise<ActionResult<RefreshResult>> {
  return runAction(async () => {
    const result = await refreshDefinitions(await requireActionActor("admin"));
    revalidatePath(PATH);
    return result;
  });
}

export async function uploadDefinitionAction(yaml: string): Promise<ActionResult<{ id: string; name: string }>> {
  return runAction(async () => {
    const summary = await uploadDefinition(await requireActionActor("admin"), yaml);
    revalidatePath(PATH);
    return { id: summary.id, name: summary.name };
  });
}

export async function definitionSettingsAction(id: string) {
  return runAction(async () => definitionSettings(await requireActionActor("admin"), id));
}
