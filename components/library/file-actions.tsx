"use client";

import { Trash2 } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { deleteMediaFileAction, renameAction, renamePreviewAction } from "@/app/(app)/library-actions";
import type { RenamePreviewItem } from "@/lib/library/rename.service";

export function FileActions({ id, name, page }: { id: string; name: string; page: string }) {
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="ghost"
      className="ml-auto"
      aria-label={`Delete ${name}`}
      disabled={pending}
      onClick={() =>
        start(async () => {
          if (!window.confirm(`Delete ${name}? It goes to the library's recycle bin.`)) return;
          const result = await deleteMediaFileAction(id, page);
          if (result.ok) toast.success("Moved to the recycle bin");
          else toast.error(result.error);
        })
      }
    >
      <Trash2 className="size-4" aria-hidden />
    </Button>
  );
}

/** Rename to the current naming templates: preview first, then apply. */
export function RenameFiles({ owner, page }: { owner: { movieId: string } | { seriesId: string }; page: string }) {
  const [preview, setPreview] = useState<RenamePreviewItem[] | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="grid w-full gap-2 sm:w-auto">
      <Button
        size="sm"
        variant="outline"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await renamePreviewAction(owner);
            if (!result.ok) return void toast.error(result.error);
            setPreview(result.data);
            if (result.data.length === 0) toast.success("Every file already follows the naming templates");
          })
        }
      >
        Rename files…
      </Button>
      {preview && preview.length > 0 && (
        <div className="grid gap-2 rounded-md border p-2 text-xs">
          <ul className="grid max-h-64 gap-1 overflow-y-auto">
            {preview.map((p) => (
              <li key={p.mediaFileId} className="break-all">
                <span className="text-muted-foreground line-through">{p.from}</span>
                <br />→ <span className="font-mono">{p.to}</span>
              </li>
            ))}
          </ul>
          <Button
            size="sm"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const result = await renameAction(
                  preview.map((p) => p.mediaFileId),
                  page,
                );
                if (!result.ok) return void toast.error(result.error);
                setPreview(null);
                if (result.data.failed.length > 0)
                  toast.error(`${result.data.failed.length} not renamed: ${result.data.failed[0]}`);
                else toast.success(`Renamed ${result.data.renamed} file(s)`);
              })
            }
          >
            Rename {preview.length} file(s)
          </Button>
        </div>
      )}
    </div>
  );
}
