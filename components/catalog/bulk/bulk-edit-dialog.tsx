"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { TagsField } from "@/components/forms/tags-field";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { bulkEditForm, emptyBulkEdit, KEEP, type BulkEditValues } from "./bulk-edit-form";
import type { BulkOption, BulkOptions } from "./bulk-options";
import type { RunBulk } from "./bulk-action-bar";
import type { BulkKind } from "./selection";

const tagModes = [
  { value: "add", label: "Add these tags" },
  { value: "remove", label: "Remove these tags" },
  { value: "replace", label: "Replace all tags with these" },
];

const monitoredOptions = [
  { value: "true", label: "Monitored" },
  { value: "false", label: "Not monitored" },
];

/** A select that starts at "No change"; `hint` shows once a value is picked. */
function KeepOrSet({
  name,
  label,
  options,
  hint,
}: {
  name: Path<BulkEditValues>;
  label: string;
  options: BulkOption[];
  hint?: string;
}) {
  const value = useWatch<BulkEditValues>({ name });
  return (
    <NativeSelectField<BulkEditValues>
      name={name}
      id={`bulk-edit-${name}`}
      label={label}
      options={[{ value: KEEP, label: "No change" }, ...options]}
      help={hint && value !== KEEP ? hint : undefined}
    />
  );
}

function BulkEditForm({
  kind,
  noun,
  options,
  run,
  done,
}: {
  kind: BulkKind;
  noun: string;
  options: BulkOptions;
  run: RunBulk;
  done: () => void;
}) {
  const form = useForm({ resolver: zodResolver(bulkEditForm(kind)), defaultValues: emptyBulkEdit });
  const [tagMode, tags, ...selects] = useWatch({
    control: form.control,
    name: [
      "tagMode",
      "tags",
      "monitored",
      "monitor",
      "qualityProfileId",
      "libraryId",
      "minimumAvailability",
      "seriesType",
    ],
  });
  const nothing =
    selects.every((value) => value === KEEP) && !(tagMode !== KEEP && (tags.length > 0 || tagMode === "replace"));
  const onSubmit = form.handleSubmit(async (change) => {
    if (nothing) return;
    const ok = await run(
      "edit",
      change,
      (n) => `${n.toLocaleString("en")} ${n === 1 && kind === "movie" ? "movie" : noun} updated`,
    );
    if (ok) done();
  });
  const pending = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form id="bulk-edit-form" className="grid gap-4" onSubmit={onSubmit} noValidate>
        <KeepOrSet name="monitored" label="Monitoring" options={monitoredOptions} />
        {options.monitorModes && (
          <KeepOrSet
            name="monitor"
            label="Monitor episodes"
            options={options.monitorModes}
            hint="Applied to every season and episode of each series."
          />
        )}
        <KeepOrSet name="qualityProfileId" label="Quality profile" options={options.profiles} />
        {options.libraries.length > 0 && <KeepOrSet name="libraryId" label="Library" options={options.libraries} />}
        {options.minimumAvailability && (
          <KeepOrSet name="minimumAvailability" label="Minimum availability" options={options.minimumAvailability} />
        )}
        {options.seriesTypes && <KeepOrSet name="seriesType" label="Series type" options={options.seriesTypes} />}
        <KeepOrSet name="tagMode" label="Tags" options={tagModes} />
        {tagMode !== KEEP && (
          <TagsField<BulkEditValues>
            name="tags"
            id="bulk-edit-tags"
            label={tagModes.find((m) => m.value === tagMode)?.label}
            suggestions={options.tags}
            help={tagMode === "replace" && tags.length === 0 ? "No tags given: every tag is taken off." : undefined}
          />
        )}
      </form>
      <DialogFooter>
        <Button variant="outline" onClick={done}>
          Cancel
        </Button>
        <Button type="submit" form="bulk-edit-form" disabled={nothing || pending}>
          {pending ? "Saving…" : "Apply"}
        </Button>
      </DialogFooter>
    </FormProvider>
  );
}

/** Change the fields every selected title should share; fields left at "No change" stay as they are. */
export function BulkEditDialog({
  open,
  onOpenChange,
  count,
  ...props
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  kind: BulkKind;
  count: number;
  noun: string;
  options: BulkOptions;
  run: RunBulk;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            Edit {count.toLocaleString("en")} {props.noun}
          </DialogTitle>
          <DialogDescription>
            Only the fields you change are applied; the rest stay as each title has them.
          </DialogDescription>
        </DialogHeader>
        {/* Mounted on each opening: every field starts at "No change". */}
        <BulkEditForm {...props} done={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
