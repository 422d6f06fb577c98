import type { Metadata } from "next";
import { LiveRefresh } from "@/components/live/live-refresh";
import { formatBytes, formatRelative } from "@/components/format";
import { PageHeader } from "@/components/shell/page-header";
import Link from "next/link";
import { AlertTriangle, CheckCircle2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { requirePageActor } from "@/lib/accounts/next";
import { getSystemStatus } from "@/lib/system";

export const metadata: Metadata = { title: "System status" };

export default async function SystemStatusPage() {
  const status = await getSystemStatus(await requirePageActor("admin"));
  const used =
    status.dataDir.totalBytes && status.dataDir.freeBytes !== null
      ? 100 - (status.dataDir.freeBytes / status.dataDir.totalBytes) * 100
      : null;
  return (
    <>
      <LiveRefresh prefixes={["task.finished", "download.client."]} />
      <PageHeader title="Status" description="The health of this install." />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Card>
          <CardHeader>
            <CardTitle className="text-sm font-medium text-muted-foreground">Version</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-1">
            <p className="text-2xl font-semibold">{status.version}</p>
            <p className="text-xs text-muted-foreground">Node {status.nodeVersion}</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-sm font-medium text-muted-foreground">Database</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-1">
            <p className="text-2xl font-semibold">{status.dialect === "pg" ? "PostgreSQL" : "SQLite"}</p>
            {status.database.reachable ? (
              <Badge variant="secondary">reachable</Badge>
            ) : (
              <Badge variant="destructive">{status.database.error}</Badge>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-sm font-medium text-muted-foreground">Worker</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-1">
            <p className="text-2xl font-semibold" data-testid="worker-state">
              {status.worker.online ? "Running" : "Not running"}
            </p>
            <p className="text-xs text-muted-foreground">
              {status.worker.lastHeartbeat
                ? `Last heartbeat ${formatRelative(status.worker.lastHeartbeat)}`
                : "No worker has checked in. Start it with npm start (or npm run start:worker)."}
            </p>
            {status.worker.lastCrash && (
              <p className="text-xs text-muted-foreground" data-testid="worker-last-crash">
                Last crash {formatRelative(status.worker.lastCrash.crashedAt)} (
                {status.worker.lastCrash.signal ?? `exit code ${status.worker.lastCrash.exitCode}`})
              </p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-sm font-medium text-muted-foreground">Data folder</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-2">
            <p className="text-2xl font-semibold">{formatBytes(status.dataDir.freeBytes)} free</p>
            {used !== null && <Progress value={used} aria-label="Disk used" />}
            <p className="break-all text-xs text-muted-foreground">{status.dataDir.path}</p>
          </CardContent>
        </Card>
      </div>
      <section aria-labelledby="health-checks" className="mt-6 grid gap-3">
        <h2 id="health-checks" className="text-lg font-semibold">
          Health
        </h2>
        {status.problems.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <CheckCircle2 className="size-4 text-success" aria-hidden /> No problems: the worker runs and every download
            client answers.
          </p>
        ) : (
          <ul className="grid gap-2" aria-label="Health problems">
            {status.problems.map((problem) => (
              <li key={`${problem.source}:${problem.title}`}>
                <Card className="border-destructive/40">
                  <CardContent className="flex items-start gap-3 py-4">
                    <AlertTriangle className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
                    <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                      <p className="font-medium">{problem.title}</p>
                      <p className="text-sm text-muted-foreground">{problem.message}</p>
                      {problem.since && (
                        <p className="text-xs text-muted-foreground" title={problem.since}>
                          Since {formatRelative(problem.since)}
                        </p>
                      )}
                    </div>
                    {problem.href && (
                      <Link href={problem.href} className="text-sm font-medium underline-offset-4 hover:underline">
                        Open settings
                      </Link>
                    )}
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
