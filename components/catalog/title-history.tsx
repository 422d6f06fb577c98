import { History } from "lucide-react";
import { formatDateTime } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { eventLabels, historyDetail } from "@/components/downloads/history-format";
import { episodeCodes } from "@/components/downloads/title-cell";
import type { Actor } from "@/lib/accounts";
import { listHistory } from "@/lib/downloads";

const SHOWN = 25;

/** A movie's or series' download history on its page: grabs, imports, upgrades, failures, newest first. */
export async function TitleHistory({
  actor,
  owner,
}: {
  actor: Actor;
  owner: { movieId: string } | { seriesId: string };
}) {
  const history = await listHistory(actor, { ...owner, pageSize: SHOWN });
  return (
    <Card className="mt-4" data-testid="title-history">
      <CardHeader>
        <CardTitle className="text-base">History</CardTitle>
      </CardHeader>
      <CardContent>
        {history.total === 0 ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <History className="size-4 shrink-0" aria-hidden />
            Nothing grabbed or imported yet. Searches, grabs, imports, upgrades and failures appear here.
          </p>
        ) : (
          <>
            <ul className="divide-y" aria-label="History of this title">
              {history.items.map((item) => {
                const label = eventLabels[item.event];
                const detail = historyDetail(item);
                const episodes = item.subject?.kind === "series" ? episodeCodes(item.subject.episodes) : "";
                return (
                  <li key={item.id} className="grid gap-1 py-2.5 first:pt-0 last:pb-0" data-testid="title-history-row">
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <Badge variant={label.variant}>{label.label}</Badge>
                      {episodes && <span className="font-medium tabular-nums">{episodes}</span>}
                      <time dateTime={item.createdAt} className="text-xs text-muted-foreground">
                        {formatDateTime(item.createdAt)}
                      </time>
                    </div>
                    <p className="text-sm [overflow-wrap:anywhere]">{item.title}</p>
                    {detail && <p className="text-xs [overflow-wrap:anywhere] text-muted-foreground">{detail}</p>}
                  </li>
                );
              })}
            </ul>
            {history.total > SHOWN && (
              <p className="mt-3 text-xs text-muted-foreground">
                The {SHOWN} newest of {history.total} entries; Activity → History lists every download.
              </p>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
