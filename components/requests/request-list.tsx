"use client";

import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { useRouter } from "next/navigation";
import { Poster } from "@/components/catalog/poster";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { deleteRequestAction } from "@/app/(app)/requests/actions";
import type { RequestView } from "@/lib/requests/request.view";
import { ApproveDialog, DeclineDialog, type ApprovalOptions } from "./decision-dialogs";
import { ReportProblemDialog } from "./problem-dialogs";
import { RequestStatusBadge } from "./request-status";

export type RequestItem = RequestView & { scopeLabel: string };

function WithdrawButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        const result = await deleteRequestAction(id);
        setPending(false);
        if (!result.ok) return void toast.error(result.error);
        toast.success(`Request for ${title} withdrawn`);
        router.refresh();
      }}
    >
      Withdraw
    </Button>
  );
}

function RequestCard({
  item,
  admin,
  viewerId,
  options,
  selected,
  onSelect,
}: {
  item: RequestItem;
  admin: boolean;
  viewerId: string;
  options: ApprovalOptions | null;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const mine = item.requesters.some((r) => r.userId === viewerId);
  const who = item.requesters.map((r) => r.username).join(", ");
  const notes = item.requesters.filter((r) => r.note);
  return (
    <li
      className="flex gap-3 rounded-xl border bg-card p-3"
      data-testid="request-card"
      data-title={item.title}
      aria-label={`Request for ${item.title}`}
    >
      {admin && item.status === "pending" && (
        <Checkbox
          checked={selected}
          onCheckedChange={(v) => onSelect(v === true)}
          aria-label={`Select ${item.title}`}
          className="mt-1"
        />
      )}
      <Poster
        path={item.posterPath}
        title={item.title}
        kind={item.mediaType === "movie" ? "movie" : "tv"}
        width={154}
        className="w-16 shrink-0 sm:w-20"
      />
      <div className="grid min-w-0 flex-1 content-start gap-1.5">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <p className="font-medium break-words">
              {item.status === "available" && item.href ? (
                <Link href={item.href} className="underline-offset-4 hover:underline">
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
              {item.year ? <span className="text-muted-foreground"> ({item.year})</span> : null}
            </p>
            <p className="text-sm text-muted-foreground">
              {item.mediaType === "movie" ? "Movie" : item.scopeLabel}
              {item.mediaType === "series" && item.wantedCount > 0
                ? ` · ${item.availableCount} of ${item.wantedCount} episodes here`
                : ""}
            </p>
          </div>
          <RequestStatusBadge status={item.status} progress={item.progress} />
        </div>
        {item.status === "declined" && item.declineReason && (
          <p className="text-sm" data-testid="decline-reason">
            <span className="font-medium">Declined: </span>
            {item.declineReason}
          </p>
        )}
        <p className="text-xs text-muted-foreground">
          Requested by {who} · {new Date(item.createdAt).toLocaleDateString()}
        </p>
        {notes.map((r) => (
          <p key={r.userId} className="text-sm break-words">
            <span className="text-muted-foreground">{r.username}: </span>“{r.note}”
          </p>
        ))}
        {item.openProblems > 0 && (
          <p className="text-sm text-warning-foreground dark:text-warning">
            {item.openProblems} open problem report{item.openProblems === 1 ? "" : "s"}
          </p>
        )}
        <div className="flex flex-wrap gap-2 pt-1">
          {admin && options && (item.status === "pending" || item.status === "declined") && (
            <ApproveDialog ids={[item.id]} mediaType={item.mediaType} title={item.title} options={options} />
          )}
          {admin && item.status === "pending" && <DeclineDialog ids={[item.id]} title={item.title} />}
          {item.status === "available" && item.href && (
            <Button asChild size="sm" variant="secondary">
              <Link href={item.href}>Open</Link>
            </Button>
          )}
          {mine && item.availableCount > 0 && <ReportProblemDialog requestId={item.id} title={item.title} />}
          {mine && !admin && item.status === "pending" && <WithdrawButton id={item.id} title={item.title} />}
        </div>
      </div>
    </li>
  );
}

/** The requests, newest first; admins select pending ones to approve or decline together. */
export function RequestList({
  items,
  admin,
  viewerId,
  options,
}: {
  items: RequestItem[];
  admin: boolean;
  viewerId: string;
  options: ApprovalOptions | null;
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const chosen = items.filter((i) => selected.has(i.id) && i.status === "pending");
  const kinds = new Set(chosen.map((i) => i.mediaType));
  return (
    <div className="grid gap-3">
      {admin && options && chosen.length > 1 && (
        <div className="sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-lg border bg-background/95 p-2 shadow-sm">
          <span className="text-sm">{chosen.length} selected</span>
          <ApproveDialog
            ids={chosen.map((i) => i.id)}
            mediaType={kinds.size === 1 ? chosen[0].mediaType : "mixed"}
            title={`${chosen.length} requests`}
            options={options}
            onDone={() => setSelected(new Set())}
          />
          <DeclineDialog
            ids={chosen.map((i) => i.id)}
            title={`${chosen.length} requests`}
            onDone={() => setSelected(new Set())}
          />
        </div>
      )}
      <ul className="grid gap-3 lg:grid-cols-2">
        {items.map((item) => (
          <RequestCard
            key={item.id}
            item={item}
            admin={admin}
            viewerId={viewerId}
            options={options}
            selected={selected.has(item.id)}
            onSelect={(on) =>
              setSelected((s) => {
                const next = new Set(s);
                if (on) next.add(item.id);
                else next.delete(item.id);
                return next;
              })
            }
          />
        ))}
      </ul>
    </div>
  );
}
