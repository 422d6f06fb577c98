"use client";

import { Ban, Flag } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
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
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { reportProblemAction, resolveProblemAction } from "@/app/(app)/requests/actions";
import { problemKinds, type ProblemKind } from "@/lib/db/types/requests";
import { problemKindLabels } from "@/lib/requests/request.view";

/** "Report a problem" on an available title: what is wrong, in a few words; admins see it. */
export function ReportProblemDialog({ requestId, title }: { requestId: string; title: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ProblemKind>("wrong-language");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await reportProblemAction(requestId, { kind, text: text.trim() || undefined });
    setPending(false);
    if (!result.ok) return setError(result.fields?.text ? `Details: ${result.fields.text}` : result.error);
    toast.success("Reported: an admin will look at it");
    setOpen(false);
    router.refresh();
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline" aria-label={`Report a problem with ${title}`}>
          <Flag aria-hidden /> Report a problem
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Something wrong with {title}?</DialogTitle>
          <DialogDescription>The admins get your report and can fetch another copy.</DialogDescription>
        </DialogHeader>
        <form id={`problem-${requestId}`} onSubmit={submit} className="grid gap-3">
          {error && (
            <p className="text-sm text-destructive" role="alert">
              {error}
            </p>
          )}
          <Label htmlFor={`problem-kind-${requestId}`}>What is wrong</Label>
          <NativeSelect
            id={`problem-kind-${requestId}`}
            className="h-11 w-full"
            value={kind}
            onChange={(e) => setKind(e.target.value as ProblemKind)}
          >
            {problemKinds.map((k) => (
              <option key={k} value={k}>
                {problemKindLabels[k]}
              </option>
            ))}
          </NativeSelect>
          <Label htmlFor={`problem-text-${requestId}`}>Details{kind === "other" ? "" : " (optional)"}</Label>
          <Textarea
            id={`problem-text-${requestId}`}
            value={text}
            maxLength={1000}
            onChange={(e) => setText(e.target.value)}
            placeholder="e.g. Episode 3 stops after ten minutes"
          />
        </form>
        <DialogFooter>
          <Button type="submit" form={`problem-${requestId}`} disabled={pending}>
            {pending ? "Sending…" : "Send report"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** An admin's answer to a report: blocklist the imported release and search again, or just close it. */
export function ResolveProblemButtons({ problemId, title }: { problemId: string; title: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const resolve = async (blocklistAndSearch: boolean) => {
    setPending(true);
    const result = await resolveProblemAction(problemId, { blocklistAndSearch });
    setPending(false);
    if (!result.ok) return void toast.error(result.error);
    toast.success(blocklistAndSearch ? `Blocklisted and searching ${title} again` : "Report closed");
    router.refresh();
  };
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" disabled={pending} onClick={() => resolve(true)}>
        <Ban aria-hidden /> Blocklist and search again
      </Button>
      <Button size="sm" variant="outline" disabled={pending} onClick={() => resolve(false)}>
        Close
      </Button>
    </div>
  );
}
