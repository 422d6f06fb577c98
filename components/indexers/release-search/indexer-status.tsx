import { CircleAlert, CircleCheck, CircleSlash, LoaderCircle, RotateCw } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { IndexerProgress } from "./use-release-search";

/** Messages start with the indexer's name; the list already shows it. */
function withoutName(message: string | null, name: string): string {
  if (!message) return "";
  return message.startsWith(`${name} `) || message.startsWith(`${name}: `)
    ? message.slice(name.length).replace(/^:?\s*/, "")
    : message.replace(`: ${name} `, ": ");
}

/** One badge per indexer (waiting, results and time, failed, skipped), then why the failed and skipped ones gave nothing. */
export function IndexerStatus({
  indexers,
  running,
  onSearchAgain,
}: {
  indexers: IndexerProgress[];
  running: boolean;
  onSearchAgain: () => void;
}) {
  const silent = indexers.filter((i) => i.state === "failed" || i.state === "skipped");
  return (
    <>
      <div className="flex flex-wrap gap-2" aria-live="polite">
        {indexers.map((i) => (
          <Badge
            key={i.id}
            variant={i.state === "failed" ? "destructive" : i.state === "ok" ? "secondary" : "outline"}
            title={i.message ?? undefined}
            className="max-w-full gap-1"
            data-state={i.state}
          >
            {i.state === "waiting" && <LoaderCircle className="size-3 animate-spin" aria-hidden />}
            {i.state === "ok" && <CircleCheck className="size-3" aria-hidden />}
            {i.state === "failed" && <CircleAlert className="size-3" aria-hidden />}
            {i.state === "skipped" && <CircleSlash className="size-3" aria-hidden />}
            <span className="truncate">
              {i.name}
              {i.state === "ok" && ` · ${i.count}`}
              {i.state === "ok" && i.elapsedMs !== null && ` · ${(i.elapsedMs / 1000).toFixed(1)} s`}
            </span>
          </Badge>
        ))}
        {!running && (
          <Button variant="ghost" size="sm" onClick={onSearchAgain}>
            <RotateCw aria-hidden /> Search again
          </Button>
        )}
      </div>
      {silent.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="Indexers that gave no results">
          {silent.map((i) => (
            <li key={i.id} className={i.state === "failed" ? "text-destructive" : "text-muted-foreground"}>
              <span className="font-medium">{i.name}</span>:{" "}
              {i.state === "skipped" ? `skipped, ${withoutName(i.message, i.name)}` : withoutName(i.message, i.name)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
