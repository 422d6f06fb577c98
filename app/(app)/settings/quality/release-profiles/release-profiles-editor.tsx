"use client";

import { useState, useTransition } from "react";
import { Plus } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ReleaseProfile } from "@/lib/quality";
import { deleteReleaseProfileAction } from "../actions";
import { ReleaseProfileCard } from "./release-profile-card";
import { newReleaseProfile, ReleaseProfileDialog } from "./release-profile-dialog";

export function ReleaseProfilesEditor({
  profiles,
  indexers,
}: {
  profiles: ReleaseProfile[];
  indexers: { id: string; name: string }[];
}) {
  const [editing, setEditing] = useState<{ id: string | null; profile: Omit<ReleaseProfile, "id"> } | null>(null);
  const [pending, start] = useTransition();
  const names = new Map(indexers.map((i) => [i.id, i.name]));
  const remove = (p: ReleaseProfile) =>
    start(async () => {
      if (!window.confirm(`Delete ${p.name}?`)) return;
      const result = await deleteReleaseProfileAction(p.id);
      if (result.ok) toast.success(`Deleted ${p.name}`);
      else toast.error(result.error);
    });
  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Words a release name must or must not contain, for all items or only those with certain tags, on all or some
        indexers.
      </p>
      <div>
        <Button onClick={() => setEditing({ id: null, profile: newReleaseProfile })}>
          <Plus className="size-4" /> New release profile
        </Button>
      </div>
      {profiles.length === 0 && (
        <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">
          No release profiles: every name is fine.
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        {profiles.map(({ id, ...profile }) => (
          <ReleaseProfileCard
            key={id}
            profile={{ id, ...profile }}
            indexerNames={names}
            busy={pending}
            onEdit={() => setEditing({ id, profile })}
            onDelete={() => remove({ id, ...profile })}
          />
        ))}
      </div>
      {editing && (
        <ReleaseProfileDialog
          id={editing.id}
          profile={editing.profile}
          indexers={indexers}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
