import { randomBytes } from "node:crypto";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { NotFoundError } from "@/lib/errors";
import { decryptSecret, encryptSecret, SecretDecryptionError } from "@/lib/secrets";
import { listIndexerRows } from "../indexer.repo";
import { parsedReleaseSchema, type ParsedRelease } from "../release";
import { readSecrets } from "../runtime";
import { deleteCachedReleasesBefore, getCachedRelease, insertCachedReleases } from "./release-cache.repo";

/** How long a search result can be grabbed by its id. */
export const RELEASE_CACHE_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * A search result as browsers and API clients below admin see it: no download link or magnet (they
 * carry the indexer's API key or a tracker passkey), any secret of the indexer masked in the other
 * fields, and `id`, the opaque reference a grab names.
 */
export const publicReleaseSchema = parsedReleaseSchema.omit({ downloadUrl: true, magnetUrl: true }).extend({
  id: z.string().describe("opaque reference: grab the release with POST /api/v1/releases/grab { releaseId }"),
  magnetOnly: z.boolean().describe("the indexer gives only a magnet link"),
});
export type PublicRelease = z.infer<typeof publicReleaseSchema>;

const MASK = "********";
/** Secret values shorter than this are too likely to occur by chance in a title or guid. */
const MIN_SECRET_LENGTH = 4;

function masker(secrets: readonly string[]): (value: string | null) => string | null {
  const values = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  return (value) => {
    if (value === null || values.length === 0) return value;
    let out = value;
    for (const secret of values) out = out.split(secret).join(MASK);
    return out;
  };
}

async function maskersByIndexer(indexerIds: ReadonlySet<string>): Promise<Map<string, ReturnType<typeof masker>>> {
  const rows = (await listIndexerRows()).filter((row) => indexerIds.has(row.id));
  const maskers = new Map<string, ReturnType<typeof masker>>();
  for (const row of rows) {
    let secrets: string[] = [];
    try {
      secrets = Object.values(readSecrets(row));
    } catch {
      // Undecryptable secrets cannot be in the results either: the search could not have used them.
    }
    maskers.set(row.id, masker(secrets));
  }
  return maskers;
}

/**
 * Keeps search results on the server (in the database, so any web process can resolve them) and
 * returns what may leave it. Also drops entries older than the TTL.
 */
export async function rememberReleases(releases: readonly ParsedRelease[], now = new Date()): Promise<PublicRelease[]> {
  if (releases.length === 0) return [];
  const maskers = await maskersByIndexer(new Set(releases.map((r) => r.indexerId)));
  const rows = releases.map((release) => ({
    id: randomBytes(18).toString("base64url"),
    indexerId: release.indexerId,
    payload: encryptSecret(JSON.stringify(release)),
    createdAt: now,
  }));
  await deleteCachedReleasesBefore(new Date(now.getTime() - RELEASE_CACHE_TTL_MS));
  await insertCachedReleases(rows);
  return releases.map((release, i) => {
    const mask = maskers.get(release.indexerId) ?? masker([]);
    const { downloadUrl, magnetUrl, ...rest } = release;
    return {
      ...rest,
      guid: mask(release.guid)!,
      infoUrl: mask(release.infoUrl),
      id: rows[i].id,
      magnetOnly: !downloadUrl && !!magnetUrl,
    };
  });
}

/** The release a search returned under this id, as the indexer sent it. */
export async function recallRelease(actor: Actor, id: string, now = new Date()): Promise<ParsedRelease> {
  assertCan(actor, "manage");
  const row = await getCachedRelease(id);
  const expired = new NotFoundError("This search result is no longer known (results are kept 12 hours): search again");
  if (!row || row.createdAt.getTime() < now.getTime() - RELEASE_CACHE_TTL_MS) throw expired;
  try {
    return parsedReleaseSchema.parse(JSON.parse(decryptSecret(row.payload)));
  } catch (error) {
    if (error instanceof SecretDecryptionError) throw expired;
    throw error;
  }
}
