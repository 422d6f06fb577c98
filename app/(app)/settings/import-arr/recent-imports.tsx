import { History } from "lucide-react";
import { EmptyState } from "@/components/shell/empty-state";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ArrImportView } from "@/lib/migration";

const statusVariant = { queued: "info", running: "info", succeeded: "success", failed: "destructive" } as const;
const sectionLabels: Record<string, string> = {
  rootFolders: "libraries",
  customFormats: "custom formats",
  qualityProfiles: "quality profiles",
  indexers: "indexers",
  downloadClients: "download clients",
  naming: "naming",
  titles: "titles",
  files: "files",
  blocklist: "blocklisted releases",
};

/** The latest imports: what each created and what it could not. */
export function RecentImports({ imports }: { imports: ArrImportView[] }) {
  if (imports.length === 0)
    return (
      <EmptyState
        icon={History}
        title="No imports yet"
        description="Give the address and API key above, run a dry run, then import."
      />
    );
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Recent imports</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-4" data-testid="recent-imports">
          {imports.map((run) => (
            <li key={run.id} className="grid gap-1 border-b pb-3 last:border-b-0 last:pb-0">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{run.app === "radarr" ? "Radarr" : "Sonarr"}</span>
                <span className="min-w-0 break-all text-sm text-muted-foreground">{run.url}</span>
                <Badge variant={statusVariant[run.status]}>{run.status}</Badge>
                {run.keyKept && <Badge variant="outline">key kept</Badge>}
              </div>
              {run.created && (
                <p className="text-sm text-muted-foreground">
                  Created{" "}
                  {Object.entries(run.created)
                    .filter(([section, n]) => n > 0 && sectionLabels[section])
                    .map(([section, n]) => `${n} ${sectionLabels[section]}`)
                    .join(", ") || "nothing new"}
                </p>
              )}
              {run.error && <p className="text-sm text-destructive">{run.error}</p>}
              {run.failures.length > 0 && (
                <details className="text-sm">
                  <summary className="cursor-pointer text-destructive">
                    {run.failures.length} could not be imported
                  </summary>
                  <ul className="mt-1 grid gap-1">
                    {run.failures.map((f, i) => (
                      <li key={i} className="break-words">
                        <span className="font-medium">{f.name}</span>: {f.message}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
