"use client";

import { FlaskConical, RotateCcw, Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/relative-time";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import type { IndexerStats, IndexerView } from "@/lib/indexers";
import { deleteIndexerAction, resetIndexerAction, testIndexerAction, updateIndexerAction } from "./actions";
import { IndexerDialog } from "./indexer-dialog";

const kindLabels = { torznab: "Torznab", newznab: "Newznab", cardigann: "Cardigann" } as const;

export function IndexersList({
  indexers,
  stats,
  definitions,
}: {
  indexers: IndexerView[];
  stats: IndexerStats["indexers"];
  definitions: { id: string; name: string }[];
}) {
  if (indexers.length === 0) {
    return (
      <Card className="mb-8">
        <CardContent className="py-8 text-center text-sm text-muted-foreground">
          No indexers yet. Add one, import them from Prowlarr, or pick a site from the Cardigann catalog below.
        </CardContent>
      </Card>
    );
  }
  const statsById = new Map(stats.map((s) => [s.indexerId, s]));
  return (
    <ul className="mb-8 grid gap-3 lg:grid-cols-2" aria-label="Indexers">
      {indexers.map((indexer) => (
        <IndexerCard key={indexer.id} indexer={indexer} stats={statsById.get(indexer.id)} definitions={definitions} />
      ))}
    </ul>
  );
}

function IndexerCard({
  indexer,
  stats,
  definitions,
}: {
  indexer: IndexerView;
  stats?: IndexerStats["indexers"][number];
  definitions: { id: string; name: string }[];
}) {
  const [busy, setBusy] = useState(false);
  const backedOff = indexer.status.disabledUntil !== null;

  async function toggle(key: "enableRss" | "enableAutomatic" | "enableInteractive", value: boolean) {
    const result = await updateIndexerAction(indexer.id, { [key]: value });
    if (!result.ok) toast.error(result.error);
  }
  async function test() {
    setBusy(true);
    const result = await testIndexerAction(indexer.id);
    setBusy(false);
    if (!result.ok) return toast.error(result.error);
    if (result.data.ok)
      toast.success(`${indexer.name} works: ${result.data.sampleResults} releases in the sample search`);
    else toast.error(result.data.message);
  }
  async function reset() {
    const result = await resetIndexerAction(indexer.id);
    if (result.ok) toast.success(`${indexer.name} will be asked again`);
    else toast.error(result.error);
  }
  async function remove() {
    const result = await deleteIndexerAction(indexer.id);
    if (result.ok) toast.success(`${indexer.name} removed`);
    else toast.error(result.error);
  }

  return (
    <li>
      <Card className="h-full gap-3 py-4">
        <CardHeader className="flex flex-row items-start justify-between gap-2 px-4">
          <div className="min-w-0">
            <CardTitle className="truncate text-base">{indexer.name}</CardTitle>
            <p className="truncate text-xs text-muted-foreground">
              {kindLabels[indexer.kind]}
              {indexer.definitionId ? ` · ${indexer.definitionId}` : ""} · {indexer.protocol} · priority{" "}
              {indexer.priority}
            </p>
          </div>
          <div className="flex shrink-0 items-center gap-1">
            <Button
              variant="ghost"
              size="icon-sm"
              onClick={() => void test()}
              disabled={busy}
              aria-label={`Test ${indexer.name}`}
            >
              <FlaskConical aria-hidden />
            </Button>
            <IndexerDialog indexer={indexer} definitions={definitions} />
            <AlertDialog>
              <AlertDialogTrigger asChild>
                <Button variant="ghost" size="icon-sm" aria-label={`Remove ${indexer.name}`}>
                  <Trash2 aria-hidden />
                </Button>
              </AlertDialogTrigger>
              <AlertDialogContent>
                <AlertDialogHeader>
                  <AlertDialogTitle>Remove {indexer.name}?</AlertDialogTitle>
                  <AlertDialogDescription>
                    Its settings and statistics go; releases already grabbed stay.
                  </AlertDialogDescription>
                </AlertDialogHeader>
                <AlertDialogFooter>
                  <AlertDialogCancel>Cancel</AlertDialogCancel>
                  <AlertDialogAction onClick={() => void remove()}>Remove</AlertDialogAction>
                </AlertDialogFooter>
              </AlertDialogContent>
            </AlertDialog>
          </div>
        </CardHeader>
        <CardContent className="grid gap-3 px-4 text-sm">
          {backedOff || indexer.status.lastFailureMessage ? (
            <div
              className={`rounded-md p-2 text-xs ${backedOff ? "bg-destructive/10 text-destructive" : "bg-muted text-muted-foreground"}`}
            >
              {backedOff && (
                <p className="font-medium">
                  Disabled until{" "}
                  {new Date(indexer.status.disabledUntil!).toLocaleTimeString([], {
                    hour: "2-digit",
                    minute: "2-digit",
                  })}{" "}
                  (<RelativeTime iso={indexer.status.disabledUntil} />) after {indexer.status.consecutiveFailures}{" "}
                  failure(s)
                </p>
              )}
              {indexer.status.lastFailureMessage && (
                <p>
                  Last error <RelativeTime iso={indexer.status.lastFailureAt} />: {indexer.status.lastFailureMessage}
                </p>
              )}
              {backedOff && (
                <Button size="sm" variant="outline" className="mt-2" onClick={() => void reset()}>
                  <RotateCcw aria-hidden /> Try again now
                </Button>
              )}
            </div>
          ) : (
            <p className="text-xs text-muted-foreground">
              {indexer.status.lastSuccessAt ? (
                <>
                  Healthy · last answer <RelativeTime iso={indexer.status.lastSuccessAt} />
                </>
              ) : (
                "Not used yet"
              )}
            </p>
          )}
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {(
              [
                ["enableRss", "RSS"],
                ["enableAutomatic", "Automatic"],
                ["enableInteractive", "Interactive"],
              ] as const
            ).map(([key, label]) => (
              <label key={key} className="flex items-center gap-2 text-xs">
                <Switch
                  checked={indexer[key]}
                  onCheckedChange={(v) => void toggle(key, v)}
                  aria-label={`${label} search with ${indexer.name}`}
                />{" "}
                {label}
              </label>
            ))}
          </div>
          <div className="flex flex-wrap gap-1">
            {indexer.tags.map((tag) => (
              <Badge key={tag} variant="outline">
                {tag}
              </Badge>
            ))}
            {indexer.minimumSeeders > 0 && indexer.protocol === "torrent" && (
              <Badge variant="secondary">≥ {indexer.minimumSeeders} seeders</Badge>
            )}
            {indexer.requestsPerMinute && <Badge variant="secondary">{indexer.requestsPerMinute}/min</Badge>}
            {indexer.requestsPerDay && <Badge variant="secondary">{indexer.requestsPerDay}/day</Badge>}
          </div>
          {stats && (
            <p className="text-xs text-muted-foreground">
              30 days: {stats.queries} queries · {stats.failures} failed · {stats.grabs} grabs
              {stats.averageResponseMs !== null ? ` · ${(stats.averageResponseMs / 1000).toFixed(1)} s average` : ""}
            </p>
          )}
        </CardContent>
      </Card>
    </li>
  );
}
