"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { NumberField } from "@/components/forms/number-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
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
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportExclusion } from "@/lib/catalog";
import { addExclusionInput, type AddExclusionInput } from "@/lib/catalog/exclusion.input";
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

const kinds = [
  { value: "movie", label: "Movie" },
  { value: "series", label: "Series" },
];

function AddExclusionForm({ added }: { added: () => void }) {
  const form = useForm({
    resolver: zodResolver(addExclusionInput),
    defaultValues: { kind: "movie", tmdbId: undefined } satisfies Partial<AddExclusionInput>,
  });
  const onSubmit = useActionSubmit(form, addExclusionAction, (data) => {
    toast.success(`${data.title} will not be added again`);
    added();
  });
  const pending = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form id="add-exclusion-form" className="grid min-w-0 gap-4" onSubmit={onSubmit} noValidate>
        <FormAlert />
        <NativeSelectField<AddExclusionInput> name="kind" id="exclusion-kind" label="Kind" options={kinds} />
        <NumberField<AddExclusionInput>
          name="tmdbId"
          id="exclusion-tmdb"
          label="TMDB id"
          inputMode="numeric"
          min={1}
          placeholder="e.g. 550"
        />
      </form>
      <DialogFooter>
        <Button type="submit" form="add-exclusion-form" disabled={pending}>
          {pending ? "Adding…" : "Exclude"}
        </Button>
      </DialogFooter>
    </FormProvider>
  );
}

/** Adds an entry by TMDB id (the title and year come from TMDB). */
export function AddExclusion() {
  const [open, setOpen] = useState(false);
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
        {/* Mounted on each opening: the form starts empty. */}
        <AddExclusionForm added={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
