import type { Metadata } from "next";
import { LiveRefresh } from "@/components/live/live-refresh";
import { formatBytes, formatRelative } from "@/components/format";
import { PageHeader } from "@/components/shell/page-header";
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
      <LiveRefresh prefixes={["task.finished"]} />
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
    </>
  );
}
