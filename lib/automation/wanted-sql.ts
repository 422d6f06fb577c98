import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { HeldFileSql } from "@/lib/library";
import { cutoffRank, placeOf, type QualityProfile } from "@/lib/quality";
import { QUALITIES } from "@/lib/release";

/**
 * Cutoff unmet in SQL. Each held file gets one sortable key under its item's profile:
 * (rank + 1) · 10⁸ + (custom-format score + 500,000) · 100 + quality id, so that the largest key
 * is the best file the way the decision engine picks it (quality rank, then score) and the key
 * gives back the quality and score of that file. Profiles are few: their ranks and scores are
 * written into the query as CASE expressions, so a changed cutoff or order counts at once.
 */
export interface WantedProfile {
  storedId: string;
  profile: QualityProfile;
}

const RANK = 100_000_000;
const SCORE = 100;
/** Custom-format scores within ±500,000 (the *arr UIs use a few thousand at most). */
const SCORE_OFFSET = 500_000;
const MAX_SCORE = SCORE_OFFSET - 1;

const int = (n: number): SQL => sql.raw(String(Math.trunc(n)));

/** The profile's custom-format score of a file: the sum of the scores of the formats it matched. */
function scoreSql(profile: QualityProfile, file: HeldFileSql): SQL {
  const scored = Object.entries(profile.formatScores).filter(([, score]) => score !== 0);
  const parts = scored.map(
    ([id, score]) =>
      sql`(CASE WHEN ${file.customFormatIds} LIKE ${`%,${id.replace(/[\\%_]/g, (c) => `\\${c}`)},%`} ESCAPE '\\' THEN ${int(score)} ELSE 0 END)`,
  );
  return parts.length > 0 ? sql`(${sql.join(parts, sql` + `)})` : sql`0`;
}

/** The key of a file under this profile. */
export function fileKeySql(profile: QualityProfile, file: HeldFileSql): SQL {
  const ranks = QUALITIES.map((q) => ({ id: q.id, rank: (placeOf(profile, q.id)?.rank ?? -1) + 1 })).filter(
    (r) => r.rank > 0,
  );
  const rank =
    ranks.length > 0
      ? sql`(CASE ${file.qualityId} ${sql.join(
          ranks.map((r) => sql`WHEN ${int(r.id)} THEN ${int(r.rank)}`),
          sql` `,
        )} ELSE 0 END)`
      : sql`0`;
  return sql`(CAST(${rank} AS BIGINT) * ${int(RANK)} + (${scoreSql(profile, file)} + ${int(SCORE_OFFSET)}) * ${int(SCORE)} + ${file.qualityId})`;
}

/** True when the best file's key is below the profile's cutoff: its quality, or its custom-format score. */
export function belowCutoffSql(profile: QualityProfile, best: SQL): SQL {
  const rankMet = sql`${best} >= ${int((cutoffRank(profile) + 1) * RANK)}`;
  const scoreMet = sql`(${best} / ${int(SCORE)}) % ${int(RANK / SCORE)} >= ${int(
    Math.min(MAX_SCORE, Math.max(-MAX_SCORE, profile.cutoffFormatScore)) + SCORE_OFFSET,
  )}`;
  return sql`NOT (${rankMet} AND ${scoreMet})`;
}

/**
 * One branch per profile, chosen by the item's stored profile id (each branch's SQL names only
 * its own profile's ranks, so the query stays small); `otherwise` for unknown ids and null branches.
 */
export function perProfileSql(
  profiles: readonly WantedProfile[],
  profileId: AnyColumn,
  branch: (profile: QualityProfile) => SQL | null,
  otherwise: SQL,
): SQL {
  const branches = profiles.flatMap((p) => {
    const then = branch(p.profile);
    return then ? [sql`WHEN ${p.storedId} THEN ${then}`] : [];
  });
  return branches.length > 0 ? sql`(CASE ${profileId} ${sql.join(branches, sql` `)} ELSE ${otherwise} END)` : otherwise;
}

/** What a key says of the best file. */
export function decodeKey(key: number): { qualityId: number; formatScore: number } {
  return { qualityId: key % SCORE, formatScore: (Math.floor(key / SCORE) % (RANK / SCORE)) - SCORE_OFFSET };
}
