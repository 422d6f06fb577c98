"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { BackupSettings } from "@/lib/backups";
import { updateBackupSettingsAction } from "./actions";

/** How often scheduled backups run and how many are kept. */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const router = useRouter();
  const [intervalHours, setIntervalHours] = useState(String(settings.intervalHours));
  const [keep, setKeep] = useState(String(settings.keep));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await updateBackupSettingsAction({ intervalHours: Number(intervalHours), keep: Number(keep) });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.fields ?? {});
      toast.error(result.error);
      return;
    }
    setErrors({});
    toast.success("Backup schedule saved");
    router.refresh();
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2 className="text-lg font-semibold">Schedule</h2>
        </CardTitle>
        <CardDescription>
          Scheduled backups run on the worker; older scheduled ones are deleted past the number kept. Mydia also backs
          up before every database migration (the last 10 are kept).
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={(e) => void save(e)} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div className="grid gap-1.5">
            <Label htmlFor="backup-interval">Hours between backups (0 turns them off)</Label>
            <Input
              id="backup-interval"
              name="intervalHours"
              type="number"
              min={0}
              max={720}
              value={intervalHours}
              onChange={(e) => setIntervalHours(e.target.value)}
              aria-invalid={!!errors.intervalHours}
              aria-describedby={errors.intervalHours ? "backup-interval-error" : undefined}
            />
            {errors.intervalHours && (
              <p id="backup-interval-error" className="text-sm text-destructive">
                {errors.intervalHours}
              </p>
            )}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="backup-keep">Scheduled backups kept</Label>
            <Input
              id="backup-keep"
              name="keep"
              type="number"
              min={1}
              max={365}
              value={keep}
              onChange={(e) => setKeep(e.target.value)}
              aria-invalid={!!errors.keep}
              aria-describedby={errors.keep ? "backup-keep-error" : undefined}
            />
            {errors.keep && (
              <p id="backup-keep-error" className="text-sm text-destructive">
                {errors.keep}
              </p>
            )}
          </div>
          <Button type="submit" disabled={saving}>
            Save
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
