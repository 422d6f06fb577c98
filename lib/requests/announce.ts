import { publish } from "@/lib/events";
import type { Db } from "@/lib/db";
import type { RequestRow } from "./requests.repo";

/** request.* events go to the requesters named in `audience` (and to managers, see lib/events/visibility.ts). */
export async function announceCreated(row: RequestRow, audience: string[], actorId: string | null, db?: Db) {
  await publish("request.created", { requestId: row.id, title: row.title, audience }, { actorId, db });
}

export async function announceUpdated(
  row: Pick<RequestRow, "id" | "title" | "status" | "progress" | "declineReason">,
  audience: string[],
  actorId: string | null,
  db?: Db,
) {
  await publish(
    "request.updated",
    {
      requestId: row.id,
      title: row.title,
      status: row.status,
      audience,
      progress: row.progress,
      ...(row.status === "declined" && row.declineReason ? { reason: row.declineReason } : {}),
    },
    { actorId, db },
  );
}
