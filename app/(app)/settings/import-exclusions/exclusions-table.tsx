"use client";

import { useState, useTransition } from "react";
import { Plus, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
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
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportExclusion } from "@/lib/catalog";
import { addExclusionAction, removeExclusionAction } from "./actions";

function RemoveButton({ exclusion }: { exclusion: ImportExclusion }) {
  const [pending, start] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={pending}
      aria-label={`Remove ${exclusion.title} from the exclusions`}
      onClick={() =>
        start(async () => {
          const result = await removeExclusionAction(exclusion.id);
          if (result.ok) toast.success(`${exclusion.title} can be added again`);
          else toast.error(result.error);
        })
      }
    >
      <Trash2 aria-hidden /> <span className="max-sm:sr-only">Remove</span>
    </Button>
  );
}

export function ExclusionsTable({ exclusions }: { exclusions: ImportExclusion[] }) {
  return (
    <div className="rounded-xl border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Title</TableHead>
            <TableHead className="max-sm:hidden">TMDB</TableHead>
            <TableHead className="max-sm:hidden">Excluded</TableHead>
            <TableHead className="w-0">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {exclusions.map((x) => (
            <TableRow key={x.id} data-testid="exclusion-row">
              <TableCell className="whitespace-normal">
                <span className="font-medium">{x.title}</span>
                {x.year ? <span className="text-muted-foreground"> ({x.year})</span> : null}{" "}
                <Badge variant="outline">{x.kind === "movie" ? "Movie" : "Series"}</Badge>
              </TableCell>
              <TableCell className="max-sm:hidden">
                <a
                  className="underline underline-offset-4"
                  href={`https://www.themoviedb.org/${x.kind === "movie" ? "movie" : "tv"}/${x.tmdbId}`}
                  rel="noreferrer"
                  target="_blank"
                >
                  {x.tmdbId}
                </a>
              </TableCell>
              <TableCell className="max-sm:hidden">
                {new Date(x.createdAt).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" })}
              </TableCell>
              <TableCell>
                <RemoveButton exclusion={x} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Adds an entry by TMDB id (the title and year come from TMDB). */
export function AddExclusion() {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<"movie" | "series">("movie");
  const [tmdbId, setTmdbId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      setError(null);
      const id = Number(tmdbId);
      if (!Number.isInteger(id) || id <= 0) {
        setError("Enter the TMDB id: the number in the title's themoviedb.org address");
        return;
      }
      const result = await addExclusionAction({ kind, tmdbId: id });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      toast.success(`${result.data.title} will not be added again`);
      setTmdbId("");
      setOpen(false);
    });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden /> Add exclusion
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Exclude a title</DialogTitle>
          <DialogDescription>It will not be added again until you remove it from this list.</DialogDescription>
        </DialogHeader>
        <form
          id="add-exclusion-form"
          className="grid min-w-0 gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <div className="grid gap-2">
            <Label htmlFor="exclusion-kind">Kind</Label>
            <NativeSelect
              id="exclusion-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as "movie" | "series")}
            >
              <option value="movie">Movie</option>
              <option value="series">Series</option>
            </NativeSelect>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="exclusion-tmdb">TMDB id</Label>
            <Input
              id="exclusion-tmdb"
              inputMode="numeric"
              value={tmdbId}
              onChange={(e) => setTmdbId(e.target.value.trim())}
              placeholder="e.g. 550"
              aria-invalid={error ? true : undefined}
            />
          </div>
        </form>
        <DialogFooter>
          <Button type="submit" form="add-exclusion-form" disabled={pending}>
            {pending ? "Adding…" : "Exclude"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
