import { asc, eq } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";
import type { CustomFormat, DelayProfile, QualityProfile, QualitySize, ReleaseProfile } from "./model";

const qd = tables.qualityDefinitions;
const qp = tables.qualityProfiles;
const cf = tables.customFormats;
const rp = tables.releaseProfiles;
const dp = tables.delayProfiles;

type ProfileRow = typeof qp.$inferSelect;
type DelayRow = typeof dp.$inferSelect;

export const toProfile = (r: ProfileRow): QualityProfile => ({
  id: r.id,
  name: r.name,
  upgradeAllowed: r.upgradeAllowed,
  cutoff: r.cutoff,
  items: r.items,
  minFormatScore: r.minFormatScore,
  cutoffFormatScore: r.cutoffFormatScore,
  minUpgradeFormatScore: r.minUpgradeFormatScore,
  language: r.language,
  formatScores: r.formatScores,
});
const toDelay = (r: DelayRow): DelayProfile => ({
  id: r.id,
  order: r.sortOrder,
  enableUsenet: r.enableUsenet,
  enableTorrent: r.enableTorrent,
  preferredProtocol: r.preferredProtocol,
  usenetDelayMinutes: r.usenetDelayMinutes,
  torrentDelayMinutes: r.torrentDelayMinutes,
  bypassIfHighestQuality: r.bypassIfHighestQuality,
  bypassIfAboveFormatScore: r.bypassIfAboveFormatScore,
  minimumFormatScore: r.minimumFormatScore,
  tags: r.tags,
});
const profileValues = (p: Omit<QualityProfile, "id">) => ({ ...p, updatedAt: new Date() });
const delayValues = ({ order, ...d }: Omit<DelayProfile, "id">) => ({ ...d, sortOrder: order, updatedAt: new Date() });

// Size definitions: only edited rows are stored.
export async function listSizeRows(): Promise<QualitySize[]> {
  const rows = await db().select().from(qd);
  return rows.map((r) => ({
    qualityId: r.qualityId,
    name: "",
    title: r.title,
    minSize: r.minSize,
    preferredSize: r.preferredSize,
    maxSize: r.maxSize,
  }));
}
export async function upsertSizeRows(t: Db, rows: QualitySize[]): Promise<void> {
  for (const r of rows) {
    const values = {
      title: r.title,
      minSize: r.minSize,
      preferredSize: r.preferredSize,
      maxSize: r.maxSize,
      updatedAt: new Date(),
    };
    await t
      .insert(qd)
      .values({ qualityId: r.qualityId, ...values })
      .onConflictDoUpdate({ target: qd.qualityId, set: values });
  }
}
export async function deleteSizeRows(t: Db): Promise<void> {
  await t.delete(qd);
}

export async function listProfileRows(): Promise<QualityProfile[]> {
  return (await db().select().from(qp).orderBy(asc(qp.createdAt), asc(qp.name))).map(toProfile);
}
export async function findProfileRow(id: string): Promise<QualityProfile | null> {
  return findProfileRowIn(db(), id);
}
export async function findProfileRowIn(t: Db, id: string): Promise<QualityProfile | null> {
  const [row] = await t.select().from(qp).where(eq(qp.id, id)).limit(1);
  return row ? toProfile(row) : null;
}
export async function insertProfileRow(
  t: Db,
  p: Omit<QualityProfile, "id"> & { id?: string },
): Promise<QualityProfile> {
  const [row] = await t.insert(qp).values(profileValues(p)).returning();
  return toProfile(row);
}
export async function insertProfileIfMissing(t: Db, p: QualityProfile, createdAt: Date): Promise<void> {
  await t
    .insert(qp)
    .values({ ...profileValues(p), createdAt })
    .onConflictDoNothing();
}
export async function updateProfileRow(
  t: Db,
  id: string,
  p: Omit<QualityProfile, "id">,
): Promise<QualityProfile | null> {
  const [row] = await t.update(qp).set(profileValues(p)).where(eq(qp.id, id)).returning();
  return row ? toProfile(row) : null;
}
export async function deleteProfileRow(id: string): Promise<boolean> {
  return (await db().delete(qp).where(eq(qp.id, id)).returning({ id: qp.id })).length > 0;
}

export async function listFormatRows(): Promise<CustomFormat[]> {
  const rows = await db().select().from(cf).orderBy(asc(cf.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    includeWhenRenaming: r.includeWhenRenaming,
    conditions: r.conditions,
  }));
}
export async function insertFormatRow(t: Db, f: Omit<CustomFormat, "id">): Promise<CustomFormat> {
  const [r] = await t
    .insert(cf)
    .values({ ...f, updatedAt: new Date() })
    .returning();
  return { id: r.id, name: r.name, includeWhenRenaming: r.includeWhenRenaming, conditions: r.conditions };
}
export async function updateFormatRow(t: Db, id: string, f: Omit<CustomFormat, "id">): Promise<CustomFormat | null> {
  const [r] = await t
    .update(cf)
    .set({ ...f, updatedAt: new Date() })
    .where(eq(cf.id, id))
    .returning();
  return r ? { id: r.id, name: r.name, includeWhenRenaming: r.includeWhenRenaming, conditions: r.conditions } : null;
}
export async function deleteFormatRow(t: Db, id: string): Promise<boolean> {
  return (await t.delete(cf).where(eq(cf.id, id)).returning({ id: cf.id })).length > 0;
}
/** Drops a format's score from every profile (inside the delete's transaction). */
export async function removeFormatScores(t: Db, formatId: string): Promise<void> {
  for (const row of await t.select().from(qp)) {
    if (!(formatId in row.formatScores)) continue;
    const { [formatId]: _dropped, ...rest } = row.formatScores;
    await t.update(qp).set({ formatScores: rest, updatedAt: new Date() }).where(eq(qp.id, row.id));
  }
}

export async function listReleaseProfileRows(): Promise<ReleaseProfile[]> {
  const rows = await db().select().from(rp).orderBy(asc(rp.name));
  return rows.map(({ createdAt: _c, updatedAt: _u, ...r }) => r);
}
export async function insertReleaseProfileRow(p: Omit<ReleaseProfile, "id">): Promise<ReleaseProfile> {
  const [{ createdAt: _c, updatedAt: _u, ...r }] = await db()
    .insert(rp)
    .values({ ...p, updatedAt: new Date() })
    .returning();
  return r;
}
export async function updateReleaseProfileRow(
  id: string,
  p: Omit<ReleaseProfile, "id">,
): Promise<ReleaseProfile | null> {
  const [row] = await db()
    .update(rp)
    .set({ ...p, updatedAt: new Date() })
    .where(eq(rp.id, id))
    .returning();
  if (!row) return null;
  const { createdAt: _c, updatedAt: _u, ...r } = row;
  return r;
}
export async function deleteReleaseProfileRow(id: string): Promise<boolean> {
  return (await db().delete(rp).where(eq(rp.id, id)).returning({ id: rp.id })).length > 0;
}

export async function listDelayProfileRows(): Promise<DelayProfile[]> {
  return (await db().select().from(dp).orderBy(asc(dp.sortOrder))).map(toDelay);
}
export async function insertDelayProfileRow(
  t: Db,
  p: Omit<DelayProfile, "id"> & { id?: string },
): Promise<DelayProfile> {
  const [row] = await t.insert(dp).values(delayValues(p)).returning();
  return toDelay(row);
}
export async function insertDelayIfMissing(t: Db, p: DelayProfile): Promise<void> {
  await t
    .insert(dp)
    .values({ id: p.id, ...delayValues(p) })
    .onConflictDoNothing();
}
export async function updateDelayProfileRow(id: string, p: Omit<DelayProfile, "id">): Promise<DelayProfile | null> {
  const [row] = await db().update(dp).set(delayValues(p)).where(eq(dp.id, id)).returning();
  return row ? toDelay(row) : null;
}
export async function deleteDelayProfileRow(id: string): Promise<boolean> {
  return (await db().delete(dp).where(eq(dp.id, id)).returning({ id: dp.id })).length > 0;
}

const SEEDED = "quality.seeded";
/**
 * Which version of the shipped profiles this database holds: null before the first seed. Version 1
 * databases stored `true` (before versions were counted).
 */
export async function seededVersion(t: Db = db()): Promise<number | null> {
  const [row] = await t
    .select({ value: tables.settings.value })
    .from(tables.settings)
    .where(eq(tables.settings.key, SEEDED))
    .limit(1);
  if (!row) return null;
  return typeof row.value === "number" ? row.value : 1;
}

export async function markSeeded(t: Db, version: number): Promise<void> {
  const now = new Date();
  await t
    .insert(tables.settings)
    .values({ key: SEEDED, value: version, updatedAt: now })
    .onConflictDoUpdate({ target: tables.settings.key, set: { value: version, updatedAt: now } });
}
