"use client";

import { Import } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
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
import { importProwlarrAction } from "./actions";

/** One step: every enabled Prowlarr indexer becomes a Torznab/Newznab indexer through Prowlarr. */
export function ProwlarrImportDialog() {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await importProwlarrAction({
      baseUrl: String(form.get("baseUrl")),
      apiKey: String(form.get("apiKey")),
    });
    setPending(false);
    if (!result.ok) return setFields(result.fields ?? { form: result.error });
    const { imported, skipped } = result.data;
    toast.success(
      `Imported ${imported.length} indexer(s) from Prowlarr ${result.data.version}${skipped.length ? `; skipped ${skipped.length}` : ""}`,
    );
    setFields({});
    setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Import aria-hidden /> Import from Prowlarr
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Import from Prowlarr</DialogTitle>
          <DialogDescription>
            Every enabled Prowlarr indexer is added as a Torznab or Newznab indexer that goes through Prowlarr, with its
            priority and categories. For Jackett, add a Torznab indexer with the URL
            http://jackett:9117/api/v2.0/indexers/all/results/torznab (or an indexer id instead of all).
          </DialogDescription>
        </DialogHeader>
        <form id="prowlarr-import" onSubmit={onSubmit} className="grid gap-4">
          {fields.form && (
            <p className="text-sm text-destructive" role="alert">
              {fields.form}
            </p>
          )}
          <div className="grid gap-2">
            <Label htmlFor="prowlarr-url">Prowlarr URL</Label>
            <Input
              id="prowlarr-url"
              name="baseUrl"
              placeholder="http://prowlarr:9696"
              required
              inputMode="url"
              aria-invalid={!!fields.baseUrl}
            />
            {fields.baseUrl && <p className="text-sm text-destructive">{fields.baseUrl}</p>}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="prowlarr-key">API key</Label>
            <Input
              id="prowlarr-key"
              name="apiKey"
              type="password"
              autoComplete="off"
              required
              aria-invalid={!!fields.apiKey}
            />
            {fields.apiKey && <p className="text-sm text-destructive">{fields.apiKey}</p>}
          </div>
        </form>
        <DialogFooter>
          <Button type="submit" form="prowlarr-import" disabled={pending}>
            {pending ? "Importing…" : "Import"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
