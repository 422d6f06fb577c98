"use client";

import { AlertTriangle, FlaskConical, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import type { ClientHealth } from "@/lib/downloads";
import { downloadClientDefinitions } from "@/lib/downloads/clients/definitions";
import type { DownloadClientView } from "@/lib/downloads";
import { deleteDownloadClientAction, testDownloadClientAction } from "./actions";
import { DownloadClientDialog } from "./download-client-dialog";

export function DownloadClientsList({
  clients,
  health,
}: {
  clients: DownloadClientView[];
  /** By client id; a client without an entry was never found failing. */
  health: Record<string, ClientHealth>;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  if (clients.length === 0) {
    return <p className="text-sm text-muted-foreground">No download client yet. Add one to let Mydia grab releases.</p>;
  }

  async function onTest(client: DownloadClientView) {
    setBusy(client.id);
    const result = await testDownloadClientAction(client.id);
    setBusy(null);
    router.refresh(); // the test updates the client's health
    if (!result.ok) return toast.error(result.error);
    if (result.data.ok) toast.success(`${client.name}: connected, version ${result.data.version}`);
    else toast.error(`${client.name}: ${result.data.message}`);
  }

  async function onDelete(client: DownloadClientView) {
    if (!window.confirm(`Remove ${client.name}? Downloads already in it are not touched.`)) return;
    const result = await deleteDownloadClientAction(client.id);
    if (!result.ok) toast.error(result.error);
    else toast.success(`${client.name} removed`);
  }

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-3">
      {clients.map((client) => {
        const problem = client.enabled && health[client.id] && !health[client.id].reachable ? health[client.id] : null;
        return (
          <Card key={client.id} aria-label={client.name} role="region">
            <CardContent className="flex flex-wrap items-center gap-3 py-4">
              <div className="min-w-0 basis-full sm:basis-0 sm:flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{client.name}</span>
                  <Badge variant="secondary">{downloadClientDefinitions[client.kind].label}</Badge>
                  <Badge variant="outline">{client.protocol}</Badge>
                  {!client.enabled && <Badge variant="destructive">disabled</Badge>}
                  {problem && <Badge variant="destructive">not answering</Badge>}
                </div>
                <p className="truncate text-sm text-muted-foreground">
                  {client.useTls ? "https" : "http"}://{client.host}:{client.port}
                  {client.urlBase} · priority {client.priority} · categories {client.movieCategory ?? "—"} /{" "}
                  {client.tvCategory ?? "—"}
                </p>
                {problem && (
                  <p
                    className="mt-1 flex items-start gap-1.5 text-sm text-destructive [overflow-wrap:anywhere]"
                    role="status"
                  >
                    <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
                    <span>
                      Not answering since <RelativeTime iso={problem.unreachableSince} />: {problem.message}. Mydia
                      tries again {problem.nextCheckAt ? <RelativeTime iso={problem.nextCheckAt} /> : "soon"}.
                    </span>
                  </p>
                )}
              </div>
              <Button variant="outline" size="sm" onClick={() => onTest(client)} disabled={busy === client.id}>
                <FlaskConical className="size-4" /> Test
              </Button>
              <DownloadClientDialog client={client} />
              <Button variant="ghost" size="sm" onClick={() => onDelete(client)} aria-label={`Remove ${client.name}`}>
                <Trash2 className="size-4" />
              </Button>
            </CardContent>
          </Card>
        );
      })}
    </div>
  );
}
