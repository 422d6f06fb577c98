"use client";

import { Download, LoaderCircle, Magnet } from "lucide-react";
import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { InteractiveDecision, InteractiveRelease } from "@/lib/automation";

/** grabbed: sent to a client; failed: the reason was shown to the user already. */
export type GrabOutcome = "grabbed" | "failed";

/**
 * Grabs a release. One the decision engine rejected is grabbed only after the user read why and
 * confirmed; the grab then says so (overrideRejection), so the import may replace a better file.
 */
export function GrabButton({
  release,
  decision,
  onGrab,
}: {
  release: InteractiveRelease;
  decision: InteractiveDecision | undefined;
  onGrab: (release: InteractiveRelease, options: { overrideRejection: boolean }) => Promise<GrabOutcome>;
}) {
  const [busy, setBusy] = useState(false);
  // The reasons the user is being asked about, kept while the question is open: a live refresh that changes the
  // decision must not close or empty the dialog under the user's finger.
  const [asked, setAsked] = useState<InteractiveDecision["rejections"] | null>(null);
  const rejected = !!decision && !decision.accepted && decision.rejections.length > 0;

  async function run(overrideRejection: boolean) {
    setAsked(null);
    setBusy(true);
    try {
      await onGrab(release, { overrideRejection });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        size="sm"
        variant="outline"
        disabled={busy}
        onClick={() => (rejected ? setAsked(decision.rejections) : void run(false))}
        aria-label={`Grab ${release.title}`}
      >
        {busy ? (
          <LoaderCircle className="animate-spin" aria-hidden />
        ) : release.magnetOnly ? (
          <Magnet aria-hidden />
        ) : (
          <Download aria-hidden />
        )}
        Grab
      </Button>
      {(rejected || asked) && (
        <AlertDialog open={asked !== null} onOpenChange={(open) => !open && setAsked(null)}>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Grab a rejected release?</AlertDialogTitle>
              <AlertDialogDescription className="break-all">{release.title}</AlertDialogDescription>
            </AlertDialogHeader>
            <div className="text-sm">
              <p className="mb-1 font-medium">The quality profile rejected it because:</p>
              <ul className="list-disc space-y-1 pl-5" aria-label="Why it was rejected">
                {(asked ?? decision?.rejections ?? []).map((r) => (
                  <li key={`${r.spec}:${r.reason}`}>{r.reason}</li>
                ))}
              </ul>
              <p className="mt-3 text-muted-foreground">
                Grabbing it anyway may replace a better file on disk; History will record it as your choice.
              </p>
            </div>
            <AlertDialogFooter>
              <AlertDialogCancel>Cancel</AlertDialogCancel>
              <AlertDialogAction onClick={() => void run(true)}>Grab anyway</AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      )}
    </>
  );
}
