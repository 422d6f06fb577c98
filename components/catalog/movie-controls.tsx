"use client";

import { updateMovieAction } from "@/app/(app)/catalog-actions";
import { SearchButton } from "@/components/automation/search-button";
import type { AddOptions } from "./add-dialog";
import { EditTitleDialog, type MovieEditValues } from "./edit-title-dialog";
import { DeleteButton, MonitoredSwitch, RefreshButton, run } from "./item-actions";
import { NativeSelect } from "./native-select";

const availability = [
  ["announced", "Announced"],
  ["inCinemas", "In cinemas"],
  ["released", "Released"],
] as const;

export function MovieControls({
  id,
  title,
  monitored,
  minimumAvailability,
  edit,
  fileCount,
}: {
  id: string;
  title: string;
  monitored: boolean;
  minimumAvailability: string;
  edit: { values: MovieEditValues; options: AddOptions; tagSuggestions: string[] };
  fileCount: number;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3 pt-1">
      <MonitoredSwitch
        id="movie-monitored"
        checked={monitored}
        onChange={(next) => run(updateMovieAction(id, { monitored: next }))}
      />
      <label className="flex items-center gap-2 text-sm">
        <span className="text-muted-foreground">Available when</span>
        <NativeSelect
          defaultValue={minimumAvailability}
          aria-label="Minimum availability"
          onChange={(event) =>
            void run(
              updateMovieAction(id, {
                minimumAvailability: event.target.value as "announced" | "inCinemas" | "released",
              }),
            )
          }
        >
          {availability.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </label>
      <SearchButton command={{ name: "MovieSearch", movieIds: [id] }} />
      <RefreshButton kind="movie" id={id} />
      <EditTitleDialog kind="movie" id={id} title={title} {...edit} />
      <DeleteButton kind="movie" id={id} title={title} fileCount={fileCount} />
    </div>
  );
}
