"use client";

import { RefreshCw, Upload } from "lucide-react";
import { useMemo, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
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
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { DefinitionSummary } from "@/lib/indexers";
import { refreshDefinitionsAction, uploadDefinitionAction } from "./actions";
import { IndexerDialog } from "./indexer-dialog";

const PAGE = 40;

/** The Cardigann catalog: search, see what runs and why not, enable a site with its settings form. */
export function DefinitionsCatalog({ definitions }: { definitions: DefinitionSummary[] }) {
  const [text, setText] = useState("");
  const [type, setType] = useState("all");
  const [shown, setShown] = useState(PAGE);
  const [refreshing, setRefreshing] = useState(false);
  const runnable = useMemo(
    () => definitions.filter((d) => d.runnable).map((d) => ({ id: d.id, name: d.name })),
    [definitions],
  );
  const matches = useMemo(() => {
    const q = text.trim().toLowerCase();
    return definitions.filter(
      (d) =>
        (type === "all" || d.type === type) &&
        (!q ||
          d.name.toLowerCase().includes(q) ||
          d.id.includes(q) ||
          d.description.toLowerCase().includes(q) ||
          d.language.toLowerCase() === q),
    );
  }, [definitions, text, type]);

  async function refresh() {
    setRefreshing(true);
    const result = await refreshDefinitionsAction();
    setRefreshing(false);
    if (!result.ok) return toast.error(result.error);
    toast.success(
      `${result.data.listed} definitions listed, ${result.data.updated} updated${result.data.failed.length ? `, ${result.data.failed.length} failed` : ""}`,
    );
  }

  return (
    <section aria-labelledby="catalog-title" className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="catalog-title" className="text-lg font-semibold">
            Cardigann sites
          </h2>
          <p className="text-sm text-muted-foreground">
            {definitions.length} definitions, {definitions.filter((d) => d.runnable).length} runnable. Mydia runs them
            itself, no Prowlarr or Jackett needed.
          </p>
        </div>
        <div className="flex gap-2">
          <UploadDefinitionDialog />
          <Button variant="outline" onClick={() => void refresh()} disabled={refreshing}>
            <RefreshCw className={refreshing ? "animate-spin" : ""} aria-hidden />{" "}
            {refreshing ? "Refreshing…" : "Refresh"}
          </Button>
        </div>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setShown(PAGE);
          }}
          placeholder="Search sites"
          aria-label="Search Cardigann sites"
          className="sm:max-w-xs"
        />
        <Select
          value={type}
          onValueChange={(v) => {
            setType(v);
            setShown(PAGE);
          }}
        >
          <SelectTrigger className="sm:w-40" aria-label="Site type">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">All types</SelectItem>
            <SelectItem value="public">Public</SelectItem>
            <SelectItem value="semi-private">Semi-private</SelectItem>
            <SelectItem value="private">Private</SelectItem>
          </SelectContent>
        </Select>
      </div>
      {definitions.length === 0 && (
        <p className="text-sm text-muted-foreground">
          No definitions yet: refresh them from the definitions server, or upload a YAML file.
        </p>
      )}
      <ul className="divide-y rounded-lg border" aria-label="Cardigann definitions">
        {matches.slice(0, shown).map((d) => (
          <li key={d.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center">
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {d.name}
                <Badge variant="outline">{d.type}</Badge>
                <Badge variant="outline">{d.language}</Badge>
                {d.source === "upload" && <Badge variant="secondary">uploaded</Badge>}
              </p>
              <p className="line-clamp-2 text-xs text-muted-foreground">{d.description}</p>
              {!d.runnable && (
                <p className="text-xs text-destructive">
                  {d.valid ? d.unsupported.join("; ") : `Invalid: ${d.notes.slice(0, 2).join("; ")}`}
                </p>
              )}
              {d.runnable && d.notes.length > 0 && (
                <p className="text-xs text-amber-700 dark:text-amber-400">{d.notes.join("; ")}</p>
              )}
            </div>
            {d.runnable && (
              <IndexerDialog
                definitions={runnable}
                definitionId={d.id}
                trigger={
                  <Button size="sm" variant="outline">
                    Add
                  </Button>
                }
              />
            )}
          </li>
        ))}
      </ul>
      {matches.length > shown && (
        <Button variant="ghost" onClick={() => setShown((n) => n + PAGE)}>
          Show more ({matches.length - shown} left)
        </Button>
      )}
    </section>
  );
}

function UploadDefinitionDialog() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const yaml = file instanceof File && file.size > 0 ? await file.text() : String(form.get("yaml") ?? "");
    setPending(true);
    const result = await uploadDefinitionAction(yaml);
    setPending(false);
    if (!result.ok) return setError(result.error);
    toast.success(`${result.data.name} added to the catalog`);
    setError(null);
    setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Upload aria-hidden /> Upload
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Upload a definition</DialogTitle>
          <DialogDescription>
            A Cardigann YAML file in the Prowlarr v11 format. It replaces a definition with the same id.
          </DialogDescription>
        </DialogHeader>
        <form id="upload-definition" onSubmit={onSubmit} className="grid gap-3">
          {error && (
            <p className="text-sm text-destructive" role="alert">
              {error}
            </p>
          )}
          <Input type="file" name="file" accept=".yml,.yaml,text/yaml" aria-label="YAML file" />
          <Textarea name="yaml" rows={8} placeholder="…or paste the YAML here" className="font-mono text-xs" />
        </form>
        <DialogFooter>
          <Button type="submit" form="upload-definition" disabled={pending}>
            {pending ? "Checking…" : "Upload"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
