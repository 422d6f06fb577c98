import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";
import { formatRelative } from "@/components/format";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageActor } from "@/lib/accounts/next";
import { healthChecks } from "@/lib/system";

export const metadata: Metadata = { title: "Health" };

export default async function SystemHealthPage() {
  const { items, checkedAt } = await healthChecks(await requirePageActor("admin"));
  return (
    <>
      <LiveRefresh prefixes={["task.finished", "download.client.", "indexer."]} />
      <PageHeader
        title="Health"
        description="What needs attention, each with where to fix it. Checked every 30 seconds at most."
      />
      {items.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" data-testid="health-ok">
          <CheckCircle2 className="size-4 text-success" aria-hidden /> No problems: the worker runs, indexers and
          download clients answer, folders are there and writable.
        </p>
      ) : (
        <ul className="grid gap-2" aria-label="Health problems">
          {items.map((check, index) => {
            const Icon = check.type === "error" ? XCircle : AlertTriangle;
            return (
              <li key={`${check.source}:${index}`}>
                <Card className={check.type === "error" ? "border-destructive/50" : "border-warning/50"}>
                  <CardContent className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start">
                    <Icon
                      className={`mt-0.5 size-4 shrink-0 ${check.type === "error" ? "text-destructive" : "text-warning"}`}
                      aria-hidden
                    />
                    <div className="grid min-w-0 flex-1 gap-1 [overflow-wrap:anywhere]">
                      <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                        <Badge variant={check.type === "error" ? "destructive" : "secondary"}>{check.type}</Badge>
                        <span className="text-muted-foreground">{check.source}</span>
                      </p>
                      <p className="text-sm">{check.message}</p>
                      {check.since && (
                        <p className="text-xs text-muted-foreground" title={check.since}>
                          Since {formatRelative(check.since)}
                        </p>
                      )}
                    </div>
                    <Link
                      href={check.fix.href}
                      className="shrink-0 text-sm font-medium text-primary underline-offset-4 hover:underline"
                    >
                      Fix in {check.fix.label}
                    </Link>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-4 text-xs text-muted-foreground" title={checkedAt}>
        Checked {formatRelative(checkedAt)}. The same list: <code>GET /api/v1/health-checks</code>.
      </p>
    </>
  );
}
