import { TriangleAlert } from "lucide-react";

/** Why the quality profile rejects a release for the picked title; grabbing it then overrides them. */
export function RejectionsNote({ rejections }: { rejections: string[] }) {
  return (
    <div className="rounded-md border border-destructive/40 p-3 text-sm" role="note">
      <p className="mb-1 flex items-center gap-1.5 font-medium">
        <TriangleAlert className="size-4 text-destructive" aria-hidden /> The quality profile rejects it because:
      </p>
      <ul className="list-disc space-y-1 pl-5" aria-label="Why it was rejected">
        {rejections.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="mt-2 text-muted-foreground">
        Grabbing it anyway may replace a better file on disk; History will record it as your choice.
      </p>
    </div>
  );
}
