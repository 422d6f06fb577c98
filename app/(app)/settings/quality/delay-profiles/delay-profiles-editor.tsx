"use client";

import { useState, useTransition } from "react";
import { Plus } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { DelayProfile } from "@/lib/quality";
import { deleteDelayProfileAction } from "../actions";
import { DelayProfileDialog, newDelayProfile } from "./delay-profile-dialog";
import { DelayProfilesTable } from "./delay-profiles-table";

export function DelayProfilesEditor({ profiles }: { profiles: DelayProfile[] }) {
  const [editing, setEditing] = useState<{ id: string | null; profile: Omit<DelayProfile, "id"> } | null>(null);
  const [pending, start] = useTransition();
  const remove = (p: DelayProfile) =>
    start(async () => {
      if (!window.confirm("Delete this delay profile?")) return;
      const result = await deleteDelayProfileAction(p.id);
      if (result.ok) toast.success("Deleted");
      else toast.error(result.error);
    });
  return (
    <div className="grid gap-4">
      <div>
        <Button onClick={() => setEditing({ id: null, profile: newDelayProfile })}>
          <Plus className="size-4" /> New delay profile
        </Button>
      </div>
      <DelayProfilesTable
        profiles={profiles}
        busy={pending}
        onEdit={({ id, ...profile }) => setEditing({ id, profile })}
        onDelete={remove}
      />
      {editing && <DelayProfileDialog id={editing.id} profile={editing.profile} onClose={() => setEditing(null)} />}
    </div>
  );
}
