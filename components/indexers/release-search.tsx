"use client";

import {
  ArrowDownUp,
  CircleAlert,
  CircleCheck,
  CircleSlash,
  LoaderCircle,
  RotateCw,
} from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatBytes } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { InteractiveDecision, InteractiveRelease, InteractiveSearchEvent } from "@/lib/automation";
import type { SearchSubject } from "@/lib/indexers";
import { DecisionBadge, DecisionDetails } from "./release-decision";
import { GrabButton, type GrabOutcome } from "./grab-button";
import { ReleaseStateBadge } from "./release-state-badge";

type IndexerState = {
  id: string;
  name: string;
  state: "waiting" | "ok" | "failed" | "skipped";
  count: number;
  message: string | null;
  elapsedMs: number | null;
};
type SortKey = "rank" | "quality" | "size" | "age" | "seeders" | "indexer" | "title";

export interface ReleaseSearchProps {
  /** What to search for: { movieId } / { episodeId } / { seriesId, season } / { q }. */
  subject: SearchSubject;
  /** Grabbing is wired by the downloads context; without a handler no grab button is shown. */
  onGrab?: (release: InteractiveRelease, options: { overrideRejection: boolean }) => Promise<GrabOutcome>;
}

const qualityRank = (r: InteractiveRelease) =>
  (r.parsed.resolution ?? 0) * 10 +
  (r.parsed.modifier === "remux" ? 5 : 0) +
  (r.parsed.source === "bluray" ? 3 : r.parsed.source === "webdl" ? 2 : r.parsed.source === "webrip" ? 1 : 0);

function formatAge(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  const days = hours / 24;
  return days < 365 ? `${Math.round(days)} d` : `${(days / 365).toFixed(1)} y`;
}

function query(subject: SearchSubject): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(subject))
    if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
}

/**
 * Interactive release search: streams NDJSON from /api/v1/releases/stream and adds rows as each
 * indexer answers; says which indexers failed and why. A sortable, filterable table on wide
 * screens, a card list on phones. Mount it on movie/episode/season pages with the subject.
 */
export function ReleaseSearch({ subject, onGrab }: ReleaseSearchProps) {
  const [releases, setReleases] = useState<InteractiveRelease[]>([]);
  const [indexers, setIndexers] = useState<IndexerState[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState<number | null>(null);
  // Searches for a catalog item are judged by its quality profile: best-ranked first by default.
  const judged = !subject.q;
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>(
    judged ? { key: "rank", desc: false } : { key: "seeders", desc: true },
  );
  const [decisions, setDecisions] = useState<Map<string, { view: InteractiveDecision; order: number }>>(new Map());
  const [filter, setFilter] = useState("");
  const [quality, setQuality] = useState("all");
  const [indexerFilter, setIndexerFilter] = useState("all");
  const abort = useRef<AbortController | null>(null);
  const key = query(subject);

  const apply = useCallback(
    (event: InteractiveSearchEvent) => {
      if (event.type === "started")
        setIndexers(event.indexers.map((i) => ({ ...i, state: "waiting", count: 0, message: null, elapsedMs: null })));
      else if (event.type === "results") {
        setReleases((current) => [...current, ...event.releases]);
        setIndexers((current) =>
          current.map((i) =>
            i.id === event.indexer.id
              ? { ...i, state: "ok", count: event.releases.length, elapsedMs: event.elapsedMs }
              : i,
          ),
        );
      } else if (event.type === "failed") {
        setIndexers((current) =>
          current.map((i) =>
            i.id === event.indexer.id
              ? { ...i, state: "failed", message: event.message, elapsedMs: event.elapsedMs }
              : i,
          ),
        );
      } else if (event.type === "skipped") {
        setIndexers((current) =>
          current.map((i) => (i.id === event.indexer.id ? { ...i, state: "skipped", message: event.reason } : i)),
        );
      } else if (event.type === "done") setElapsed(event.elapsedMs);
      else if (event.type === "error") setError(event.message);
      else if (event.type === "decisions")
        setDecisions(new Map(event.decisions.map((view, order) => [view.releaseId, { view, order }])));
      else if (event.type === "decisions-failed")
        setError(`Releases could not be judged against the quality profile: ${event.message}`);
    },
    [],
  );

  const run = useCallback(async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setReleases([]);
    setDecisions(new Map());
    setIndexers([]);
    setError(null);
    setElapsed(null);
    setRunning(true);
    try {
      const response = await fetch(`/api/v1/releases/stream?${key}`, {
        signal: controller.signal,
        headers: { accept: "application/x-ndjson" },
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `Search failed (HTTP ${response.status})`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) if (line.trim()) apply(JSON.parse(line));
      }
    } catch (cause) {
      if (!controller.signal.aborted) setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      if (abort.current === controller) setRunning(false);
    }
  }, [key, apply]);

  useEffect(() => {
    void run();
    return () => abort.current?.abort();
  }, [run]);

  const qualities = useMemo(() => [...new Set(releases.map((r) => r.parsed.quality))].sort(), [releases]);
  const visible = useMemo(() => {
    const text = filter.trim().toLowerCase();
    const rows = releases.filter(
      (r) =>
        (quality === "all" || r.parsed.quality === quality) &&
        (indexerFilter === "all" || r.indexerId === indexerFilter) &&
        (!text || r.title.toLowerCase().includes(text)),
    );
    const value = (r: InteractiveRelease): number | string => {
      switch (sort.key) {
        case "rank":
          return decisions.get(r.id)?.order ?? Number.MAX_SAFE_INTEGER;
        case "quality":
          return qualityRank(r);
        case "size":
          return r.size ?? -1;
        case "age":
          return -(r.ageHours ?? Number.MAX_SAFE_INTEGER);
        case "seeders":
          return r.protocol === "usenet" ? (r.grabs ?? 0) : (r.seeders ?? -1);
        case "indexer":
          return r.indexerName.toLowerCase();
        case "title":
          return r.title.toLowerCase();
      }
    };
    return rows.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.desc ? -order : order;
    });
  }, [releases, filter, quality, indexerFilter, sort, decisions]);

  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== "indexer" && key !== "title" && key !== "rank" }));
  const header = (key: SortKey, label: string, className = "") => (
    <TableHead className={className} aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button
        type="button"
        onClick={() => sortBy(key)}
        className="inline-flex items-center gap-1 hover:text-foreground"
      >
        {label} <ArrowDownUp className={`size-3 ${sort.key === key ? "opacity-100" : "opacity-30"}`} aria-hidden />
      </button>
    </TableHead>
  );

  async function grab(release: InteractiveRelease, options: { overrideRejection: boolean }): Promise<GrabOutcome> {
    const outcome = await onGrab!(release, options);
    if (outcome === "grabbed")
      setReleases((current) => current.map((r) => (r.id === release.id ? { ...r, state: "queued" } : r)));
    return outcome;
  }

  return (
    <section className="space-y-4" aria-label="Release search">
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
          <Button variant="ghost" size="sm" onClick={() => void run()}>
            <RotateCw aria-hidden /> Search again
          </Button>
        )}
      </div>

      {indexers.some((i) => i.state === "failed" || i.state === "skipped") && (
        <ul className="space-y-1 text-sm" aria-label="Indexers that gave no results">
          {indexers
            .filter((i) => i.state === "failed" || i.state === "skipped")
            .map((i) => (
              <li key={i.id} className={i.state === "failed" ? "text-destructive" : "text-muted-foreground"}>
                <span className="font-medium">{i.name}</span>:{" "}
                {i.state === "skipped" ? `skipped, ${withoutName(i.message, i.name)}` : withoutName(i.message, i.name)}
              </li>
            ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}

      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          placeholder="Filter titles"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="sm:max-w-xs"
          aria-label="Filter titles"
        />
        <Select value={quality} onValueChange={setQuality}>
          <SelectTrigger className="sm:w-44" aria-label="Quality">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">All qualities</SelectItem>
            {qualities.map((q) => (
              <SelectItem key={q} value={q}>
                {q}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={indexerFilter} onValueChange={setIndexerFilter}>
          <SelectTrigger className="sm:w-44" aria-label="Indexer">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">All indexers</SelectItem>
            {indexers.map((i) => (
              <SelectItem key={i.id} value={i.id}>
                {i.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <p className="self-center text-sm text-muted-foreground sm:ml-auto" aria-live="polite">
          {visible.length} of {releases.length} releases
          {running ? ", searching…" : elapsed !== null ? ` in ${(elapsed / 1000).toFixed(1)} s` : ""}
        </p>
      </div>

      <div className="hidden overflow-x-auto rounded-lg border md:block">
        <Table>
          <TableHeader>
            <TableRow>
              {header("title", "Release")}
              {judged && header("rank", "Decision")}
              {header("quality", "Quality")}
              {header("size", "Size", "text-right")}
              {header("age", "Age", "text-right")}
              {header("seeders", "Peers", "text-right")}
              {header("indexer", "Indexer")}
              {onGrab && (
                <TableHead>
                  <span className="sr-only">Grab</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {visible.map((r) => (
              <TableRow key={r.id} data-release-state={r.state ?? "new"}>
                <TableCell className="max-w-md">
                  <div className="truncate font-medium" title={r.title}>
                    {r.infoUrl ? (
                      <a href={r.infoUrl} target="_blank" rel="noreferrer noopener" className="hover:underline">
                        {r.title}
                      </a>
                    ) : (
                      r.title
                    )}
                  </div>
                  <Flags release={r} />
                  {judged && <DecisionDetails decision={decisions.get(r.id)?.view} />}
                </TableCell>
                {judged && (
                  <TableCell className="whitespace-nowrap">
                    <DecisionBadge decision={decisions.get(r.id)?.view} />
                  </TableCell>
                )}
                <TableCell className="whitespace-nowrap">{r.parsed.quality}</TableCell>
                <TableCell className="text-right whitespace-nowrap tabular-nums">{formatBytes(r.size)}</TableCell>
                <TableCell className="text-right whitespace-nowrap tabular-nums">{formatAge(r.ageHours)}</TableCell>
                <TableCell className="text-right whitespace-nowrap tabular-nums">{peers(r)}</TableCell>
                <TableCell className="whitespace-nowrap">{r.indexerName}</TableCell>
                {onGrab && (
                  <TableCell className="text-right">
                    <GrabButton release={r} decision={decisions.get(r.id)?.view} onGrab={grab} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ul className="space-y-2 md:hidden" aria-label="Releases">
        {visible.map((r) => (
          <li key={r.id} className="rounded-lg border p-3" data-release-state={r.state ?? "new"}>
            <p className="text-sm font-medium break-all">{r.title}</p>
            {judged && (
              <div className="mt-1">
                <DecisionBadge decision={decisions.get(r.id)?.view} />
                <DecisionDetails decision={decisions.get(r.id)?.view} />
              </div>
            )}
            <p className="mt-1 text-xs text-muted-foreground">
              {r.parsed.quality} · {formatBytes(r.size)} · {formatAge(r.ageHours)} · {peers(r)} · {r.indexerName}
            </p>
            <div className="mt-2 flex items-center justify-between gap-2">
              <Flags release={r} />
              {onGrab && <GrabButton release={r} decision={decisions.get(r.id)?.view} onGrab={grab} />}
            </div>
          </li>
        ))}
      </ul>
      {!running && releases.length === 0 && !error && (
        <p className="text-sm text-muted-foreground">No releases found.</p>
      )}
    </section>
  );
}

/** Messages start with the indexer's name; the list already shows it. */
function withoutName(message: string | null, name: string): string {
  if (!message) return "";
  return message.startsWith(`${name} `) || message.startsWith(`${name}: `)
    ? message.slice(name.length).replace(/^:?\s*/, "")
    : message.replace(`: ${name} `, ": ");
}

function peers(r: InteractiveRelease): string {
  if (r.protocol === "usenet") return r.grabs !== null ? `${r.grabs} grabs` : "usenet";
  if (r.seeders === null) return "—";
  return `${r.seeders} / ${Math.max(0, (r.peers ?? r.seeders) - r.seeders)}`;
}

function Flags({ release }: { release: InteractiveRelease }) {
  const flags = [...release.flags, ...(release.magnetOnly ? ["magnet"] : [])];
  if (flags.length === 0 && !release.state) return null;
  return (
    <div className="mt-1 flex flex-wrap gap-1">
      <ReleaseStateBadge state={release.state} />
      {flags.map((flag) => (
        <Badge
          key={flag}
          variant={
            flag === "freeleech" ? "default" : flag === "low-seeders" || flag === "nuked" ? "destructive" : "outline"
          }
          className="text-[10px]"
        >
          {flag}
        </Badge>
      ))}
    </div>
  );
}
