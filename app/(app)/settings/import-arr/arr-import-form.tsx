"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useEvents } from "@/components/live/use-events";
import { LiveProgress } from "@/components/shell/live-progress";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { arrImportInput } from "@/lib/migration/arr-import.input";
import type { ArrDryRun } from "@/lib/migration";
import { dryRunArrImportAction, startArrImportAction } from "./actions";
import { DryRunReport } from "./dry-run-report";

type Values = z.input<typeof arrImportInput>;
const TASK = "migration.arr-import";
const empty: Values = { app: "sonarr", url: "", apiKey: "", keepKey: false, includeBlocklist: false };
const apps = [
  { value: "sonarr", label: "Sonarr" },
  { value: "radarr", label: "Radarr" },
];

/** Address and key → dry run (a report) → import (a job, its progress live). */
export function ArrImportForm() {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(arrImportInput), defaultValues: empty });
  const [report, setReport] = useState<ArrDryRun | null>(null);
  const [progress, setProgress] = useState<{
    done: number;
    total: number;
    detail?: string;
    state: "running" | "done" | "failed";
  } | null>(null);
  const onDryRun = useActionSubmit(form, dryRunArrImportAction, (data) => {
    setReport(data);
    setProgress(null);
  });
  const onImport = useActionSubmit(form, startArrImportAction, () => {
    setProgress({ done: 0, total: 0, detail: "Queued", state: "running" });
    toast.success("Import started");
    router.refresh();
  });
  useEvents(["task.progress", "task.finished"], (event) => {
    if (event.payload.name !== TASK) return;
    if (event.type === "task.progress")
      setProgress({
        done: event.payload.done,
        total: event.payload.total,
        detail: event.payload.detail,
        state: "running",
      });
    else {
      setProgress((p) => ({
        done: p?.total ?? 0,
        total: p?.total ?? 0,
        state: event.payload.status === "succeeded" ? "done" : "failed",
      }));
      setReport(null);
      router.refresh();
    }
  });
  const busy = form.formState.isSubmitting;
  const running = progress?.state === "running";

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Connection</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <FormProvider {...form}>
          <form onSubmit={onDryRun} noValidate className="grid gap-4" aria-label="Import from Sonarr or Radarr">
            <FormAlert />
            <div className="grid gap-4 md:grid-cols-[10rem_1fr]">
              <SelectField<Values> name="app" id="arr-app" label="App" options={apps} onPick={() => setReport(null)} />
              <TextField<Values>
                name="url"
                id="arr-url"
                label="Address"
                placeholder="http://sonarr:8989"
                inputMode="url"
                help="With its URL base, if it has one (http://host/sonarr)"
              />
            </div>
            <TextField<Values>
              name="apiKey"
              id="arr-key"
              label="API key"
              type="password"
              autoComplete="off"
              help="Settings → General in Sonarr or Radarr. Leave empty to use a key you asked Mydia to keep."
            />
            <CheckboxField<Values>
              name="keepKey"
              id="arr-keep-key"
              label="Keep the key"
              help="Stored encrypted so the next import does not ask again. Otherwise it is erased when the import ends."
            />
            <CheckboxField<Values>
              name="includeBlocklist"
              id="arr-blocklist"
              label="Bring the blocklist too"
              help="Releases the app refused stay refused in Mydia."
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant={report ? "outline" : "default"} disabled={busy || running}>
                {busy && !report ? "Reading…" : "Dry run"}
              </Button>
              <Button type="button" onClick={onImport} disabled={!report || busy || running}>
                {running ? "Importing…" : "Import"}
              </Button>
            </div>
          </form>
        </FormProvider>
        {progress && (
          <div aria-live="polite" data-testid="arr-import-progress">
            <LiveProgress
              label={
                progress.state === "done"
                  ? "Import finished"
                  : progress.state === "failed"
                    ? "Import failed"
                    : "Importing"
              }
              value={progress.state === "done" ? 100 : progress.total ? (progress.done / progress.total) * 100 : null}
              status={progress.state}
              detail={progress.total ? `${progress.done} of ${progress.total}` : progress.detail}
            />
          </div>
        )}
        {report && <DryRunReport report={report} />}
      </CardContent>
    </Card>
  );
}
