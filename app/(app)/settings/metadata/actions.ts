"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import {
  metadataSettingsInput,
  saveMetadataSettings,
  testMetadataSettings,
  type MetadataSettingsInput,
} from "@/lib/metadata";

export async function saveMetadataAction(input: MetadataSettingsInput): Promise<ActionResult> {
  return runAction([metadataSettingsInput], [input], async (input) => {
    await saveMetadataSettings(await requireActionActor("admin"), input);
    revalidatePath("/settings/metadata");
    return undefined;
  });
}

export async function testMetadataAction(
  input: MetadataSettingsInput,
): Promise<ActionResult<{ kind: "tmdb" | "relay" }>> {
  return runAction([metadataSettingsInput], [input], async (input) =>
    testMetadataSettings(await requireActionActor("admin"), input),
  );
}
