"use client";

import { updateSeriesAction } from "@/app/(app)/catalog-actions";
import { labels, seriesMonitors, seriesTypes, type SeriesMonitor, type SeriesType } from "@/lib/catalog/catalog.types";
import { SearchButton } from "@/components/automation/search-button";
import type { AddOptions } from "./add-dialog";
import { EditTitleDialog, type SeriesEditValues } from "./edit-title-dialog";
import { DeleteButton, MonitoredSwitch, RefreshButton, run } from "./item-actions";
import { NativeSelect } from "./native-select";

export function SeriesControls({
  id,
  title,
  monitored,
  monitor,
  monitorNewSeasons,
  seriesType,
  edit,
  fileCount,
}: {
  id: string;
  title: string;
  monitored: boolean;
  monitor: SeriesMonitor;
  monitorNewSeasons: boolean;
  seriesType: SeriesType;
  edit: { values: SeriesEditValues; options: AddOptions; tagSuggestions: string[] };
  fileCount: number;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3 pt-1">
      <MonitoredSwitch
        id="series-monitored"
        checked={monitored}
        onChange={(next) => run(updateSeriesAction(id, { monitored: next }))}
      />
      <MonitoredSwitch
        id="series-new-seasons"
        label="New seasons"
        checked={monitorNewSeasons}
        onChange={(next) => run(updateSeriesAction(id, { monitorNewSeasons: next }))}
      />
      <label className="flex items-center gap-2 text-sm">
        <span className="text-muted-foreground">Monitor</span>
        <NativeSelect
          defaultValue={monitor}
          aria-label="Monitor episodes"
          onChange={(event) => void run(updateSeriesAction(id, { monitor: event.target.value as SeriesMonitor }))}
        >
          {seriesMonitors.map((m) => (
            <option key={m} value={m}>
              {labels.seriesMonitor[m]}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <span className="text-muted-foreground">Type</span>
        <NativeSelect
          defaultValue={seriesType}
          aria-label="Series type"
          onChange={(event) => void run(updateSeriesAction(id, { seriesType: event.target.value as SeriesType }))}
        >
          {seriesTypes.map((t) => (
            <option key={t} value={t}>
              {labels.seriesType[t]}
            </option>
          ))}
        </NativeSelect>
      </label>
      <SearchButton command={{ name: "SeriesSearch", seriesId: id }} label="Search monitored" />
      <RefreshButton kind="series" id={id} />
      <EditTitleDialog kind="series" id={id} title={title} {...edit} />
      <DeleteButton kind="series" id={id} title={title} fileCount={fileCount} />
    </div>
  );
}
