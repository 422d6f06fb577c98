"use client";

import { FlaskConical, Pencil, Plus } from "lucide-react";
import { useEffect, useState, type ReactNode } from "react";
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
import type { IndexerTestResult, IndexerView } from "@/lib/indexers";
import { createIndexerAction, definitionSettingsAction, testIndexerAction, updateIndexerAction } from "./actions";

type Kind = "torznab" | "newznab" | "cardigann";
type SettingField = {
  name: string;
  label: string;
  type: "info" | "text" | "password" | "checkbox" | "select";
  secret: boolean;
  default: string | boolean | null;
  options: { value: string; label: string }[];
};

interface FormState {
  kind: Kind;
  name: string;
  baseUrl: string;
  apiPath: string;
  apiKey: string;
  definitionId: string;
  settings: Record<string, string | boolean>;
  enableRss: boolean;
  enableAutomatic: boolean;
  enableInteractive: boolean;
  priority: string;
  categories: string;
  minimumSeeders: string;
  tags: string;
  requestsPerMinute: string;
  requestsPerDay: string;
  timeoutSeconds: string;
}

const initial = (indexer?: IndexerView, definitionId?: string): FormState => ({
  kind: indexer?.kind ?? (definitionId ? "cardigann" : "torznab"),
  name: indexer?.name ?? "",
  baseUrl: indexer?.baseUrl ?? "",
  apiPath: indexer?.apiPath ?? "/api",
  apiKey: "",
  definitionId: indexer?.definitionId ?? definitionId ?? "",
  settings: { ...(indexer?.settings ?? {}) },
  enableRss: indexer?.enableRss ?? true,
  enableAutomatic: indexer?.enableAutomatic ?? true,
  enableInteractive: indexer?.enableInteractive ?? true,
  priority: String(indexer?.priority ?? 25),
  categories: indexer?.categories.join(", ") ?? "",
  minimumSeeders: String(indexer?.minimumSeeders ?? 1),
  tags: indexer?.tags.join(", ") ?? "",
  requestsPerMinute: indexer?.requestsPerMinute ? String(indexer.requestsPerMinute) : "",
  requestsPerDay: indexer?.requestsPerDay ? String(indexer.requestsPerDay) : "",
  timeoutSeconds: String((indexer?.timeoutMs ?? 20_000) / 1000),
});

const list = (value: string) =>
  value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
const numberOrNull = (value: string) => (value.trim() ? Number(value) : null);

function toInput(state: FormState, editing: boolean) {
  const common = {
    name: state.name,
    enableRss: state.enableRss,
    enableAutomatic: state.enableAutomatic,
    enableInteractive: state.enableInteractive,
    priority: Number(state.priority),
    categories: list(state.categories).map(Number),
    minimumSeeders: Number(state.minimumSeeders),
    tags: list(state.tags),
    requestsPerMinute: numberOrNull(state.requestsPerMinute),
    requestsPerDay: numberOrNull(state.requestsPerDay),
    timeoutMs: Math.round(Number(state.timeoutSeconds) * 1000),
    ...(state.baseUrl ? { baseUrl: state.baseUrl } : {}),
  };
  if (state.kind === "cardigann")
    return editing
      ? { ...common, settings: state.settings }
      : { ...common, kind: state.kind, definitionId: state.definitionId, settings: state.settings };
  const api = { apiPath: state.apiPath, ...(state.apiKey ? { apiKey: state.apiKey } : {}) };
  return editing ? { ...common, ...api } : { ...common, ...api, kind: state.kind };
}

/** Add or edit an indexer: Torznab, Newznab or a Cardigann definition with its own settings form. */
export function IndexerDialog({
  indexer,
  definitions,
  definitionId,
  trigger,
}: {
  indexer?: IndexerView;
  definitions: { id: string; name: string }[];
  definitionId?: string;
  trigger?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<FormState>(() => initial(indexer, definitionId));
  const [settingFields, setSettingFields] = useState<SettingField[]>([]);
  const editing = !!indexer;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const { fields, setFields, test, pending, onTest, onSubmit, reset } = useTestAndSave<IndexerTestResult>({
    test: () => testIndexerAction(indexer?.id ?? null, toInput(state, editing)),
    save: () =>
      editing
        ? updateIndexerAction(indexer.id, toInput(state, editing))
        : createIndexerAction(toInput(state, editing) as never),
    saved: () => {
      toast.success(editing ? `${state.name} saved` : `${state.name} added`);
      setOpen(false);
      if (!editing) setState(initial(undefined, definitionId));
    },
  });

  useEffect(() => {
    if (!open || state.kind !== "cardigann" || !state.definitionId) return;
    let live = true;
    void definitionSettingsAction(state.definitionId).then((result) => {
      if (!live) return;
      if (!result.ok) return setFields({ definitionId: result.error });
      setSettingFields(result.data.settings);
      setState((s) => ({
        ...s,
        name: s.name || result.data.summary.name,
        baseUrl: s.baseUrl || result.data.summary.links[0] || "",
        settings: Object.fromEntries(
          result.data.settings
            .filter((f) => f.type !== "info")
            .map((f) => [
              f.name,
              s.settings[f.name] ??
                (f.type === "checkbox"
                  ? f.default === true || f.default === "true"
                  : f.secret
                    ? ""
                    : String(f.default ?? "")),
            ]),
        ),
      }));
    });
    return () => {
      live = false;
    };
  }, [open, state.kind, state.definitionId, setFields]);

  const error = (name: string) => fields[name] && <p className="text-sm text-destructive">{fields[name]}</p>;
  const secretPlaceholder = (name: string) =>
    indexer?.secretsSet.includes(name) ? "Stored — leave empty to keep" : "";

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        reset();
      }}
    >
      <DialogTrigger asChild>
        {trigger ??
          (editing ? (
            <Button variant="ghost" size="icon-sm" aria-label={`Edit ${indexer.name}`}>
              <Pencil aria-hidden />
            </Button>
          ) : (
            <Button>
              <Plus aria-hidden /> Add indexer
            </Button>
          ))}
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{editing ? `Edit ${indexer.name}` : "Add an indexer"}</DialogTitle>
          <DialogDescription>
            Torznab (torrents, or one indexer through Prowlarr/Jackett), Newznab (Usenet), or a Cardigann definition run
            by Mydia itself.
          </DialogDescription>
        </DialogHeader>
        <form id="indexer-form" onSubmit={onSubmit} className="grid gap-4">
          {fields.form && (
            <p className="text-sm text-destructive" role="alert">
              {fields.form}
            </p>
          )}
          {!editing && (
            <div className="grid gap-2">
              <Label htmlFor="ix-kind">Type</Label>
              <Select value={state.kind} onValueChange={(v) => set("kind", v as Kind)}>
                <SelectTrigger id="ix-kind" className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="torznab">Torznab</SelectItem>
                  <SelectItem value="newznab">Newznab</SelectItem>
                  <SelectItem value="cardigann">Cardigann definition</SelectItem>
                </SelectContent>
              </Select>
            </div>
          )}
          {state.kind === "cardigann" && !editing && (
            <div className="grid gap-2">
              <Label htmlFor="ix-definition">Definition</Label>
              <Select
                value={state.definitionId}
                onValueChange={(v) => setState((s) => ({ ...s, definitionId: v, name: "", baseUrl: "", settings: {} }))}
              >
                <SelectTrigger id="ix-definition" className="w-full" aria-invalid={!!fields.definitionId}>
                  <SelectValue placeholder="Choose a site" />
                </SelectTrigger>
                <SelectContent>
                  {definitions.map((d) => (
                    <SelectItem key={d.id} value={d.id}>
                      {d.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              {error("definitionId")}
            </div>
          )}
          <div className="grid gap-2">
            <Label htmlFor="ix-name">Name</Label>
            <Input
              id="ix-name"
              value={state.name}
              onChange={(e) => set("name", e.target.value)}
              required
              aria-invalid={!!fields.name}
            />
            {error("name")}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="ix-url">URL</Label>
            <Input
              id="ix-url"
              value={state.baseUrl}
              onChange={(e) => set("baseUrl", e.target.value)}
              placeholder={state.kind === "cardigann" ? "" : "http://prowlarr:9696/1"}
              inputMode="url"
              aria-invalid={!!fields.baseUrl}
            />
            {error("baseUrl")}
          </div>
          {state.kind !== "cardigann" && (
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="grid gap-2">
                <Label htmlFor="ix-path">API path</Label>
                <Input
                  id="ix-path"
                  value={state.apiPath}
                  onChange={(e) => set("apiPath", e.target.value)}
                  aria-invalid={!!fields.apiPath}
                />
                {error("apiPath")}
              </div>
              <div className="grid gap-2">
                <Label htmlFor="ix-key">API key</Label>
                <Input
                  id="ix-key"
                  type="password"
                  autoComplete="off"
                  value={state.apiKey}
                  placeholder={secretPlaceholder("apiKey")}
                  onChange={(e) => set("apiKey", e.target.value)}
                  aria-invalid={!!fields.apiKey}
                />
                {error("apiKey")}
              </div>
            </div>
          )}
          {state.kind === "cardigann" &&
            settingFields.map((field) => (
              <div key={field.name} className="grid gap-2">
                {field.type === "info" ? (
                  <p className="rounded-md bg-muted p-2 text-xs text-muted-foreground">
                    <span className="font-medium">{field.label}.</span>{" "}
                    {typeof field.default === "string" ? field.default : ""}
                  </p>
                ) : field.type === "checkbox" ? (
                  <label className="flex items-center gap-2 text-sm">
                    <Switch
                      checked={state.settings[field.name] === true}
                      onCheckedChange={(v) => set("settings", { ...state.settings, [field.name]: v })}
                    />
                    {field.label}
                  </label>
                ) : field.type === "select" ? (
                  <>
                    <Label>{field.label}</Label>
                    <Select
                      value={String(state.settings[field.name] ?? "")}
                      onValueChange={(v) => set("settings", { ...state.settings, [field.name]: v })}
                    >
                      <SelectTrigger className="w-full">
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        {field.options.map((o) => (
                          <SelectItem key={o.value} value={o.value || " "}>
                            {o.label}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  </>
                ) : (
                  <>
                    <Label htmlFor={`ix-s-${field.name}`}>{field.label}</Label>
                    <Input
                      id={`ix-s-${field.name}`}
                      type={field.secret ? "password" : "text"}
                      autoComplete="off"
                      placeholder={field.secret ? secretPlaceholder(field.name) : ""}
                      value={String(state.settings[field.name] ?? "")}
                      onChange={(e) => set("settings", { ...state.settings, [field.name]: e.target.value })}
                      aria-invalid={!!fields[field.name]}
                    />
                  </>
                )}
                {error(field.name)}
              </div>
            ))}
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Use for</legend>
            {(
              [
                ["enableRss", "RSS sync"],
                ["enableAutomatic", "Automatic search"],
                ["enableInteractive", "Interactive search"],
              ] as const
            ).map(([key, label]) => (
              <label key={key} className="flex items-center gap-2 text-sm">
                <Switch checked={state[key]} onCheckedChange={(v) => set(key, v)} /> {label}
              </label>
            ))}
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-3">
            <div className="grid gap-2">
              <Label htmlFor="ix-priority">Priority</Label>
              <Input
                id="ix-priority"
                type="number"
                min={1}
                max={50}
                value={state.priority}
                onChange={(e) => set("priority", e.target.value)}
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="ix-seeders">Min. seeders</Label>
              <Input
                id="ix-seeders"
                type="number"
                min={0}
                value={state.minimumSeeders}
                onChange={(e) => set("minimumSeeders", e.target.value)}
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="ix-timeout">Timeout (s)</Label>
              <Input
                id="ix-timeout"
                type="number"
                min={1}
                max={120}
                value={state.timeoutSeconds}
                onChange={(e) => set("timeoutSeconds", e.target.value)}
              />
            </div>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor="ix-cats">Categories</Label>
              <Input
                id="ix-cats"
                value={state.categories}
                onChange={(e) => set("categories", e.target.value)}
                placeholder="2000, 5000"
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="ix-tags">Tags</Label>
              <Input
                id="ix-tags"
                value={state.tags}
                onChange={(e) => set("tags", e.target.value)}
                placeholder="4k, anime"
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="ix-rpm">Requests per minute</Label>
              <Input
                id="ix-rpm"
                type="number"
                min={1}
                value={state.requestsPerMinute}
                onChange={(e) => set("requestsPerMinute", e.target.value)}
                placeholder="no limit"
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="ix-rpd">Requests per day</Label>
              <Input
                id="ix-rpd"
                type="number"
                min={1}
                value={state.requestsPerDay}
                onChange={(e) => set("requestsPerDay", e.target.value)}
                placeholder="no limit"
              />
            </div>
          </div>
          {test && (
            <p
              role="status"
              className={`rounded-md p-2 text-sm ${test.ok ? "bg-muted" : "bg-destructive/10 text-destructive"}`}
            >
              {test.ok
                ? `Works: ${test.sampleResults} releases in the sample search (${(test.elapsedMs / 1000).toFixed(1)} s)${test.caps.movieSearch.available ? ", movie search" : ""}${test.caps.tvSearch.available ? ", TV search" : ""}.`
                : test.message}
            </p>
          )}
        </form>
        <DialogFooter className="gap-2">
          <Button type="button" variant="outline" onClick={() => void onTest()} disabled={pending !== null}>
            <FlaskConical aria-hidden /> {pending === "test" ? "Testing…" : "Test"}
          </Button>
          <Button type="submit" form="indexer-form" disabled={pending !== null}>
            {pending === "save" ? "Saving…" : editing ? "Save" : "Add"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
