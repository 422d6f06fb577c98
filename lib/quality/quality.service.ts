import type { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { isUniqueViolation, tx } from "@/lib/db";
import { ConflictError, fieldError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/errors";
import { applyPatch } from "@/lib/validation";
import { DEFAULT_PROFILE_ID } from "./defaults";
import { mergeQualitySizes, qualityById } from "./definitions";
import type { QualityProfile, QualitySize } from "./model";
import * as repo from "./quality.repo";
import { qualityProfileInput, qualityProfilePatch, updateQualitySizesInput } from "./quality.schemas";
import { ensureQualitySeeded } from "./seed";

const nameTaken = (kind: string, name: string) =>
  new ConflictError(`A ${kind} named "${name}" exists already`, { fields: { name: "Name taken" } });

// ---- size definitions

export async function listQualitySizes(actor: Actor): Promise<QualitySize[]> {
  assertCan(actor, "read");
  return mergeQualitySizes(await repo.listSizeRows());
}

/** Saves the edited sizes (any subset of qualities); the rest keep their values. */
export async function updateQualitySizes(actor: Actor, input: unknown): Promise<QualitySize[]> {
  assertCan(actor, "admin");
  const rows = parseInput(updateQualitySizesInput, input);
  const current = new Map(mergeQualitySizes(await repo.listSizeRows()).map((s) => [s.qualityId, s]));
  const next = rows.map((r) => {
    const base = current.get(r.qualityId);
    if (!base) throw new ValidationError(`No quality ${r.qualityId}`, { fields: { qualityId: "Unknown quality" } });
    return {
      ...base,
      title: r.title ?? base.title,
      minSize: r.minSize,
      preferredSize: r.preferredSize,
      maxSize: r.maxSize,
    };
  });
  await tx((t) => repo.upsertSizeRows(t, next));
  return listQualitySizes(actor);
}

export async function resetQualitySizes(actor: Actor): Promise<QualitySize[]> {
  assertCan(actor, "admin");
  await tx((t) => repo.deleteSizeRows(t));
  return listQualitySizes(actor);
}

// ---- profiles

export async function listQualityProfiles(actor: Actor): Promise<QualityProfile[]> {
  assertCan(actor, "read");
  await ensureQualitySeeded();
  return repo.listProfileRows();
}

/**
 * Every quality profile by the id items may store ("default" included), no actor: what Wanted →
 * Cutoff unmet ranks stored file qualities under.
 */
export async function qualityProfilesForWanted(): Promise<{ storedId: string; profile: QualityProfile }[]> {
  await ensureQualitySeeded();
  const rows = await repo.listProfileRows();
  const fallback = rows.find((p) => p.id === DEFAULT_PROFILE_ID) ?? rows[0];
  return [
    ...rows.map((profile) => ({ storedId: profile.id, profile })),
    ...(fallback && !rows.some((p) => p.id === "default") ? [{ storedId: "default", profile: fallback }] : []),
  ];
}

export async function getQualityProfile(actor: Actor, id: string): Promise<QualityProfile> {
  assertCan(actor, "read");
  await ensureQualitySeeded();
  const p = await repo.findProfileRow(resolveAlias(id));
  if (!p) throw new NotFoundError(`No quality profile "${id}"`);
  return p;
}

async function checkScores(scores: Record<string, number>): Promise<void> {
  const known = new Set((await repo.listFormatRows()).map((f) => f.id));
  const unknown = Object.keys(scores).filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new ValidationError(`No custom format ${unknown.join(", ")}`, {
      fields: { formatScores: "Unknown custom format" },
    });
}

export async function createQualityProfile(actor: Actor, input: unknown): Promise<QualityProfile> {
  assertCan(actor, "admin");
  const p = parseInput(qualityProfileInput, input);
  await ensureQualitySeeded();
  await checkScores(p.formatScores);
  try {
    return await tx((t) => repo.insertProfileRow(t, p));
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken("quality profile", p.name);
    throw error;
  }
}

/** Changes the fields the input names; the merged profile is checked as a whole. */
export async function updateQualityProfile(actor: Actor, id: string, input: unknown): Promise<QualityProfile> {
  assertCan(actor, "admin");
  const changes = parseInput(qualityProfilePatch, input);
  await ensureQualitySeeded();
  const current = await repo.findProfileRow(resolveAlias(id));
  if (!current) throw new NotFoundError(`No quality profile "${id}"`);
  const { id: _id, ...stored } = current;
  const p = parseInput(qualityProfileInput, applyPatch(stored, changes));
  await checkScores(p.formatScores);
  try {
    const row = await tx((t) => repo.updateProfileRow(t, current.id, p));
    if (!row) throw new NotFoundError(`No quality profile "${id}"`);
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken("quality profile", p.name);
    throw error;
  }
}

/** Refused while a movie, series or library uses it. */
/**
 * `inUse` is lib/library's qualityProfileInUse: libraries, movies and series refer to profiles and
 * depend on lib/quality, so the caller passes the check rather than lib/quality asking them.
 */
export async function deleteQualityProfile(
  actor: Actor,
  id: string,
  inUse: (profileId: string) => Promise<boolean>,
): Promise<void> {
  assertCan(actor, "admin");
  if (await inUse(id))
    throw new ConflictError("Movies, series or libraries use this profile; move them to another profile first");
  if (!(await repo.deleteProfileRow(id))) throw new NotFoundError(`No quality profile "${id}"`);
}

/** "default" is the placeholder older rows and new libraries carry: the shipped "Any" profile. */
const resolveAlias = (id: string): string => (id === "default" ? DEFAULT_PROFILE_ID : id);

/**
 * The profile id to store for a new or changed item: the one asked for (validated), else the
 * default. For lib/catalog and lib/library.
 */
export async function resolveQualityProfileId(id: string | undefined): Promise<string> {
  await ensureQualitySeeded();
  const wanted = resolveAlias(id ?? DEFAULT_PROFILE_ID);
  const found = await repo.findProfileRow(wanted);
  if (found) return found.id;
  if (id === undefined || id === "default") {
    const [first] = await repo.listProfileRows();
    if (first) return first.id;
  }
  throw fieldError("qualityProfileId", `there is no quality profile "${id}"`);
}

/** Names by id, for pages that show an item's profile. */
export async function qualityProfileNames(): Promise<Map<string, string>> {
  await ensureQualitySeeded();
  const profiles = await repo.listProfileRows();
  const names = new Map(profiles.map((p) => [p.id, p.name]));
  const fallback = names.get(DEFAULT_PROFILE_ID);
  if (fallback) names.set("default", fallback);
  return names;
}

export type QualityProfileInput = z.input<typeof qualityProfileInput>;
export const qualityName = (id: number): string => qualityById(id)?.name ?? `Quality ${id}`;
