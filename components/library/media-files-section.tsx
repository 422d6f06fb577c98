import { formatBytes } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MediaFile } from "@/lib/library/media-files.service";
import { FileActions, RenameFiles } from "./file-actions";

function mediaSummary(file: MediaFile): string {
  const mi = file.mediaInfo;
  if (!mi) return file.mediaInfoError ?? "Media info not read yet";
  const v = mi.video;
  const parts = [
    v
      ? [v.resolution, v.codec.toUpperCase(), v.bitDepth ? `${v.bitDepth}-bit` : null, v.hdr].filter(Boolean).join(" ")
      : null,
    mi.audio.length > 0
      ? mi.audio
          .map((a) =>
            [a.codec.toUpperCase(), a.layout ?? (a.channels ? `${a.channels} ch` : null), a.language]
              .filter(Boolean)
              .join(" "),
          )
          .join(", ")
      : null,
    mi.subtitles.length > 0 ? `subs: ${mi.subtitles.map((s) => s.language ?? "und").join(", ")}` : null,
    mi.durationSeconds ? `${Math.round(mi.durationSeconds / 60)} min` : null,
  ];
  return parts.filter(Boolean).join(" · ");
}

/** The files section of a movie or series page: quality, media info, size, path, rename and delete. */
export function MediaFilesSection({
  files,
  owner,
  page,
  canEdit,
  episodeLabel,
}: {
  files: MediaFile[];
  owner: { movieId: string } | { seriesId: string };
  page: string;
  canEdit: boolean;
  episodeLabel?: (ids: string[]) => string;
}) {
  const videos = files.filter((f) => f.role === "video");
  const extras = files.length - videos.length;
  return (
    <Card data-testid="media-files">
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle className="text-base">Files</CardTitle>
        {canEdit && videos.length > 0 && <RenameFiles owner={owner} page={page} />}
      </CardHeader>
      <CardContent>
        {videos.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No files yet. Scan the library (Settings → Libraries) or import from the Unmatched page.
          </p>
        ) : (
          <ul className="grid gap-3">
            {videos.map((f) => (
              <li key={f.id} className="grid gap-1 rounded-md border p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  {episodeLabel && <span className="font-medium">{episodeLabel(f.episodeIds)}</span>}
                  <Badge variant="secondary">{f.quality ?? "Unknown quality"}</Badge>
                  {f.missingAt && <Badge variant="destructive">Missing on disk</Badge>}
                  <span className="text-muted-foreground">{formatBytes(f.size)}</span>
                  {canEdit && <FileActions id={f.id} name={f.relativePath} page={page} />}
                </div>
                <p className="text-muted-foreground">{mediaSummary(f)}</p>
                <p className="break-all font-mono text-xs text-muted-foreground">{f.path}</p>
              </li>
            ))}
          </ul>
        )}
        {extras > 0 && (
          <p className="mt-3 text-xs text-muted-foreground">
            {extras} extras (subtitles, NFO, samples, trailers) alongside.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
