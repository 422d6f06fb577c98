"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { AutomationSettings } from "@/lib/automation";
import { updateAutomationSettingsAction } from "../../automation-actions";

const fields: { key: keyof AutomationSettings; label: string; help: string; unit: string }[] = [
  {
    key: "rssIntervalMinutes",
    label: "RSS sync interval",
    help: "How often the indexers' newest releases are read (10–1440, or 0 to turn RSS sync off).",
    unit: "minutes",
  },
  {
    key: "missingSearchBudget",
    label: "Missing search budget",
    help: "Searches the hourly missing search may send. Items that keep finding nothing back off up to a day.",
    unit: "searches",
  },
  {
    key: "cutoffSearchBudget",
    label: "Cutoff search budget",
    help: "Searches for upgrades every 6 hours.",
    unit: "searches",
  },
  {
    key: "retentionDays",
    label: "Usenet retention",
    help: "Your provider's retention; older posts are skipped (0 = unlimited).",
    unit: "days",
  },
  {
    key: "minimumAgeMinutes",
    label: "Usenet minimum age",
    help: "Newer posts wait, so that they can propagate.",
    unit: "minutes",
  },
  {
    key: "minimumFreeSpaceMb",
    label: "Keep free",
    help: "A release that would leave less space than this is not grabbed.",
    unit: "MB",
  },
];

/** Settings → General → Automation: RSS interval, search budgets and the usenet/space rules. */
export function AutomationForm({ settings }: { settings: AutomationSettings }) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.key, String(settings[f.key])])),
  );
  const [pending, start] = useTransition();
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const input = Object.fromEntries(fields.map((f) => [f.key, Number(values[f.key])]));
          const result = await updateAutomationSettingsAction(input);
          if (result.ok) toast.success("Automation settings saved");
          else toast.error(result.error);
        });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => (
          <div key={f.key} className="grid content-start gap-1.5">
            <Label htmlFor={`automation-${f.key}`}>{f.label}</Label>
            <div className="flex items-center gap-2">
              <Input
                id={`automation-${f.key}`}
                type="number"
                inputMode="numeric"
                min={0}
                className="w-32"
                value={values[f.key]}
                onChange={(event) => setValues((v) => ({ ...v, [f.key]: event.target.value }))}
                aria-describedby={`automation-${f.key}-help`}
              />
              <span className="text-sm text-muted-foreground">{f.unit}</span>
            </div>
            <p id={`automation-${f.key}-help`} className="text-xs text-muted-foreground">
              {f.help}
            </p>
          </div>
        ))}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
