"use client";

import { useTransition } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import type { QualitySize } from "@/lib/quality";
import { qualitySizesForm } from "@/lib/quality/size.input";
import { resetSizesAction, saveSizesAction } from "../actions";
import { SizeCard } from "./size-card";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Settings → Quality → Sizes: every quality's limits; only the changed rows are sent. */
export function SizesForm({ sizes, max }: { sizes: QualitySize[]; max: number }) {
  const form = useForm({ resolver: zodResolver(qualitySizesForm), defaultValues: { rows: sizes } });
  const rows = useWatch({ control: form.control, name: "rows" });
  const saved = form.formState.defaultValues?.rows;
  const changed = rows.flatMap((row, index) => (same(row, saved?.[index]) ? [] : [index]));
  const [resetting, startReset] = useTransition();

  const onSubmit = useActionSubmit(
    form,
    (values) =>
      saveSizesAction(
        changed.map((index) => {
          const { qualityId, title, minSize, preferredSize, maxSize } = values.rows[index];
          return { qualityId, title, minSize, preferredSize, maxSize };
        }),
      ),
    () => {
      form.reset(form.getValues());
      toast.success("Sizes saved");
    },
    // The server numbers the sent rows ("2.maxSize"); the form numbers every row.
    { alias: (name) => name.replace(/^(\d+)\./, (_, sent: string) => `rows.${changed[Number(sent)]}.`) },
  );
  const reset = () =>
    startReset(async () => {
      const result = await resetSizesAction();
      if (!result.ok) return void toast.error(result.error);
      form.reset({ rows: result.data.toReversed() });
      toast.success("Sizes back to the defaults");
    });
  const pending = form.formState.isSubmitting || resetting;

  return (
    <FormProvider {...form}>
      <form className="grid gap-4" onSubmit={onSubmit} noValidate>
        <p className="text-sm text-muted-foreground">
          Limits are in MB per minute of runtime, so they scale with the length of a movie or an episode (and the number
          of episodes in a pack). Slide the maximum all the way right for no limit.
        </p>
        <FormAlert />
        <div className="grid gap-3 md:grid-cols-2">
          {rows.map((row, index) => (
            <SizeCard key={row.qualityId} row={index} max={max} />
          ))}
        </div>
        <div className="sticky bottom-0 flex flex-wrap gap-2 border-t bg-background/95 py-3 backdrop-blur">
          <Button type="submit" disabled={pending || changed.length === 0}>
            Save {changed.length > 0 ? `${changed.length} change${changed.length === 1 ? "" : "s"}` : ""}
          </Button>
          <Button type="button" variant="outline" onClick={reset} disabled={pending}>
            Reset to defaults
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
