"use client";

import { Pencil } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
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
import type { Library } from "@/lib/library";
import { updateLibraryAction } from "./actions";
import { FolderPicker } from "./folder-picker";

type Values = Pick<
  Library,
  "name" | "path" | "importMode" | "qualityProfileId" | "monitorNew" | "scanIntervalHours" | "recycleDays"
>;

const valuesOf = (l: Library): Values => ({
  name: l.name,
  path: l.path,
  importMode: l.importMode,
  qualityProfileId: l.qualityProfileId,
  monitorNew: l.monitorNew,
  scanIntervalHours: l.scanIntervalHours,
  recycleDays: l.recycleDays,
});

/** Every setting the Add library form (and the API) sets, changeable later; naming has its own form below. */
export function EditLibrary({ library, profiles }: { library: Library; profiles: { id: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => valuesOf(library));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [browsing, setBrowsing] = useState(false);
  const [pending, start] = useTransition();
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const id = (name: string) => `library-${library.id}-${name}`;
  const submit = () =>
    start(async () => {
      const before = valuesOf(library);
      const changes = Object.fromEntries(
        Object.entries(values).filter(([key, value]) => before[key as keyof Values] !== value),
      );
      if (Object.keys(changes).length === 0) return setOpen(false);
      const result = await updateLibraryAction(library.id, changes);
      if (!result.ok) return setFields(result.fields ?? { form: result.error });
      toast.success(`${values.name} saved`);
      setOpen(false);
    });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setValues(valuesOf(library));
          setFields({});
          setBrowsing(false);
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          <Pencil className="size-4" aria-hidden /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Edit {library.name}</DialogTitle>
          <DialogDescription>
            A new folder re-points the library (for a moved disk or mount): the files are expected there already.
          </DialogDescription>
        </DialogHeader>
        <form
          id={id("form")}
          className="grid min-w-0 gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          {fields.form && (
            <p role="alert" className="text-sm text-destructive">
              {fields.form}
            </p>
          )}
          <div className="grid gap-2">
            <Label htmlFor={id("name")}>Name</Label>
            <Input
              id={id("name")}
              value={values.name}
              onChange={(e) => set({ name: e.target.value })}
              aria-invalid={!!fields.name}
            />
            {fields.name && <p className="text-sm text-destructive">{fields.name}</p>}
          </div>
          <div className="grid gap-2">
            <Label htmlFor={id("path")}>Folder</Label>
            <Input
              id={id("path")}
              value={values.path}
              onChange={(e) => set({ path: e.target.value })}
              aria-invalid={!!fields.path}
            />
            {fields.path && <p className="text-sm text-destructive">{fields.path}</p>}
            {browsing ? (
              <FolderPicker value={values.path} onPick={(path) => set({ path })} />
            ) : (
              <Button
                type="button"
                variant="ghost"
                size="sm"
                className="justify-self-start"
                onClick={() => setBrowsing(true)}
              >
                Browse folders…
              </Button>
            )}
          </div>
          <div className="grid gap-2 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor={id("import")}>Import mode</Label>
              <NativeSelect
                className="w-full min-w-0"
                id={id("import")}
                value={values.importMode}
                onChange={(e) => set({ importMode: e.target.value as Values["importMode"] })}
              >
                <option value="hardlink">Hardlink (copy when on another drive)</option>
                <option value="copy">Copy</option>
                <option value="move">Move</option>
              </NativeSelect>
            </div>
            <div className="grid gap-2">
              <Label htmlFor={id("profile")}>Default quality profile</Label>
              <NativeSelect
                className="w-full min-w-0"
                id={id("profile")}
                value={values.qualityProfileId}
                onChange={(e) => set({ qualityProfileId: e.target.value })}
              >
                {profiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <div className="grid gap-2">
              <Label htmlFor={id("scan")}>Scan every (hours, 0 = only by hand)</Label>
              <Input
                id={id("scan")}
                type="number"
                min={0}
                max={720}
                value={values.scanIntervalHours}
                onChange={(e) => set({ scanIntervalHours: Number(e.target.value) })}
                aria-invalid={!!fields.scanIntervalHours}
              />
              {fields.scanIntervalHours && <p className="text-sm text-destructive">{fields.scanIntervalHours}</p>}
            </div>
            <div className="grid gap-2">
              <Label htmlFor={id("recycle")}>Keep recycled files (days, 0 = until emptied)</Label>
              <Input
                id={id("recycle")}
                type="number"
                min={0}
                max={365}
                value={values.recycleDays}
                onChange={(e) => set({ recycleDays: Number(e.target.value) })}
                aria-invalid={!!fields.recycleDays}
              />
              {fields.recycleDays && <p className="text-sm text-destructive">{fields.recycleDays}</p>}
            </div>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <Checkbox checked={values.monitorNew} onCheckedChange={(v) => set({ monitorNew: v === true })} /> Monitor
            titles a scan adds
          </label>
        </form>
        <DialogFooter>
          <Button type="submit" form={id("form")} disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
