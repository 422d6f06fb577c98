"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { NumberField } from "@/components/forms/number-field";
import { SelectField } from "@/components/forms/select-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import type { AutomationSettings } from "@/lib/automation";
import { automationSettingsInput } from "@/lib/automation/settings.input";
import { updateAutomationSettingsAction } from "../../automation-actions";

const fields: {
  key: Exclude<keyof AutomationSettings, "propersAndRepacks">;
  label: string;
  help: string;
  unit: string;
}[] = [
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

const propersOptions = [
  { value: "prefer-and-upgrade", label: "Prefer and upgrade" },
  { value: "do-not-upgrade", label: "Prefer, do not upgrade" },
  { value: "do-not-prefer", label: "Do not prefer (custom formats decide)" },
] as const;

/** Settings → General → Automation: RSS interval, search budgets and the usenet/space rules. */
export function AutomationForm({ settings }: { settings: AutomationSettings }) {
  const form = useForm({ resolver: zodResolver(automationSettingsInput), defaultValues: settings });
  const onSubmit = useActionSubmit(form, updateAutomationSettingsAction, () => {
    toast.success("Automation settings saved");
  });
  const pending = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form className="grid gap-4" onSubmit={onSubmit} noValidate>
        <FormAlert />
        <div className="grid gap-4 sm:grid-cols-2">
          {fields.map((f) => (
            <NumberField<AutomationSettings>
              key={f.key}
              name={f.key}
              id={`automation-${f.key}`}
              label={f.label}
              help={f.help}
              unit={f.unit}
              inputMode="numeric"
              min={0}
              className="w-32"
            />
          ))}
          <SelectField<AutomationSettings>
            name="propersAndRepacks"
            id="automation-propersAndRepacks"
            label="Propers and repacks"
            help="Whether a proper or repack beats the same quality and replaces a file you have. Choose “Do not prefer” when a Repack/Proper custom format scores them (TRaSH guides)."
            options={propersOptions}
          />
        </div>
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
