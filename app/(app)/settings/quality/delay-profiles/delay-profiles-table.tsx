import { Pencil, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DelayProfile } from "@/lib/quality";

const minutes = (m: number) => (m === 0 ? "none" : m % 60 === 0 ? `${m / 60} h` : `${m} min`);

/** The delay profiles, one row each; the default profile (no tags) cannot be deleted. */
export function DelayProfilesTable({
  profiles,
  busy,
  onEdit,
  onDelete,
}: {
  profiles: DelayProfile[];
  busy: boolean;
  onEdit: (profile: DelayProfile) => void;
  onDelete: (profile: DelayProfile) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Protocols</TableHead>
            <TableHead>Usenet delay</TableHead>
            <TableHead>Torrent delay</TableHead>
            <TableHead>Bypass</TableHead>
            <TableHead>Tags</TableHead>
            <TableHead className="w-24">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {profiles.map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                {[p.enableUsenet && "Usenet", p.enableTorrent && "Torrent"].filter(Boolean).join(" + ")}
                <span className="block text-xs text-muted-foreground">prefers {p.preferredProtocol}</span>
              </TableCell>
              <TableCell>{minutes(p.usenetDelayMinutes)}</TableCell>
              <TableCell>{minutes(p.torrentDelayMinutes)}</TableCell>
              <TableCell className="text-xs">
                {[
                  p.bypassIfHighestQuality && "best quality",
                  p.bypassIfAboveFormatScore && `score ≥ ${p.minimumFormatScore}`,
                ]
                  .filter(Boolean)
                  .join(", ") || "—"}
              </TableCell>
              <TableCell>
                {p.tags.length ? (
                  p.tags.join(", ")
                ) : (
                  <span className="text-muted-foreground">default (everything else)</span>
                )}
              </TableCell>
              <TableCell>
                <div className="flex gap-1">
                  <Button
                    size="icon"
                    variant="ghost"
                    className="size-8"
                    onClick={() => onEdit(p)}
                    aria-label="Edit delay profile"
                  >
                    <Pencil className="size-4" />
                  </Button>
                  {p.tags.length > 0 && (
                    <Button
                      size="icon"
                      variant="ghost"
                      className="size-8"
                      onClick={() => onDelete(p)}
                      disabled={busy}
                      aria-label="Delete delay profile"
                    >
                      <Trash2 className="size-4" />
                    </Button>
                  )}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
