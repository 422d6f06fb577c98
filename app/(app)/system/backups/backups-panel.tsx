"use client";

import { ArchiveRestore, DatabaseBackup, Download, Play, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { formatBytes, formatDateTime } from "@/components/format";
import { useEvents } from "@/components/live/use-events";
import { EmptyState } from "@/components/shell/empty-state";
import { LiveProgress } from "@/components/shell/live-progress";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
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
import type { BackupInfo, BackupsOverview } from "@/lib/backups";
import { deleteBackupAction, restoreBackupAction, runBackupNowAction } from "./actions";

const TASK = "backups.create";

type Live = { phase: "queued" | "running"; value?: number; detail?: string } | null;
type Restore = { name: string; restarting: boolean } | null;

const kindLabel: Record<BackupInfo["kind"], string> = {
  scheduled: "Scheduled",
  manual: "Manual",
  "pre-migration": "Before migration",
  "pre-restore": "Before restore",
};
const dialectLabel = { sqlite: "SQLite", pg: "PostgreSQL" } as const;
const methodLabel: Record<BackupInfo["method"], string> = {
  "sqlite-file": "online backup",
  "pg-dump": "pg_dump",
  logical: "table export",
};

/** Waits for the restarted app to answer, then reloads the page. */
async function reloadWhenBack() {
  for (let i = 0; i < 600; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      const response = await fetch("/api/health", { cache: "no-store", signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        window.location.reload();
        return;
      }
    } catch {
      // still restarting
    }
  }
}

function RestoreButton({ backup, onRestore }: { backup: BackupInfo; onRestore: (r: Restore) => void }) {
  const [busy, setBusy] = useState(false);
  async function restore() {
    setBusy(true);
    const result = await restoreBackupAction(backup.name);
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    onRestore({ name: backup.name, restarting: result.data.restarting });
    if (result.data.restarting) void reloadWhenBack();
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          disabled={busy}
          aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
        >
          <ArchiveRestore aria-hidden /> Restore
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Restore the backup of {formatDateTime(backup.createdAt)}?</AlertDialogTitle>
          <AlertDialogDescription>
            Everything changed since then is replaced by this backup: the database and the secret key. Mydia stops,
            backs up the database as it is now (kept as “Before restore”), puts this backup in place, runs the
            migrations since its version and starts again.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={() => void restore()}>Restore and restart</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function DeleteButton({ backup }: { backup: BackupInfo }) {
  const router = useRouter();
  async function remove() {
    const result = await deleteBackupAction(backup.name);
    if (!result.ok) toast.error(result.error);
    else {
      toast.success("Backup deleted");
      router.refresh();
    }
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Delete the backup of ${formatDateTime(backup.createdAt)}`}>
          <Trash2 aria-hidden />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete the backup of {formatDateTime(backup.createdAt)}?</AlertDialogTitle>
          <AlertDialogDescription>The file {backup.name} is removed from the backup folder.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={() => void remove()}>Delete</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function BackupRow({ backup, onRestore }: { backup: BackupInfo; onRestore: (r: Restore) => void }) {
  return (
    <li className="grid gap-3 px-4 py-3 sm:grid-cols-[1fr_auto] sm:items-center" data-testid="backup-row">
      <div className="grid min-w-0 gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{formatDateTime(backup.createdAt)}</span>
          <Badge variant={backup.kind === "manual" || backup.kind === "scheduled" ? "secondary" : "outline"}>
            {kindLabel[backup.kind]}
          </Badge>
        </div>
        <p className="text-sm text-muted-foreground">
          {dialectLabel[backup.dialect]} ({methodLabel[backup.method]}) · {formatBytes(backup.bytes)} · schema{" "}
          {backup.schema.migrations} · Mydia {backup.appVersion}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" asChild>
          <a href={`/api/v1/system/backups/${encodeURIComponent(backup.name)}`} download={backup.name}>
            <Download aria-hidden /> Download
          </a>
        </Button>
        <RestoreButton backup={backup} onRestore={onRestore} />
        <DeleteButton backup={backup} />
      </div>
    </li>
  );
}

/** System → Backups: Back up now with live progress, the list with download, restore and delete, restore outcomes. */
export function BackupsPanel({ overview }: { overview: BackupsOverview }) {
  const router = useRouter();
  const [live, setLive] = useState<Live>(null);
  const [restore, setRestore] = useState<Restore>(
    overview.pendingRestore ? { name: overview.pendingRestore.name, restarting: false } : null,
  );

  useEvents(["task."], (event) => {
    if (event.payload.name !== TASK) return;
    if (event.type === "task.queued") setLive({ phase: "queued" });
    else if (event.type === "task.started") setLive({ phase: "running" });
    else if (event.type === "task.progress") {
      const { done, total, detail } = event.payload;
      setLive({ phase: "running", value: total > 0 ? (done / total) * 100 : undefined, detail });
    } else if (event.type === "task.finished") {
      setLive(null);
      if (event.payload.status === "failed") toast.error(`The backup failed: ${event.payload.error ?? "see the logs"}`);
      router.refresh();
    }
  });

  async function backUpNow() {
    setLive({ phase: "queued" });
    const result = await runBackupNowAction();
    if (!result.ok) {
      setLive(null);
      toast.error(result.error);
    }
  }

  const { backups, unreadable, lastRestore } = overview;
  return (
    <section aria-labelledby="backups-heading" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="backups-heading" className="text-lg font-semibold">
          Backups
        </h2>
        <Button onClick={() => void backUpNow()} disabled={live !== null || restore !== null}>
          <Play aria-hidden /> Back up now
        </Button>
      </div>
      {live && (
        <div data-testid="backup-progress">
          <LiveProgress
            label={live.phase === "queued" ? "Backup queued…" : "Backing up…"}
            value={live.value}
            detail={live.detail}
          />
        </div>
      )}
      {restore && (
        <Alert role="status">
          <ArchiveRestore aria-hidden />
          <AlertTitle>{restore.restarting ? "Restoring…" : "Restore waiting for a restart"}</AlertTitle>
          <AlertDescription>
            {restore.restarting
              ? `Mydia is restarting to restore ${restore.name}; this page reloads when it is back.`
              : `Restart Mydia — every web and worker process — to restore ${restore.name}: it is applied on start, before the migrations.`}
          </AlertDescription>
        </Alert>
      )}
      {lastRestore && !restore && (
        <Alert variant={lastRestore.ok ? "default" : "destructive"}>
          <ArchiveRestore aria-hidden />
          <AlertTitle>
            {lastRestore.ok ? "Restored" : "The restore failed"}: {lastRestore.name}
          </AlertTitle>
          <AlertDescription>
            {lastRestore.ok
              ? `${formatDateTime(lastRestore.finishedAt)}; ${lastRestore.migrationsApplied ?? 0} migration(s) run since its version.${lastRestore.preRestore ? ` The database as it was is in ${lastRestore.preRestore}.` : ""}`
              : `${lastRestore.error ?? ""} Nothing was changed.`}
            {lastRestore.warnings.map((w) => (
              <span key={w} className="block">
                {w}
              </span>
            ))}
          </AlertDescription>
        </Alert>
      )}
      {backups.length === 0 ? (
        <EmptyState
          icon={DatabaseBackup}
          title="No backups yet"
          description="Back up now, or wait for the scheduled backup (daily unless changed below)."
        />
      ) : (
        <ul className="divide-y rounded-xl border" aria-label="Backups">
          {backups.map((backup) => (
            <BackupRow key={backup.name} backup={backup} onRestore={setRestore} />
          ))}
        </ul>
      )}
      {unreadable.length > 0 && (
        <Alert variant="destructive">
          <AlertTitle>Files in the backup folder that cannot be read</AlertTitle>
          <AlertDescription>
            {unreadable.map((u) => (
              <span key={u.name} className="block [overflow-wrap:anywhere]">
                {u.error}
              </span>
            ))}
          </AlertDescription>
        </Alert>
      )}
    </section>
  );
}
