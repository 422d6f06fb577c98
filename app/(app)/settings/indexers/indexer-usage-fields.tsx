"use client";

import { ListField } from "@/components/forms/list-field";
import { NumberField } from "@/components/forms/number-field";
import { SwitchField } from "@/components/forms/switch-field";
import type { IndexerFormValues } from "./indexer-form-values";

const uses = [
  ["enableRss", "RSS sync"],
  ["enableAutomatic", "Automatic search"],
  ["enableInteractive", "Interactive search"],
] as const;

/** Where the indexer is used, its priority, limits and filters. */
export function IndexerUsageFields() {
  return (
    <>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Use for</legend>
        {uses.map(([name, label]) => (
          <SwitchField<IndexerFormValues> key={name} name={name} id={`ix-${name}`} label={label} layout="inline" />
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField<IndexerFormValues> name="priority" id="ix-priority" label="Priority" min={1} max={50} />
        <NumberField<IndexerFormValues> name="minimumSeeders" id="ix-seeders" label="Min. seeders" min={0} />
        <NumberField<IndexerFormValues>
          name="timeoutMs"
          id="ix-timeout"
          label="Timeout (s)"
          scale={1000}
          min={1}
          max={120}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <ListField<IndexerFormValues>
          name="categories"
          id="ix-cats"
          label="Categories"
          item="number"
          placeholder="2000, 5000"
        />
        <ListField<IndexerFormValues> name="tags" id="ix-tags" label="Tags" placeholder="4k, anime" />
        <NumberField<IndexerFormValues>
          name="requestsPerMinute"
          id="ix-rpm"
          label="Requests per minute"
          empty="null"
          min={1}
          placeholder="no limit"
        />
        <NumberField<IndexerFormValues>
          name="requestsPerDay"
          id="ix-rpd"
          label="Requests per day"
          empty="null"
          min={1}
          placeholder="no limit"
        />
      </div>
    </>
  );
}
