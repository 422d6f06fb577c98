"use client";

import { useRouter } from "next/navigation";
import { useFormContext, useWatch, type FieldValues, type UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { TagsField } from "@/components/forms/tags-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import type { ActionResult } from "@/lib/api/action-result";
import type { AddOptions } from "./add-dialog";

/** What the Edit dialog of either kind shows below its own fields. */
interface CommonValues {
  libraryId?: string;
  qualityProfileId?: string;
  tags?: string[];
}

/** Only the fields that differ from what is stored: the update changes exactly those. */
function changed<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[])
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) out[key] = after[key];
  return out;
}

/**
 * The Edit form's submit: the schema checks the values, then only the changed fields are sent
 * (nothing changed closes the dialog); a new library's move is announced.
 */
export function useSaveChanges<V extends FieldValues, Out extends CommonValues>(
  form: UseFormReturn<V, unknown, Out>,
  {
    stored,
    title,
    options,
    send,
    saved,
  }: {
    stored: Out;
    title: string;
    options: AddOptions;
    send: (patch: Partial<Out>) => Promise<ActionResult>;
    saved: () => void;
  },
) {
  const router = useRouter();
  return useActionSubmit(
    form,
    async (values) => {
      const patch = changed(stored, values);
      return Object.keys(patch).length === 0 ? { ok: true, data: undefined } : send(patch);
    },
    (_, values) => {
      const patch = changed(stored, values);
      if (Object.keys(patch).length > 0) {
        const target = options.libraries.find((l) => l.id === values.libraryId);
        toast.success(
          patch.libraryId ? `Saved. Moving the files to ${target?.name ?? "the new library"}…` : `${title} saved`,
        );
        router.refresh();
      }
      saved();
    },
  );
}

/** Quality profile, library (a new one moves the files) and tags. */
export function CommonTitleFields({
  kind,
  storedLibraryId,
  options,
  tagSuggestions,
}: {
  kind: "movie" | "series";
  storedLibraryId: string;
  options: AddOptions;
  tagSuggestions: string[];
}) {
  const { control } = useFormContext<CommonValues>();
  const libraryId = useWatch({ control, name: "libraryId" });
  const target = options.libraries.find((l) => l.id === libraryId);
  return (
    <>
      <NativeSelectField<CommonValues>
        name="qualityProfileId"
        id={`edit-${kind}-profile`}
        label="Quality profile"
        options={options.profiles.map((p) => ({ value: p.id, label: p.name }))}
      />
      <NativeSelectField<CommonValues>
        name="libraryId"
        id={`edit-${kind}-library`}
        label="Library"
        options={options.libraries.map((l) => ({ value: l.id, label: l.path ? `${l.name} (${l.path})` : l.name }))}
        help={
          libraryId !== storedLibraryId && (
            <span className="break-words" data-testid="move-note">
              The files move to {target?.path ?? "the new library"}: copied and checked before the old copy is removed.
              Progress shows on this page.
            </span>
          )
        }
      />
      <TagsField<CommonValues> name="tags" id={`edit-${kind}-tags`} label="Tags" suggestions={tagSuggestions} />
    </>
  );
}
