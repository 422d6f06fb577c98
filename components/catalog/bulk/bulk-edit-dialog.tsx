"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "../native-select";
import { TagsInput } from "../tags-input";
import type { BulkOption, BulkOptions } from "./bulk-options";
import type { RunBulk } from "./bulk-action-bar";
import type { BulkKind } from "./selection";

const KEEP = "";

function Field({
  label,
  value,
  onChange,
  options,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: BulkOption[];
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} value={value} onChange={(event) => onChange(event.target.value)} className="w-full">
        <option value={KEEP}>No change</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
      {hint && value !== KEEP && <p className="text-xs text-muted-foreground">{hint}</p>}
    </div>
  );
}

const tagModes = [
  { value: "add", label: "Add these tags" },
  { value: "remove", label: "Remove these tags" },
  { value: "replace", label: "Replace all tags with these" },
];

const monitoredOptions = [
  { value: "true", label: "Monitored" },
  { value: "false", label: "Not monitored" },
];

/** Change the fields every selected title should share; fields left at "No change" stay as they are. */
export function BulkEditDialog({
  open,
  onOpenChange,
  kind,
  count,
  noun,
  options,
  run,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  kind: BulkKind;
  count: number;
  noun: string;
  options: BulkOptions;
  run: RunBulk;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [tagMode, setTagMode] = useState("");
  const [tags, setTags] = useState<string[]>([]);
  const tagsId = useId();
  const [pending, start] = useTransition();
  const set = (key: string) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const value = (key: string) => values[key] ?? KEEP;

  const changes: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(values)) {
    if (v === KEEP) continue;
    changes[key] = key === "monitored" ? v === "true" : v;
  }
  const tagChange = tagMode && (tags.length > 0 || tagMode === "replace") ? { mode: tagMode, values: tags } : undefined;
  const nothing = Object.keys(changes).length === 0 && !tagChange;

  const save = () =>
    start(async () => {
      const ok = await run(
        "edit",
        { changes, ...(tagChange ? { tags: tagChange } : {}) },
        (n) => `${n.toLocaleString("en")} ${n === 1 && kind === "movie" ? "movie" : noun} updated`,
      );
      if (ok) {
        setValues({});
        setTagMode("");
        setTags([]);
        onOpenChange(false);
      }
    });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            Edit {count.toLocaleString("en")} {noun}
          </DialogTitle>
          <DialogDescription>
            Only the fields you change are applied; the rest stay as each title has them.
          </DialogDescription>
        </DialogHeader>
        <form
          id="bulk-edit-form"
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!nothing) save();
          }}
        >
          <Field label="Monitoring" value={value("monitored")} onChange={set("monitored")} options={monitoredOptions} />
          {options.monitorModes && (
            <Field
              label="Monitor episodes"
              value={value("monitor")}
              onChange={set("monitor")}
              options={options.monitorModes}
              hint="Applied to every season and episode of each series."
            />
          )}
          <Field
            label="Quality profile"
            value={value("qualityProfileId")}
            onChange={set("qualityProfileId")}
            options={options.profiles}
          />
          {options.libraries.length > 0 && (
            <Field label="Library" value={value("libraryId")} onChange={set("libraryId")} options={options.libraries} />
          )}
          {options.minimumAvailability && (
            <Field
              label="Minimum availability"
              value={value("minimumAvailability")}
              onChange={set("minimumAvailability")}
              options={options.minimumAvailability}
            />
          )}
          {options.seriesTypes && (
            <Field
              label="Series type"
              value={value("seriesType")}
              onChange={set("seriesType")}
              options={options.seriesTypes}
            />
          )}
          <Field label="Tags" value={tagMode} onChange={setTagMode} options={tagModes} />
          {tagMode && (
            <div className="grid gap-1.5">
              <Label htmlFor={tagsId}>{tagModes.find((m) => m.value === tagMode)?.label}</Label>
              <TagsInput id={tagsId} value={tags} onChange={setTags} suggestions={options.tags} />
              {tagMode === "replace" && tags.length === 0 && (
                <p className="text-xs text-muted-foreground">No tags given: every tag is taken off.</p>
              )}
            </div>
          )}
        </form>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" form="bulk-edit-form" disabled={nothing || pending}>
            {pending ? "Saving…" : "Apply"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
