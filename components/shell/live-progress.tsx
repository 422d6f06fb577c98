"use client";

import * as React from "react";

import { Progress } from "@/components/ui/progress";
import { cn } from "@/components/ui/utils";

export type LiveProgressProps = {
  label: React.ReactNode;
  /** 0–100, or null/undefined while the total is unknown (indeterminate). */
  value?: number | null;
  /** Secondary text at the right, e.g. "12 of 340 files" or "2.1 MB/s"; defaults to the percent. */
  detail?: React.ReactNode;
  status?: "running" | "done" | "failed";
  className?: string;
};

/** A labelled progress bar for long-running work (scans, imports, downloads). */
export function LiveProgress({ label, value, detail, status = "running", className }: LiveProgressProps) {
  const id = React.useId();
  const indeterminate = value === null || value === undefined;
  const percent = indeterminate ? null : Math.round(Math.min(100, Math.max(0, value)));
  const shownDetail = detail ?? (status === "failed" ? "Failed" : percent === null ? "Working…" : `${percent}%`);
  return (
    <div data-slot="live-progress" data-status={status} className={cn("grid gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span id={`${id}-label`} className="min-w-0 truncate font-medium">
          {label}
        </span>
        <span
          className={cn(
            "shrink-0 text-xs text-muted-foreground tabular-nums",
            status === "failed" && "text-destructive",
          )}
        >
          {shownDetail}
        </span>
      </div>
      <Progress
        aria-labelledby={`${id}-label`}
        value={status === "done" ? 100 : status === "failed" ? (percent ?? 100) : percent}
        indicatorClassName={cn(status === "done" && "bg-success", status === "failed" && "bg-destructive")}
        className={cn(status === "failed" && "bg-destructive/20")}
      />
    </div>
  );
}
