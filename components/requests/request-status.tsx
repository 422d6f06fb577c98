import { Badge } from "@/components/ui/badge";
import { Progress } from "@/components/ui/progress";
import type { RequestStatus } from "@/lib/db/types/requests";
import { requestStatusLabels } from "@/lib/requests/request.view";

const variants: Record<RequestStatus, "warning" | "info" | "success" | "destructive" | "secondary"> = {
  pending: "warning",
  approved: "info",
  searching: "info",
  downloading: "info",
  available: "success",
  declined: "destructive",
  failed: "destructive",
};

/** A request's state as a badge; downloading shows its progress under it. */
export function RequestStatusBadge({ status, progress }: { status: RequestStatus; progress: number | null }) {
  return (
    <div className="grid gap-1" data-testid="request-status" data-status={status}>
      <Badge variant={variants[status]}>
        {requestStatusLabels[status]}
        {status === "downloading" && progress !== null ? ` · ${Math.round(progress)}%` : ""}
      </Badge>
      {status === "downloading" && progress !== null && (
        <Progress value={progress} className="h-1.5 w-24" aria-label={`Downloaded ${Math.round(progress)}%`} />
      )}
    </div>
  );
}
