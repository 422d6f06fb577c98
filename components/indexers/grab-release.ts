import { toast } from "sonner";
import { grabAction } from "@/app/(app)/activity/actions";
import type { InteractiveRelease } from "@/lib/automation";
import type { GrabOutcome } from "./grab-button";
import type { GrabTarget } from "./grab-target";

/** Sends the release to a download client for the target; says how it went in a toast. */
export async function grabRelease(
  release: InteractiveRelease,
  target: GrabTarget,
  overrideRejection: boolean,
): Promise<GrabOutcome> {
  const result = await grabAction({
    releaseId: release.id,
    ...target,
    ...(overrideRejection ? { overrideRejection: true } : {}),
  });
  if (!result.ok) {
    toast.error(result.error);
    return "failed";
  }
  const skipped = result.data.skipped.length
    ? ` (${result.data.skipped.map((s) => s.clientName).join(", ")} skipped)`
    : "";
  toast.success(`Sent to ${result.data.clientName}${skipped}`, {
    action: { label: "Activity", onClick: () => window.location.assign("/activity") },
  });
  return "grabbed";
}
