"use client";

import { CircleCheck, CircleX, Clock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { DecisionView } from "@/lib/quality";

/** Accepted (with its rank), pending or rejected, with the custom-format score. */
export function DecisionBadge({ decision }: { decision: DecisionView | undefined }) {
  if (!decision) return <span className="text-xs text-muted-foreground">—</span>;
  const score =
    decision.formatScore !== 0 || decision.formats.length > 0
      ? ` · ${decision.formatScore > 0 ? "+" : ""}${decision.formatScore}`
      : "";
  if (decision.accepted)
    return (
      <Badge variant="secondary" className="gap-1" data-decision="accepted">
        <CircleCheck className="size-3" aria-hidden /> Accepted #{decision.rank}
        {score}
      </Badge>
    );
  if (decision.temporarilyRejected)
    return (
      <Badge variant="outline" className="gap-1" data-decision="pending">
        <Clock className="size-3" aria-hidden /> Later{score}
      </Badge>
    );
  return (
    <Badge variant="destructive" className="gap-1" data-decision="rejected">
      <CircleX className="size-3" aria-hidden /> Rejected{score}
    </Badge>
  );
}

/** Every rejection reason and the custom-format score breakdown, folded under the title. */
export function DecisionDetails({ decision }: { decision: DecisionView | undefined }) {
  if (!decision || (decision.rejections.length === 0 && decision.formats.length === 0)) return null;
  const summary =
    decision.rejections.length > 0
      ? `${decision.rejections.length} ${decision.rejections.length === 1 ? "reason" : "reasons"}`
      : "Score breakdown";
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-muted-foreground hover:text-foreground">
        {summary}
        {decision.rejections.length > 0 && decision.formats.length > 0 ? " · score breakdown" : ""}
      </summary>
      {decision.rejections.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-4" aria-label="Rejection reasons">
          {decision.rejections.map((r) => (
            <li key={`${r.spec}:${r.reason}`} className={r.permanent ? "text-destructive" : "text-muted-foreground"}>
              {r.reason}
              {!r.permanent && " (may pass later)"}
            </li>
          ))}
        </ul>
      )}
      {decision.formats.length > 0 && (
        <ul className="mt-1 space-y-0.5" aria-label="Custom formats">
          {decision.formats.map((f) => (
            <li key={f.id} className="flex justify-between gap-4 tabular-nums">
              <span>{f.name}</span>
              <span>{f.score > 0 ? `+${f.score}` : f.score}</span>
            </li>
          ))}
          <li className="flex justify-between gap-4 border-t pt-0.5 font-medium tabular-nums">
            <span>Total</span>
            <span>{decision.formatScore}</span>
          </li>
        </ul>
      )}
    </details>
  );
}
