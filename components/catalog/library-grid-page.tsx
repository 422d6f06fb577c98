import Link from "next/link";
import type { ComponentProps } from "react";
import { Plus, SearchX, type LucideIcon } from "lucide-react";
import type { EventSelector } from "@/lib/events/event-types";
import { LiveRefresh } from "@/components/live/live-refresh";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/accounts";
import { can } from "@/lib/accounts";
import type { BulkOptions } from "./bulk/bulk-options";
import type { ListRow } from "./bulk/catalog-table";
import { ListControls } from "./bulk/list-controls";
import { SelectBox } from "./bulk/select-box";
import { SelectionProvider, type BulkKind } from "./bulk/selection";
import { TableView } from "./bulk/table-view";
import type { ListView } from "./bulk/view";
import { LibraryToolbar } from "./library-toolbar";
import { Pagination } from "./pagination";
import { PosterCard, PosterGrid } from "./poster-card";

type Option = { value: string; label: string };
export type GridCard = Omit<ComponentProps<typeof PosterCard>, "eager">;

export const GRID_FILTER_KEYS = [
  "q",
  "sort",
  "dir",
  "monitored",
  "status",
  "genre",
  "tag",
  "libraryId",
  "page",
] as const;

/** The first value of each list filter from the URL. */
export function gridFilterValues(
  raw: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    GRID_FILTER_KEYS.map((key) => [key, (Array.isArray(raw[key]) ? raw[key][0] : raw[key]) || undefined]),
  );
}

export interface ListItem {
  id: string;
  card: GridCard;
  /** Only the table view needs it (the grid does not send it to the browser). */
  row: () => ListRow;
}

/**
 * The Movies and TV lists: header, filters, honest empty states, poster cards or a table, paging,
 * and (for roles that manage media) selection with bulk editing.
 */
export function LibraryGridPage(props: {
  title: string;
  noun: { one: string; many: string };
  description: string;
  basePath: string;
  addHref: string;
  icon: LucideIcon;
  eventPrefix: EventSelector;
  role: Role;
  metadataConfigured: boolean;
  values: Record<string, string | undefined>;
  sorts: Option[];
  statuses: Option[];
  genres: string[];
  libraries: Option[];
  total: number;
  page: number;
  pageSize: number;
  kind: BulkKind;
  view: ListView;
  /** Columns the table can sort by (the server's sort keys). */
  sortable: string[];
  /** The bulk editor's choices; absent for roles that cannot manage media. */
  bulk?: BulkOptions;
  items: ListItem[];
}) {
  const { noun, basePath, values, total, role, bulk } = props;
  const canAdd = can(role, "manage");
  const filtered = !!(values.q || values.monitored || values.status || values.genre || values.tag || values.libraryId);
  const count = `${total.toLocaleString("en")} ${total === 1 ? noun.one : noun.many}${filtered ? " match" : " in the library"}`;

  const page = (
    <>
      <LiveRefresh prefixes={[props.eventPrefix]} />
      <PageHeader
        title={props.title}
        description={total ? count : props.description}
        actions={
          canAdd && (
            <Button asChild>
              <Link href={props.addHref}>
                <Plus aria-hidden /> Add {noun.one}
              </Link>
            </Button>
          )
        }
      />
      {(total > 0 || filtered) && (
        <LibraryToolbar
          action={basePath}
          values={values}
          sorts={props.sorts}
          statuses={props.statuses}
          genres={props.genres}
          libraries={props.libraries}
        />
      )}
      {total === 0 ? (
        filtered ? (
          <EmptyState
            icon={SearchX}
            title={`No ${noun.many} match`}
            description="Try another search or clear the filters."
            action={{ label: "Clear filters", href: basePath }}
          />
        ) : !props.metadataConfigured ? (
          <EmptyState
            icon={props.icon}
            title={`No ${noun.many} yet`}
            description={
              role === "admin"
                ? `Set a TMDB key or a metadata relay in Settings → Metadata, then add your first ${noun.one}.`
                : "An admin needs to set a TMDB key or a metadata relay in Settings → Metadata first."
            }
            action={role === "admin" ? { label: "Open Settings → Metadata", href: "/settings/metadata" } : undefined}
          />
        ) : (
          <EmptyState
            icon={props.icon}
            title={`No ${noun.many} yet`}
            description={canAdd ? `Add your first ${noun.one}: search TMDB by title.` : "Nothing has been added yet."}
            action={canAdd ? { label: `Add your first ${noun.one}`, href: props.addHref, icon: Plus } : undefined}
          />
        )
      ) : (
        <>
          <ListControls kind={props.kind} view={props.view} noun={noun.one} />
          {props.view === "table" ? (
            <TableView rows={props.items.map((item) => item.row())} sortable={props.sortable} />
          ) : (
            <PosterGrid>
              {props.items.map(({ id, card }, index) =>
                bulk ? (
                  <div
                    key={id}
                    className="relative rounded-lg ring-primary ring-offset-2 ring-offset-background has-checked:ring-2"
                  >
                    <PosterCard {...card} eager={index < 6} />
                    <SelectBox index={index} title={card.title} className="absolute top-2 right-2 size-5" />
                  </div>
                ) : (
                  <PosterCard key={id} {...card} eager={index < 6} />
                ),
              )}
            </PosterGrid>
          )}
          <Pagination basePath={basePath} params={values} page={props.page} pageSize={props.pageSize} total={total} />
        </>
      )}
    </>
  );
  if (!bulk || total === 0) return page;
  return (
    <SelectionProvider
      key={JSON.stringify(values)}
      kind={props.kind}
      pageIds={props.items.map((item) => item.id)}
      total={total}
      filter={values}
      options={bulk}
    >
      {page}
    </SelectionProvider>
  );
}
