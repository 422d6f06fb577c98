"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FlaskConical, Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
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
import type { DownloadClientView } from "@/lib/downloads";
import { createDownloadClientSchema } from "@/lib/downloads/download-client.input";
import { downloadClientDefinitions } from "@/lib/downloads/clients/definitions";
import { createDownloadClientAction, testDownloadClientAction, updateDownloadClientAction } from "./actions";
import { DownloadClientConnectionFields } from "./download-client-connection-fields";
import {
  downloadClientCreateInput,
  downloadClientFormDefaults,
  downloadClientPatch,
} from "./download-client-form-values";
import { DownloadClientHandlingFields } from "./download-client-handling-fields";

/** Add or edit a download client, with a Test button that shows the version or the field to fix. */
export function DownloadClientDialog({ client }: { client?: DownloadClientView }) {
  const [open, setOpen] = useState(false);
  const form = useForm({
    resolver: zodResolver(createDownloadClientSchema),
    defaultValues: downloadClientFormDefaults(client),
  });
  const definition = downloadClientDefinitions[useWatch({ control: form.control, name: "kind" })];

  const { test, pending, onTest, onSubmit, reset } = useTestAndSave(form, {
    test: (values) =>
      testDownloadClientAction(
        client?.id ?? null,
        client ? downloadClientPatch(values) : downloadClientCreateInput(values),
      ),
    save: (values) =>
      client
        ? updateDownloadClientAction(client.id, downloadClientPatch(values))
        : createDownloadClientAction(downloadClientCreateInput(values)),
    saved: (values) => {
      toast.success(client ? `${values.name} saved` : `${values.name} added`);
      setOpen(false);
    },
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Each opening starts from the client as stored (or the defaults of a new one).
        if (next) form.reset(downloadClientFormDefaults(client));
        setOpen(next);
        reset();
      }}
    >
      <DialogTrigger asChild>
        {client ? (
          <Button variant="outline" size="sm">
            <Pencil className="size-4" /> Edit
          </Button>
        ) : (
          <Button>
            <Plus className="size-4" /> Add download client
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <DialogHeader>
              <DialogTitle>{client ? `Edit ${client.name}` : "Add a download client"}</DialogTitle>
              <DialogDescription>Passwords and API keys are stored encrypted and never shown again.</DialogDescription>
            </DialogHeader>
            <FormAlert />
            <DownloadClientConnectionFields editing={!!client} storedSecrets={client?.secretsSet ?? []} />
            <DownloadClientHandlingFields />
            {test?.ok && (
              <p role="status" className="text-sm text-emerald-600 dark:text-emerald-400">
                Connected: {definition.label} {test.version}
                {test.apiVersion ? ` (API ${test.apiVersion})` : ""}
              </p>
            )}
            {test && !test.ok && !test.field && (
              <p role="status" className="text-sm text-destructive">
                {test.message}
              </p>
            )}
            <DialogFooter className="gap-2">
              <Button type="button" variant="outline" onClick={() => void onTest()} disabled={pending !== null}>
                <FlaskConical className="size-4" /> {pending === "test" ? "Testing…" : "Test"}
              </Button>
              <Button type="submit" disabled={pending !== null}>
                {pending === "save" ? "Saving…" : "Save"}
              </Button>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
