"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { saveRootFoldersAction } from "./actions";

export function RootFoldersForm({ movie, tv }: { movie: string; tv: string }) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  return (
    <form
      className="grid max-w-xl gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        start(async () => {
          const result = await saveRootFoldersAction({ movie: String(form.get("movie")), tv: String(form.get("tv")) });
          if (!result.ok) return setFields(result.fields ?? { form: result.error });
          setFields({});
          toast.success("Root folders saved");
        });
      }}
    >
      {fields.form && <p role="alert" className="text-sm text-destructive">{fields.form}</p>}
      <div className="grid gap-2">
        <Label htmlFor="root-movie">Movies</Label>
        <Input id="root-movie" name="movie" defaultValue={movie} placeholder="/data/media/movies" aria-invalid={!!fields.movie} />
        {fields.movie && <p className="text-sm text-destructive">{fields.movie}</p>}
      </div>
      <div className="grid gap-2">
        <Label htmlFor="root-tv">TV</Label>
        <Input id="root-tv" name="tv" defaultValue={tv} placeholder="/data/media/tv" aria-invalid={!!fields.tv} />
        {fields.tv && <p className="text-sm text-destructive">{fields.tv}</p>}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
