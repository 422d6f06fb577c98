"use client";

import { FlaskConical, Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
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
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { downloadClientDefinitions } from "@/lib/downloads/clients/definitions";
import type { ClientTestResult, DownloadClientKind } from "@/lib/downloads";
import type { DownloadClientView } from "@/lib/downloads";
import { createDownloadClientAction, testDownloadClientAction, updateDownloadClientAction } from "./actions";

interface FormState {
  kind: DownloadClientKind;
  name: string;
  enabled: boolean;
  host: string;
  port: string;
  useTls: boolean;
  urlBase: string;
  username: string;
  password: string;
  apiKey: string;
  movieCategory: string;
  tvCategory: string;
  priority: string;
  removeCompleted: boolean;
  stalledAfterMinutes: string;
  /** "" = never. */
  seedRatioLimit: string;
  seedTimeMinutes: string;
}

const initial = (client?: DownloadClientView, kind: DownloadClientKind = "qbittorrent"): FormState => {
  const definition = downloadClientDefinitions[client?.kind ?? kind];
  return {
    kind: client?.kind ?? kind,
    name: client?.name ?? definition.label,
    enabled: client?.enabled ?? true,
    host: client?.host ?? "localhost",
    port: String(client?.port ?? definition.defaultPort),
    useTls: client?.useTls ?? false,
    urlBase: client?.urlBase ?? definition.defaultUrlBase,
    username: client?.username ?? "",
    password: "",
    apiKey: "",
    movieCategory: client ? (client.movieCategory ?? "") : definition.defaultCategory.movie,
    tvCategory: client ? (client.tvCategory ?? "") : definition.defaultCategory.tv,
    priority: String(client?.priority ?? 1),
    removeCompleted: client?.removeCompleted ?? true,
    stalledAfterMinutes: String(client?.stalledAfterMinutes ?? 60),
    seedRatioLimit: client?.seedRatioLimit == null ? "" : String(client.seedRatioLimit),
    seedTimeMinutes: client?.seedTimeMinutes == null ? "" : String(client.seedTimeMinutes),
  };
};

type TextField =
  | "host"
  | "port"
  | "urlBase"
  | "username"
  | "movieCategory"
  | "tvCategory"
  | "priority"
  | "stalledAfterMinutes"
  | "seedRatioLimit"
  | "seedTimeMinutes";

const numberOrNull = (value: string): number | null => (value.trim() === "" ? null : Number(value));

function toInput(state: FormState, editing: boolean) {
  const definition = downloadClientDefinitions[state.kind];
  const common = {
    name: state.name,
    enabled: state.enabled,
    host: state.host,
    port: Number(state.port),
    useTls: state.useTls,
    urlBase: state.urlBase,
    username: definition.fields.includes("username") ? state.username || null : null,
    movieCategory: state.movieCategory || null,
    tvCategory: state.tvCategory || null,
    priority: Number(state.priority),
    removeCompleted: state.removeCompleted,
    stalledAfterMinutes: Number(state.stalledAfterMinutes),
    ...(definition.protocol === "torrent"
      ? { seedRatioLimit: numberOrNull(state.seedRatioLimit), seedTimeMinutes: numberOrNull(state.seedTimeMinutes) }
      : {}),
    ...(state.password ? { password: state.password } : {}),
    ...(state.apiKey ? { apiKey: state.apiKey } : {}),
  };
  return editing ? common : { ...common, kind: state.kind };
}

/** Add or edit a download client, with a Test button that shows the version or the field to fix. */
export function DownloadClientDialog({ client }: { client?: DownloadClientView }) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<FormState>(() => initial(client));
  const editing = !!client;
  const definition = downloadClientDefinitions[state.kind];
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const { fields, test, pending, onTest, onSubmit, reset } = useTestAndSave<ClientTestResult>({
    test: () => testDownloadClientAction(client?.id ?? null, toInput(state, editing)),
    save: () =>
      editing
        ? updateDownloadClientAction(client.id, toInput(state, editing))
        : createDownloadClientAction(toInput(state, editing) as never),
    saved: () => {
      toast.success(editing ? `${state.name} saved` : `${state.name} added`);
      setOpen(false);
      if (!editing) setState(initial());
    },
  });

  const error = (name: string) => fields[name] && <p className="text-sm text-destructive">{fields[name]}</p>;
  const stored = (name: string) => (client?.secretsSet.includes(name) ? "Stored — leave empty to keep" : "");
  const text = (
    name: TextField,
    label: string,
    type = "text",
    extra: { help?: string; placeholder?: string; step?: string } = {},
  ) => (
    <div className="grid gap-1.5">
      <Label htmlFor={`dc-${name}`}>{label}</Label>
      <Input
        id={`dc-${name}`}
        type={type}
        min={type === "number" ? 0 : undefined}
        step={extra.step}
        placeholder={extra.placeholder}
        value={state[name]}
        onChange={(e) => set(name, e.target.value)}
        aria-invalid={!!fields[name]}
        aria-describedby={extra.help ? `dc-${name}-help` : undefined}
      />
      {extra.help && (
        <p id={`dc-${name}-help`} className="text-xs text-muted-foreground">
          {extra.help}
        </p>
      )}
      {error(name)}
    </div>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        reset();
      }}
    >
      <DialogTrigger asChild>
        {editing ? (
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
        <form onSubmit={onSubmit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{editing ? `Edit ${client.name}` : "Add a download client"}</DialogTitle>
            <DialogDescription>Passwords and API keys are stored encrypted and never shown again.</DialogDescription>
          </DialogHeader>
          {!editing && (
            <div className="grid gap-1.5">
              <Label>Type</Label>
              <Select
                value={state.kind}
                onValueChange={(kind) => setState(initial(undefined, kind as DownloadClientKind))}
              >
                <SelectTrigger>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {Object.values(downloadClientDefinitions).map((d) => (
                    <SelectItem key={d.kind} value={d.kind}>
                      {d.label} ({d.protocol})
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor="dc-name">Name</Label>
            <Input
              id="dc-name"
              value={state.name}
              onChange={(e) => set("name", e.target.value)}
              aria-invalid={!!fields.name}
            />
            {error("name")}
          </div>
          <div className="grid grid-cols-[1fr_7rem] gap-3">
            {text("host", "Host")}
            {text("port", "Port", "number")}
          </div>
          <div className="flex items-center justify-between gap-3">
            <Label htmlFor="dc-tls">Use HTTPS</Label>
            <Switch id="dc-tls" checked={state.useTls} onCheckedChange={(v) => set("useTls", v)} />
          </div>
          {error("useTls")}
          {text("urlBase", "URL base")}
          {definition.fields.includes("username") && text("username", "User name")}
          {definition.secretFields.includes("password") && (
            <div className="grid gap-1.5">
              <Label htmlFor="dc-password">Password</Label>
              <Input
                id="dc-password"
                type="password"
                autoComplete="new-password"
                placeholder={stored("password")}
                value={state.password}
                onChange={(e) => set("password", e.target.value)}
                aria-invalid={!!fields.password}
              />
              {error("password")}
            </div>
          )}
          {definition.secretFields.includes("apiKey") && (
            <div className="grid gap-1.5">
              <Label htmlFor="dc-apikey">API key</Label>
              <Input
                id="dc-apikey"
                type="password"
                autoComplete="off"
                placeholder={stored("apiKey")}
                value={state.apiKey}
                onChange={(e) => set("apiKey", e.target.value)}
                aria-invalid={!!fields.apiKey}
              />
              {error("apiKey")}
            </div>
          )}
          <div className="grid grid-cols-2 gap-3">
            {text("movieCategory", "Movie category")}
            {text("tvCategory", "TV category")}
          </div>
          {text("priority", "Priority (1 = tried first)", "number")}
          <div className="flex items-center justify-between gap-3">
            <Label htmlFor="dc-enabled">Enabled</Label>
            <Switch id="dc-enabled" checked={state.enabled} onCheckedChange={(v) => set("enabled", v)} />
          </div>
          {text("stalledAfterMinutes", "Stalled after (minutes)", "number", {
            help: "A download that makes no progress for this long is shown as stalled, so you can remove it and try another release. 0 = never.",
          })}
          {definition.protocol === "usenet" ? (
            <div className="flex items-center justify-between gap-3">
              <Label htmlFor="dc-remove">Remove completed downloads from the client after import</Label>
              <Switch
                id="dc-remove"
                checked={state.removeCompleted}
                onCheckedChange={(v) => set("removeCompleted", v)}
              />
            </div>
          ) : (
            <div className="grid grid-cols-2 gap-3">
              {text("seedRatioLimit", "Remove torrents after ratio", "number", {
                step: "0.1",
                placeholder: "Never",
                help: "After import, once the torrent has uploaded this many times its size. Empty = keep seeding.",
              })}
              {text("seedTimeMinutes", "…or after seeding minutes", "number", {
                placeholder: "Never",
                help: "Or once it has seeded this long, whichever comes first. The library copy is kept.",
              })}
            </div>
          )}
          {error("urlBase")}
          {error("form")}
          {test?.ok && (
            <p className="text-sm text-emerald-600 dark:text-emerald-400">
              Connected: {definition.label} {test.version}
              {test.apiVersion ? ` (API ${test.apiVersion})` : ""}
            </p>
          )}
          {test && !test.ok && !test.field && <p className="text-sm text-destructive">{test.message}</p>}
          <DialogFooter className="gap-2">
            <Button type="button" variant="outline" onClick={onTest} disabled={pending !== null}>
              <FlaskConical className="size-4" /> {pending === "test" ? "Testing…" : "Test"}
            </Button>
            <Button type="submit" disabled={pending !== null}>
              {pending === "save" ? "Saving…" : "Save"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
