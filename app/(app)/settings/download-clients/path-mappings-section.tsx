"use client";

import { ArrowRight, FolderTree, Trash2 } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import type { PathMapping } from "@/lib/library";
import { PathMappingDialog } from "./path-mapping-dialog";
import { deletePathMappingAction } from "./path-mapping-actions";

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
