"use client";

import { useState, useTransition } from "react";
import { Plus } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { QualityProfile } from "@/lib/quality";
import { deleteProfileAction } from "../actions";
import { ProfileCard } from "./profile-card";
import { ProfileDialog } from "./profile-dialog";
import type { ProfileValues } from "./profile-values";

const valuesOf = ({ id: _id, ...profile }: QualityProfile): ProfileValues => structuredClone(profile);
const copyOf = (p: QualityProfile) => ({ id: null, profile: { ...valuesOf(p), name: `${p.name} (copy)` } });

export function ProfilesEditor({
  profiles,
  formats,
}: {
  profiles: QualityProfile[];
  formats: { id: string; name: string }[];
}) {
  const [editing, setEditing] = useState<{ id: string | null; profile: ProfileValues } | null>(null);
  const [pending, start] = useTransition();
  const remove = (p: QualityProfile) =>
    start(async () => {
      if (!window.confirm(`Delete the profile ${p.name}?`)) return;
      const result = await deleteProfileAction(p.id);
      if (result.ok) toast.success(`Deleted ${p.name}`);
      else toast.error(result.error);
    });
  const template = profiles.find((p) => p.id === "any") ?? profiles[0];

  return (
    <div className="grid gap-4">
      <div>
        <Button onClick={() => template && setEditing(copyOf(template))} disabled={!template}>
          <Plus className="size-4" /> New profile
        </Button>
      </div>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {profiles.map((p) => (
          <ProfileCard
            key={p.id}
            profile={p}
            busy={pending}
            onEdit={() => setEditing({ id: p.id, profile: valuesOf(p) })}
            onCopy={() => setEditing(copyOf(p))}
            onDelete={() => remove(p)}
          />
        ))}
      </div>
      {editing && (
        <ProfileDialog id={editing.id} profile={editing.profile} formats={formats} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
