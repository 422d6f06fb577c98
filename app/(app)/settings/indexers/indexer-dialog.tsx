"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FlaskConical, Pencil, Plus } from "lucide-react";
import { useState, type ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { useTestAndSave } from "@/components/settings/use-test-and-save";
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
import type { IndexerTestResult, IndexerView } from "@/lib/indexers";
import { createIndexerSchema } from "@/lib/indexers/indexer.input";
import { createIndexerAction, testIndexerAction, updateIndexerAction } from "./actions";
import { CardigannSettingsFields } from "./cardigann-settings-fields";
import { IndexerConnectionFields } from "./indexer-connection-fields";
import { indexerCreateInput, indexerFormDefaults, indexerPatch } from "./indexer-form-values";
import { IndexerUsageFields } from "./indexer-usage-fields";

function TestAnswer({ test }: { test: IndexerTestResult }) {
  return (
    <p
      role="status"
      className={`rounded-md p-2 text-sm ${test.ok ? "bg-muted" : "bg-destructive/10 text-destructive"}`}
    >
      {test.ok
        ? `Works: ${test.sampleResults} releases in the sample search (${(test.elapsedMs / 1000).toFixed(1)} s)${test.caps.movieSearch.available ? ", movie search" : ""}${test.caps.tvSearch.available ? ", TV search" : ""}.`
        : test.message}
    </p>
  );
}

/** Add or edit an indexer: Torznab, Newznab or a Cardigann definition with its own settings form. */
export function IndexerDialog({
  indexer,
  definitions,
  definitionId,
  trigger,
}: {
  indexer?: IndexerView;
  definitions: { id: string; name: string }[];
  definitionId?: string;
  trigger?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const editing = !!indexer;
  const form = useForm({
    resolver: zodResolver(createIndexerSchema),
    defaultValues: indexerFormDefaults(indexer, definitionId),
  });
  const settingNames = () => Object.keys(form.getValues("settings") ?? {});

  const { test, pending, onTest, onSubmit, reset } = useTestAndSave(form, {
    test: (values) =>
      testIndexerAction(indexer?.id ?? null, editing ? indexerPatch(values) : indexerCreateInput(values)),
    save: (values) =>
      indexer ? updateIndexerAction(indexer.id, indexerPatch(values)) : createIndexerAction(indexerCreateInput(values)),
    saved: (values) => {
      toast.success(editing ? `${values.name} saved` : `${values.name} added`);
      setOpen(false);
    },
    // A failed test blames a Cardigann setting by its own name.
    alias: (name) => (settingNames().includes(name) ? `settings.${name}` : name),
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Each opening starts from the indexer as stored (or an empty form).
        if (next) form.reset(indexerFormDefaults(indexer, definitionId));
        setOpen(next);
        reset();
      }}
    >
      <DialogTrigger asChild>
        {trigger ??
          (indexer ? (
            <Button variant="ghost" size="icon-sm" aria-label={`Edit ${indexer.name}`}>
              <Pencil aria-hidden />
            </Button>
          ) : (
            <Button>
              <Plus aria-hidden /> Add indexer
            </Button>
          ))}
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{indexer ? `Edit ${indexer.name}` : "Add an indexer"}</DialogTitle>
          <DialogDescription>
            Torznab (torrents, or one indexer through Prowlarr/Jackett), Newznab (Usenet), or a Cardigann definition run
            by Mydia itself.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id="indexer-form" onSubmit={onSubmit} noValidate className="grid gap-4">
            <FormAlert />
            <IndexerConnectionFields
              editing={editing}
              definitions={definitions}
              storedSecrets={indexer?.secretsSet ?? []}
            />
            <CardigannSettingsFields open={open} storedSecrets={indexer?.secretsSet ?? []} />
            <IndexerUsageFields />
            {test && <TestAnswer test={test} />}
          </form>
        </FormProvider>
        <DialogFooter className="gap-2">
          <Button type="button" variant="outline" onClick={() => void onTest()} disabled={pending !== null}>
            <FlaskConical aria-hidden /> {pending === "test" ? "Testing…" : "Test"}
          </Button>
          <Button type="submit" form="indexer-form" disabled={pending !== null}>
            {pending === "save" ? "Saving…" : editing ? "Save" : "Add"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
