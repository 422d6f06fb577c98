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
import { getSystemStatus, healthSummary } from "@/lib/system";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const metadata: Metadata = { title: "System status" };

export default async function SystemStatusPage() {
  const actor = await requirePageActor("admin");
  const [status, health] = await Promise.all([getSystemStatus(actor), healthSummary(actor)]);
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
      <section aria-labelledby="health-summary" className="mt-6">
        <h2 id="health-summary" className="sr-only">
          Health
        </h2>
        {health.errors + health.warnings === 0 ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <CheckCircle2 className="size-4 text-success" aria-hidden /> No health problems.
          </p>
        ) : (
          <Link
            href="/system/health"
            className="flex items-center gap-2 text-sm font-medium underline-offset-4 hover:underline"
          >
            <AlertTriangle className="size-4 text-destructive" aria-hidden />
            {plural(health.errors, "error")} and {plural(health.warnings, "warning")} need attention: see Health
          </Link>
        )}
      </section>
    </>
  );
}
