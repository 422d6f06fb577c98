"use client";

import { ChevronLeft, Folder } from "lucide-react";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { FolderListing } from "@/lib/library";
import { browseFoldersAction } from "./actions";

/** Browses the server's folders (only under LIBRARY_ALLOWED_ROOTS) and picks one. */
export function FolderPicker({ value, onPick }: { value: string; onPick: (path: string) => void }) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const open = (folder: string | null) =>
    start(async () => {
      const result = await browseFoldersAction(folder);
      if (!result.ok) return setError(result.error);
      setError(null);
      setListing(result.data);
      if (result.data.path) onPick(result.data.path);
    });
  useEffect(() => open(null), []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="grid gap-2 rounded-md border p-2" aria-busy={pending}>
      <div className="flex min-w-0 items-center gap-2 text-sm">
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={!listing?.path}
          onClick={() => open(listing?.parent ?? null)}
          aria-label="Up one folder"
        >
          <ChevronLeft className="size-4" aria-hidden />
        </Button>
        <span className="min-w-0 truncate font-mono text-xs" title={value}>
          {listing?.path ?? "Allowed folders"}
        </span>
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <ul className="max-h-56 overflow-y-auto">
        {listing?.folders.map((f) => (
          <li key={f.path}>
            <button
              type="button"
              className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-left text-sm hover:bg-muted"
              onClick={() => open(f.path)}
            >
              <Folder className="size-4 shrink-0 text-muted-foreground" aria-hidden />
              <span className="truncate">{f.name}</span>
            </button>
          </li>
        ))}
        {listing && listing.folders.length === 0 && (
          <li className="px-2 py-1.5 text-sm text-muted-foreground">No sub-folders</li>
        )}
      </ul>
    </div>
  );
}
