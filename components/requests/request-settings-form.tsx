"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { saveRequestSettingsAction } from "@/app/(app)/requests/actions";
import type { RequestSettings } from "@/lib/requests/request.input";

const roleNames = { admin: "Admins", user: "Users", requester: "Requesters", readonly: "Read-only" } as const;
const roleName = { admin: "admin", user: "user", requester: "requester", readonly: "read-only" } as const;
type RoleName = keyof typeof roleNames;

const limitText = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
const limitOf = (text: string): number | null => (text.trim() === "" ? null : Number(text));

/** Who is approved without asking, and how much each user may request per window. */
export function RequestSettingsForm({
  settings,
  users,
}: {
  settings: RequestSettings;
  users: { id: string; username: string; role: RoleName }[];
}) {
  const router = useRouter();
  const [roles, setRoles] = useState(new Set(settings.autoApproveRoles));
  const [days, setDays] = useState(String(settings.quotaDays));
  const [movies, setMovies] = useState(limitText(settings.defaultLimits.movies));
  const [seasons, setSeasons] = useState(limitText(settings.defaultLimits.seasons));
  const [perUser, setPerUser] = useState(
    Object.fromEntries(
      users.map((u) => {
        const own = settings.users[u.id];
        return [
          u.id,
          {
            auto: own?.autoApprove === true ? "yes" : own?.autoApprove === false ? "no" : "role",
            movies: limitText(own?.limits?.movies),
            seasons: limitText(own?.limits?.seasons),
          },
        ];
      }),
    ),
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await saveRequestSettingsAction({
      autoApproveRoles: [...roles],
      quotaDays: Number(days),
      defaultLimits: { movies: limitOf(movies), seasons: limitOf(seasons) },
      users: Object.fromEntries(
        Object.entries(perUser)
          .filter(([, u]) => u.auto !== "role" || u.movies !== "" || u.seasons !== "")
          .map(([id, u]) => [
            id,
            {
              autoApprove: u.auto === "role" ? null : u.auto === "yes",
              limits:
                u.movies === "" && u.seasons === "" ? null : { movies: limitOf(u.movies), seasons: limitOf(u.seasons) },
            },
          ]),
      ),
    });
    setPending(false);
    if (!result.ok) return setError(result.error);
    toast.success("Request settings saved");
    router.refresh();
  };

  return (
    <form onSubmit={submit} className="grid gap-5" aria-label="Request settings">
      {error && (
        <p className="text-sm text-destructive" role="alert">
          {error}
        </p>
      )}
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Approved without asking</legend>
        <div className="flex flex-wrap gap-4">
          {(Object.keys(roleNames) as RoleName[])
            .filter((r) => r !== "readonly")
            .map((r) => (
              <label key={r} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={roles.has(r)}
                  onChange={(e) =>
                    setRoles((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.add(r);
                      else next.delete(r);
                      return next;
                    })
                  }
                />
                {roleNames[r]}
              </label>
            ))}
        </div>
      </fieldset>
      <fieldset className="grid gap-2 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">
          Quota for everyone (empty: no limit; admins and users have none)
        </legend>
        <div className="grid gap-1">
          <Label htmlFor="quota-movies">Movies</Label>
          <Input id="quota-movies" inputMode="numeric" value={movies} onChange={(e) => setMovies(e.target.value)} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="quota-seasons">Seasons</Label>
          <Input id="quota-seasons" inputMode="numeric" value={seasons} onChange={(e) => setSeasons(e.target.value)} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="quota-days">Every … days</Label>
          <Input id="quota-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
      </fieldset>
      {users.length > 0 && (
        <fieldset className="grid gap-3">
          <legend className="mb-1 text-sm font-medium">Per user</legend>
          {users.map((u) => {
            const v = perUser[u.id];
            const set = (patch: Partial<typeof v>) => setPerUser((p) => ({ ...p, [u.id]: { ...p[u.id], ...patch } }));
            return (
              <div key={u.id} className="grid grid-cols-2 items-end gap-2 sm:grid-cols-4">
                <p className="col-span-2 self-center text-sm font-medium sm:col-span-1">
                  {u.username} <span className="font-normal text-muted-foreground">({roleName[u.role]})</span>
                </p>
                <div className="col-span-2 grid gap-1 sm:col-span-1">
                  <Label htmlFor={`auto-${u.id}`}>Auto-approve</Label>
                  <NativeSelect
                    id={`auto-${u.id}`}
                    className="h-10 w-full"
                    value={v.auto}
                    onChange={(e) => set({ auto: e.target.value })}
                  >
                    <option value="role">As their role</option>
                    <option value="yes">Always</option>
                    <option value="no">Never</option>
                  </NativeSelect>
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={`movies-${u.id}`}>Movies</Label>
                  <Input
                    id={`movies-${u.id}`}
                    inputMode="numeric"
                    placeholder="default"
                    value={v.movies}
                    onChange={(e) => set({ movies: e.target.value })}
                  />
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={`seasons-${u.id}`}>Seasons</Label>
                  <Input
                    id={`seasons-${u.id}`}
                    inputMode="numeric"
                    placeholder="default"
                    value={v.seasons}
                    onChange={(e) => set({ seasons: e.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </fieldset>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save request settings"}
        </Button>
      </div>
    </form>
  );
}
