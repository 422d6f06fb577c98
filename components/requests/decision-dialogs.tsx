"use client";

import { Check, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { NativeSelect } from "@/components/catalog/native-select";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { approveRequestAction, declineRequestAction, decideRequestsAction } from "@/app/(app)/requests/actions";

export interface ApprovalOptions {
  movie: { libraries: { id: string; name: string }[]; profiles: { id: string; name: string }[] };
  series: { libraries: { id: string; name: string }[]; profiles: { id: string; name: string }[] };
}

function summarize(results: { ok: boolean; message: string | null }[], verb: string): void {
  const failed = results.filter((r) => !r.ok);
  if (failed.length === 0) toast.success(`${results.length} ${results.length === 1 ? "request" : "requests"} ${verb}`);
  else toast.error(`${failed.length} of ${results.length} could not be ${verb}: ${failed[0].message}`);
}

/** Approve one request (ids of one) or several: library, quality profile and monitoring. */
export function ApproveDialog({
  ids,
  mediaType,
  title,
  options,
  onDone,
}: {
  ids: string[];
  mediaType: "movie" | "series" | "mixed";
  title: string;
  options: ApprovalOptions;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const kind = mediaType === "mixed" ? null : options[mediaType];
  const [libraryId, setLibraryId] = useState(kind?.libraries[0]?.id ?? "");
  const profiles = kind?.profiles ?? options.movie.profiles;
  const [qualityProfileId, setProfile] = useState(profiles[0]?.id ?? "");
  const [monitored, setMonitored] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const choice = { libraryId: libraryId || undefined, qualityProfileId: qualityProfileId || undefined, monitored };
    if (ids.length === 1) {
      const result = await approveRequestAction(ids[0], choice);
      setPending(false);
      if (!result.ok) return setError(result.error);
      toast.success(`${title} approved`);
    } else {
      const result = await decideRequestsAction({ decision: "approve", ids, ...choice });
      setPending(false);
      if (!result.ok) return setError(result.error);
      summarize(result.data, "approved");
    }
    setOpen(false);
    onDone?.();
    router.refresh();
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" aria-label={ids.length === 1 ? `Approve ${title}` : `Approve ${ids.length} requests`}>
          <Check aria-hidden /> {ids.length === 1 ? "Approve" : `Approve ${ids.length}`}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Approve {title}</DialogTitle>
          <DialogDescription>
            The title joins the catalog with only the requested seasons or episodes monitored, and the search starts.
          </DialogDescription>
        </DialogHeader>
        <form id={`approve-${ids.join("-")}`} onSubmit={submit} className="grid gap-4">
          {error && (
            <p className="text-sm text-destructive" role="alert">
              {error}
            </p>
          )}
          {kind && (
            <div className="grid gap-2">
              <Label htmlFor={`approve-library-${ids[0]}`}>Library</Label>
              {kind.libraries.length === 0 ? (
                <p className="text-sm text-destructive">
                  Add a {mediaType === "movie" ? "movies" : "TV"} library in Settings → Libraries first.
                </p>
              ) : (
                <NativeSelect
                  id={`approve-library-${ids[0]}`}
                  className="h-11 w-full"
                  value={libraryId}
                  onChange={(e) => setLibraryId(e.target.value)}
                >
                  {kind.libraries.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </div>
          )}
          <div className="grid gap-2">
            <Label htmlFor={`approve-profile-${ids[0]}`}>Quality profile</Label>
            <NativeSelect
              id={`approve-profile-${ids[0]}`}
              className="h-11 w-full"
              value={qualityProfileId}
              onChange={(e) => setProfile(e.target.value)}
            >
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          <label className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={monitored}
              onChange={(e) => setMonitored(e.target.checked)}
            />
            Monitor and search now
          </label>
        </form>
        <DialogFooter>
          <Button type="submit" form={`approve-${ids.join("-")}`} disabled={pending}>
            {pending ? "Approving…" : "Approve"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** Decline one or several requests with the reason their requesters will read. */
export function DeclineDialog({ ids, title, onDone }: { ids: string[]; title: string; onDone?: () => void }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    if (ids.length === 1) {
      const result = await declineRequestAction(ids[0], { reason });
      setPending(false);
      if (!result.ok) return setError(result.fields?.reason ? `Reason: ${result.fields.reason}` : result.error);
      toast.success(`${title} declined`);
    } else {
      const result = await decideRequestsAction({ decision: "decline", ids, reason });
      setPending(false);
      if (!result.ok) return setError(result.fields?.reason ? `Reason: ${result.fields.reason}` : result.error);
      summarize(result.data, "declined");
    }
    setOpen(false);
    onDone?.();
    router.refresh();
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button
          size="sm"
          variant="outline"
          aria-label={ids.length === 1 ? `Decline ${title}` : `Decline ${ids.length} requests`}
        >
          <X aria-hidden /> {ids.length === 1 ? "Decline" : `Decline ${ids.length}`}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Decline {title}</DialogTitle>
          <DialogDescription>The requesters see this reason with their request.</DialogDescription>
        </DialogHeader>
        <form id={`decline-${ids.join("-")}`} onSubmit={submit} className="grid gap-2">
          {error && (
            <p className="text-sm text-destructive" role="alert">
              {error}
            </p>
          )}
          <Label htmlFor={`decline-reason-${ids[0]}`}>Reason</Label>
          <Textarea
            id={`decline-reason-${ids[0]}`}
            value={reason}
            maxLength={500}
            required
            onChange={(e) => setReason(e.target.value)}
            placeholder="e.g. We already have it on Blu-ray"
          />
        </form>
        <DialogFooter>
          <Button type="submit" form={`decline-${ids.join("-")}`} variant="destructive" disabled={pending}>
            {pending ? "Declining…" : "Decline"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
