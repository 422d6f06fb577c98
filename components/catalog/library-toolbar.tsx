import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { AutoSubmitForm } from "./auto-submit-form";
import { NativeSelect } from "./native-select";

export interface ToolbarOption {
  value: string;
  label: string;
}

/** Search box, sort and filters of the Movies and TV grids (a GET form: links stay shareable). */
export function LibraryToolbar({
  action,
  values,
  sorts,
  statuses,
  genres,
  libraries,
}: {
  action: string;
  values: Record<string, string | undefined>;
  sorts: ToolbarOption[];
  statuses: ToolbarOption[];
  genres: string[];
  libraries: ToolbarOption[];
}) {
  return (
    <AutoSubmitForm action={action} className="mb-5 flex flex-wrap items-center gap-2">
      <div className="relative w-full sm:w-64">
        <Search
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden
        />
        <Input
          name="q"
          type="search"
          defaultValue={values.q}
          placeholder="Search the library"
          aria-label="Search the library"
          className="pl-8"
        />
      </div>
      <NativeSelect name="sort" defaultValue={values.sort ?? "title"} aria-label="Sort by">
        {sorts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect name="dir" defaultValue={values.dir ?? "asc"} aria-label="Order">
        <option value="asc">Ascending</option>
        <option value="desc">Descending</option>
      </NativeSelect>
      <NativeSelect name="monitored" defaultValue={values.monitored ?? ""} aria-label="Monitored">
        <option value="">Monitored or not</option>
        <option value="true">Monitored</option>
        <option value="false">Not monitored</option>
      </NativeSelect>
      <NativeSelect name="status" defaultValue={values.status ?? ""} aria-label="Status">
        <option value="">Any status</option>
        {statuses.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect name="genre" defaultValue={values.genre ?? ""} aria-label="Genre">
        <option value="">Any genre</option>
        {genres.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </NativeSelect>
      {libraries.length > 1 && (
        <NativeSelect name="libraryId" defaultValue={values.libraryId ?? ""} aria-label="Library">
          <option value="">Every library</option>
          {libraries.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      )}
      <noscript>
        <button type="submit" className="h-9 rounded-md border px-3 text-sm">
          Apply
        </button>
      </noscript>
    </AutoSubmitForm>
  );
}
