import type { Metadata } from "next";
import { Download, ScrollText } from "lucide-react";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { requirePageActor } from "@/lib/accounts/next";
import { systemLogs } from "@/lib/system";

export const metadata: Metadata = { title: "Logs" };

const LEVELS = ["debug", "info", "warn", "error", "fatal"] as const;
const selectClass =
  "h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 dark:bg-input/30";
const levelVariant = (level: string) =>
  level === "error" || level === "fatal" ? "destructive" : level === "warn" ? "default" : "secondary";

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function SystemLogsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageActor("admin");
  const params = await searchParams;
  const query = { level: one(params.level) ?? "info", context: one(params.context), q: one(params.q) };
  const page = await systemLogs(actor, query);
  const download = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  return (
    <>
      <PageHeader
        title="Logs"
        description="The newest lines of the web server and the worker, newest first. Files: DATA_DIR/logs (rotated at 10 MB, 5 kept)."
        actions={
          <Button asChild variant="outline" size="sm">
            <a href={`/api/v1/system/logs/download?${download}`} download>
              <Download aria-hidden /> Download
            </a>
          </Button>
        }
      />
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-[10rem_14rem_1fr_auto] sm:items-end" role="search">
        <div className="grid gap-1.5">
          <Label htmlFor="log-level">Level</Label>
          <select id="log-level" name="level" defaultValue={query.level} className={selectClass}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level} and above
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="log-context">Context</Label>
          <select id="log-context" name="context" defaultValue={query.context ?? ""} className={selectClass}>
            <option value="">All</option>
            {[...new Set([...page.contexts, ...(query.context ? [query.context] : [])])].map((context) => (
              <option key={context} value={context}>
                {context}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="log-q">Contains</Label>
          <Input id="log-q" name="q" defaultValue={query.q} placeholder="Text in the line" />
        </div>
        <Button type="submit">Filter</Button>
      </form>
      {page.entries.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title="No log lines match"
          description={
            page.contexts.length === 0
              ? "Nothing was logged yet: the web server and the worker write here when started with npm start."
              : "Lower the level or clear the context and text filters."
          }
        />
      ) : (
        <ol aria-label="Log lines" className="grid divide-y rounded-md border font-mono text-xs">
          {page.entries.map((entry, index) => (
            <li key={index} className="grid gap-1 px-3 py-2 [overflow-wrap:anywhere]">
              <div className="flex flex-wrap items-center gap-2">
                <time dateTime={entry.time} className="text-muted-foreground">
                  {entry.time.replace("T", " ").replace("Z", "")}
                </time>
                <Badge variant={levelVariant(entry.level)}>{entry.level}</Badge>
                <span className="text-muted-foreground">{entry.context ?? entry.process}</span>
              </div>
              <p className="text-sm">{entry.msg || "(no message)"}</p>
              {Object.keys(entry.fields).length > 0 && (
                <details>
                  <summary className="cursor-pointer text-muted-foreground">Details</summary>
                  <pre className="mt-1 whitespace-pre-wrap">{JSON.stringify(entry.fields, null, 2)}</pre>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {page.truncated && (
        <p className="mt-3 text-xs text-muted-foreground">
          Older lines are left out: download them or narrow the filters.
        </p>
      )}
    </>
  );
}
