import { assertCan, type Actor } from "@/lib/accounts";
import { tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/errors";
import { applyPatch } from "@/lib/validation";
import type { DelayProfile, ReleaseProfile } from "./model";
import * as repo from "./quality.repo";
import { delayProfileInput, delayProfilePatch, releaseProfileInput, releaseProfilePatch } from "./quality.schemas";
import { ensureQualitySeeded } from "./seed";

// ---- release profiles

export async function listReleaseProfiles(actor: Actor): Promise<ReleaseProfile[]> {
  assertCan(actor, "read");
  return repo.listReleaseProfileRows();
}

export async function getReleaseProfile(actor: Actor, id: string): Promise<ReleaseProfile> {
  assertCan(actor, "read");
  const p = (await repo.listReleaseProfileRows()).find((r) => r.id === id);
  if (!p) throw new NotFoundError(`No release profile "${id}"`);
  return p;
}

export async function createReleaseProfile(actor: Actor, input: unknown): Promise<ReleaseProfile> {
  assertCan(actor, "admin");
  return repo.insertReleaseProfileRow(parseInput(releaseProfileInput, input));
}

export async function updateReleaseProfile(actor: Actor, id: string, input: unknown): Promise<ReleaseProfile> {
  assertCan(actor, "admin");
  const changes = parseInput(releaseProfilePatch, input);
  const { id: _id, ...stored } = await getReleaseProfile(actor, id);
  const row = await repo.updateReleaseProfileRow(id, parseInput(releaseProfileInput, applyPatch(stored, changes)));
  if (!row) throw new NotFoundError(`No release profile "${id}"`);
  return row;
}

export async function deleteReleaseProfile(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "admin");
  if (!(await repo.deleteReleaseProfileRow(id))) throw new NotFoundError(`No release profile "${id}"`);
}

// ---- delay profiles

export async function listDelayProfiles(actor: Actor): Promise<DelayProfile[]> {
  assertCan(actor, "read");
  await ensureQualitySeeded();
  return repo.listDelayProfileRows();
}

export async function getDelayProfile(actor: Actor, id: string): Promise<DelayProfile> {
  const p = (await listDelayProfiles(actor)).find((d) => d.id === id);
  if (!p) throw new NotFoundError(`No delay profile "${id}"`);
  return p;
}

/** New tagged profiles go before the catch-all (no tags) unless an order is given. */
export async function createDelayProfile(actor: Actor, input: unknown): Promise<DelayProfile> {
  assertCan(actor, "admin");
  const { order, ...p } = parseInput(delayProfileInput, input);
  const existing = await listDelayProfiles(actor);
  const tagged = existing.filter((d) => d.tags.length > 0);
  const next = order ?? (tagged.length > 0 ? Math.max(...tagged.map((d) => d.order)) + 1 : 1);
  return tx((t) => repo.insertDelayProfileRow(t, { ...p, order: next }));
}

export async function updateDelayProfile(actor: Actor, id: string, input: unknown): Promise<DelayProfile> {
  assertCan(actor, "admin");
  const changes = parseInput(delayProfilePatch, input);
  const current = await getDelayProfile(actor, id);
  const { id: _id, ...stored } = current;
  const { order, ...p } = parseInput(delayProfileInput, applyPatch(stored, changes));
  if (current.tags.length === 0 && p.tags.length > 0)
    throw new ValidationError("The default delay profile applies to everything; add a new profile for tags", {
      fields: { tags: "The default profile has no tags" },
    });
  const row = await repo.updateDelayProfileRow(id, { ...p, order: order ?? current.order });
  if (!row) throw new NotFoundError(`No delay profile "${id}"`);
  return row;
}

export async function deleteDelayProfile(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "admin");
  const current = (await listDelayProfiles(actor)).find((d) => d.id === id);
  if (current && current.tags.length === 0) throw new ConflictError("The default delay profile cannot be deleted");
  if (!(await repo.deleteDelayProfileRow(id))) throw new NotFoundError(`No delay profile "${id}"`);
}
