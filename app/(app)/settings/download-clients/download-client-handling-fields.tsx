"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { NumberField } from "@/components/forms/number-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { downloadClientDefinitions } from "@/lib/downloads/clients/definitions";
import type { DownloadClientFormValues } from "./download-client-form-values";

type Values = DownloadClientFormValues;

/** Categories, priority, stall detection and what happens to finished downloads. */
export function DownloadClientHandlingFields() {
  const { control } = useFormContext<Values>();
  const definition = downloadClientDefinitions[useWatch({ control, name: "kind" })];
  return (
    <>
      <div className="grid grid-cols-2 gap-3">
        <TextField<Values> name="movieCategory" id="dc-movieCategory" label="Movie category" empty="null" />
        <TextField<Values> name="tvCategory" id="dc-tvCategory" label="TV category" empty="null" />
      </div>
      <NumberField<Values> name="priority" id="dc-priority" label="Priority (1 = tried first)" min={1} max={50} />
      <SwitchField<Values> name="enabled" id="dc-enabled" label="Enabled" />
      <NumberField<Values>
        name="stalledAfterMinutes"
        id="dc-stalledAfterMinutes"
        label="Stalled after (minutes)"
        min={0}
        help="A download that makes no progress for this long is shown as stalled, so you can remove it and try another release. 0 = never."
      />
      {definition.protocol === "usenet" ? (
        <SwitchField<Values>
          name="removeCompleted"
          id="dc-remove"
          label="Remove completed downloads from the client after import"
        />
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <NumberField<Values>
            name="seedRatioLimit"
            id="dc-seedRatioLimit"
            label="Remove torrents after ratio"
            empty="null"
            min={0}
            step="0.1"
            placeholder="Never"
            help="After import, once the torrent has uploaded this many times its size. Empty = keep seeding."
          />
          <NumberField<Values>
            name="seedTimeMinutes"
            id="dc-seedTimeMinutes"
            label="…or after seeding minutes"
            empty="null"
            min={0}
            placeholder="Never"
            help="Or once it has seeded this long, whichever comes first. The library copy is kept."
          />
        </div>
      )}
    </>
  );
}
