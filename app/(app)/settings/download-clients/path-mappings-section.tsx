"use client";

import { ArrowRight, FolderTree, Pencil, Plus, Trash2 } from "lucide-react";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { PathMapping } from "@/lib/library";
import { FolderPicker } from "../libraries/folder-picker";
import { deletePathMappingAction, savePathMappingAction } from "./path-mapping-actions";

/** Settings → Download clients → Remote path mappings: a client's paths → this server's folders. */
export function PathMappingsSection({ mappings }: { mappings: PathMapping[] }) {
  const [pending, start] = useTransition();

  function remove(mapping: PathMapping) {
    if (!window.confirm(`Remove the mapping ${mapping.remotePath} → ${mapping.localPath}?`)) return;
    start(async () => {
      const result = await deletePathMappingAction(mapping.id);
      if (!result.ok) toast.error(result.error);
      else toast.success("Mapping removed");
    });
  }

  return (
    <section aria-labelledby="path-mappings-title" className="mt-10 grid gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h2 id="path-mappings-title" className="text-lg font-semibold tracking-tight">
            Remote path mappings
          </h2>
          <p className="text-sm text-pretty text-muted-foreground">
            When a client runs in a container or on another machine, it reports paths this server cannot see. Map the
            path the client reports to the same folder as this server sees it.
          </p>
        </div>
        <PathMappingDialog />
      </div>
      {mappings.length === 0 ? (
        <div className="flex items-start gap-3 rounded-xl border border-dashed p-6 text-sm text-muted-foreground">
          <FolderTree className="mt-0.5 size-5 shrink-0" aria-hidden />
          <p>
            No mappings. You only need one when imports fail with &quot;does not exist on this server&quot;: for
            example, the client saves to <code className="font-mono">/downloads</code> inside its container, which is{" "}
            <code className="font-mono">/mnt/data/downloads</code> here.
          </p>
        </div>
      ) : (
        <ul className="grid gap-3" aria-label="Remote path mappings">
          {mappings.map((mapping) => (
            <li key={mapping.id}>
              <Card>
                <CardContent className="flex flex-wrap items-center gap-3 py-4">
                  <p className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1 font-mono text-sm">
                    <span className="[overflow-wrap:anywhere]" title="As the download client reports it">
                      {mapping.remotePath}
                    </span>
                    <ArrowRight className="size-4 shrink-0 text-muted-foreground" aria-label="maps to" />
                    <span className="[overflow-wrap:anywhere]" title="As this server sees it">
                      {mapping.localPath}
                    </span>
                  </p>
                  <div className="flex items-center gap-1">
                    <PathMappingDialog mapping={mapping} />
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => remove(mapping)}
                      disabled={pending}
                      aria-label={`Remove the mapping of ${mapping.remotePath}`}
                    >
                      <Trash2 className="size-4" />
                    </Button>
                  </div>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PathMappingDialog({ mapping }: { mapping?: PathMapping }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {mapping ? (
          <Button variant="ghost" size="sm" aria-label={`Edit the mapping of ${mapping.remotePath}`}>
            <Pencil className="size-4" />
          </Button>
        ) : (
          <Button variant="outline">
            <Plus className="size-4" aria-hidden /> Add mapping
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{mapping ? "Edit path mapping" : "Add a path mapping"}</DialogTitle>
          <DialogDescription>The longest matching remote path wins; the rest of the path is kept.</DialogDescription>
        </DialogHeader>
        <PathMappingForm mapping={mapping} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** Mounted with each opening of the dialog, starting from the stored mapping (or empty). */
function PathMappingForm({ mapping, onDone }: { mapping?: PathMapping; onDone: () => void }) {
  const id = useId();
  const [remotePath, setRemotePath] = useState(mapping?.remotePath ?? "");
  const [localPath, setLocalPath] = useState(mapping?.localPath ?? "");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    start(async () => {
      const result = await savePathMappingAction(mapping?.id ?? null, { remotePath, localPath });
      if (!result.ok) return setFields({ ...(result.fields ?? {}), form: result.error });
      onDone();
      toast.success(mapping ? "Mapping saved" : `${result.data.remotePath} now maps to ${result.data.localPath}`);
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-4">
      {fields.form && (
        <p role="alert" className="text-sm [overflow-wrap:anywhere] text-destructive">
          {fields.form}
        </p>
      )}
      <div className="grid gap-2">
        <Label htmlFor={`${id}-remote`}>Remote path</Label>
        <Input
          id={`${id}-remote`}
          value={remotePath}
          onChange={(e) => setRemotePath(e.target.value)}
          placeholder="/downloads or D:\Downloads"
          aria-invalid={!!fields.remotePath}
          aria-describedby={`${id}-remote-hint`}
          autoComplete="off"
        />
        <p id={`${id}-remote-hint`} className="text-xs text-muted-foreground">
          As the download client reports it (its save folder).
        </p>
      </div>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-local`}>Local path</Label>
        <Input
          id={`${id}-local`}
          value={localPath}
          onChange={(e) => setLocalPath(e.target.value)}
          placeholder="/mnt/data/downloads"
          aria-invalid={!!fields.localPath}
          autoComplete="off"
        />
        {fields.localPath && <p className="text-sm text-destructive">{fields.localPath}</p>}
        <FolderPicker value={localPath} onPick={setLocalPath} />
      </div>
      <DialogFooter>
        <Button type="submit" disabled={pending || !remotePath.trim() || !localPath.trim()}>
          {mapping ? "Save mapping" : "Add mapping"}
        </Button>
      </DialogFooter>
    </form>
  );
}
