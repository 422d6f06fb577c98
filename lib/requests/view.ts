import { getUser } from "@/lib/accounts";
import { availabilityOf, isAvailable, type TitleAvailability } from "./availability";
import type { RequestView } from "./request.view";
import { listProblemRows, requesterRows, type RequestRow } from "./requests.repo";
import type { RequestStatus } from "@/lib/db/types";

/**
 * The status a requester sees: "available" whenever the library has every requested item (whatever
 * the last announced state), and no longer "available" when a file went away.
 */
export function effectiveStatus(stored: RequestStatus, a: TitleAvailability): RequestStatus {
  if (stored === "declined") return stored;
  if (isAvailable(a)) return "available";
  return stored === "available" ? "approved" : stored;
}

export async function toViews(rows: RequestRow[]): Promise<RequestView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [availability, requesters, problems] = await Promise.all([
    availabilityOf(rows),
    requesterRows(ids),
    listProblemRows({ open: true, requestIds: ids }),
  ]);
  const users = new Map(
    await Promise.all(
      [...new Set(requesters.map((r) => r.userId))].map(
        async (id) => [id, (await getUser(id))?.username ?? "deleted user"] as const,
      ),
    ),
  );
  return rows.map((row, i) => {
    const a = availability[i];
    const status = effectiveStatus(row.status, a);
    return {
      id: row.id,
      mediaType: row.mediaType,
      tmdbId: row.tmdbId,
      title: row.title,
      year: row.year,
      posterPath: row.posterPath,
      status,
      progress: status === "downloading" ? row.progress : null,
      declineReason: status === "declined" ? row.declineReason : null,
      whole: row.scope.whole,
      seasons: row.scope.seasons,
      episodes: row.scope.episodes,
      href: a.catalogId ? (row.mediaType === "movie" ? `/movies/${a.catalogId}` : `/tv/${a.catalogId}`) : null,
      availableCount: a.present.length,
      wantedCount: a.wanted.length,
      requesters: requesters
        .filter((r) => r.requestId === row.id)
        .map((r) => ({
          userId: r.userId,
          username: users.get(r.userId) ?? "deleted user",
          note: r.note,
          createdAt: r.createdAt.toISOString(),
        })),
      openProblems: problems.filter((p) => p.requestId === row.id).length,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      decidedAt: row.decidedAt?.toISOString() ?? null,
    };
  });
}
