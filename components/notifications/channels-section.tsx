"use client";

import { CheckCircle2, Megaphone, Plus, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { RelativeTime } from "@/components/relative-time";
import { EmptyState } from "@/components/shell/empty-state";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/api/action-result";
import type { ChannelInput, ChannelTestResult, ChannelView } from "@/lib/notifications/channels/channel.schemas";
import { channelDefinitions, type ChannelKind } from "@/lib/notifications/channels/definitions";
import { notificationKindLabels, type NotificationKind } from "@/lib/notifications/kinds";
import { settingFields } from "./channel-fields";

type Form = Omit<ChannelInput, "scope">;

export interface ChannelActions {
  save: (input: Form) => Promise<ActionResult<unknown>>;
  test: (input: Form) => Promise<ActionResult<ChannelTestResult>>;
  remove: (id: string) => Promise<ActionResult<undefined>>;
}

function blank(kind: ChannelKind, kinds: readonly NotificationKind[]): Form {
  return {
    name: channelDefinitions[kind].label,
    kind,
    enabled: true,
    // Media servers act on imports only.
    events: ["jellyfin", "emby", "plex"].includes(kind) ? kinds.filter((k) => k === "download.imported") : [...kinds],
    settings: Object.fromEntries(settingFields[kind].map((f) => [f.name, f.defaultValue ?? ""])),
    secrets: {},
  };
}

function ChannelDialog({
  initial,
  saved,
  kinds,
  actions,
  onClose,
}: {
  initial: Form;
  saved: string[];
  kinds: readonly NotificationKind[];
  actions: ChannelActions;
  onClose: () => void;
}) {
  const router = useRouter();
  const [form, setForm] = useState<Form>(initial);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [test, setTest] = useState<ChannelTestResult | null>(null);
  const [pending, start] = useTransition();
  const kind = form.kind;
  const settings = form.settings ?? {};
  const setSetting = (name: string, value: unknown) => setForm({ ...form, settings: { ...settings, [name]: value } });
  const fieldError = (name: string) => error?.fields[name] ?? error?.fields[`settings.${name}`];

  const run = (what: "test" | "save") =>
    start(async () => {
      setError(null);
      setTest(null);
      const result = what === "test" ? await actions.test(form) : await actions.save(form);
      if (!result.ok) return setError({ message: result.error, fields: result.fields ?? {} });
      if (what === "test") return setTest(result.data as ChannelTestResult);
      toast.success(`${form.name} saved`);
      router.refresh();
      onClose();
    });

  return (
    <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
      <DialogHeader>
        <DialogTitle>{form.id ? `Edit ${initial.name}` : `Add ${channelDefinitions[kind].label}`}</DialogTitle>
        <DialogDescription>Test sends a message with what the form holds now.</DialogDescription>
      </DialogHeader>
      <form
        className="grid gap-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run("save");
        }}
      >
        <div className="grid gap-1.5">
          <Label htmlFor="channel-name">Name</Label>
          <Input id="channel-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          {fieldError("name") && <p className="text-sm text-destructive">{fieldError("name")}</p>}
        </div>
        {settingFields[kind].map((field) =>
          field.type === "checkbox" ? (
            <div key={field.name} className="flex items-center gap-2">
              <Checkbox
                id={`channel-${field.name}`}
                checked={settings[field.name] === true}
                onCheckedChange={(checked) => setSetting(field.name, checked === true)}
              />
              <Label htmlFor={`channel-${field.name}`}>{field.label}</Label>
            </div>
          ) : (
            <div key={field.name} className="grid gap-1.5">
              <Label htmlFor={`channel-${field.name}`}>{field.label}</Label>
              <Input
                id={`channel-${field.name}`}
                type={field.type}
                inputMode={field.type === "number" ? "numeric" : undefined}
                placeholder={field.placeholder}
                value={String(settings[field.name] ?? "")}
                aria-invalid={!!fieldError(field.name)}
                onChange={(e) => setSetting(field.name, e.target.value)}
              />
              {fieldError(field.name) && <p className="text-sm text-destructive">{fieldError(field.name)}</p>}
            </div>
          ),
        )}
        {channelDefinitions[kind].secrets.map((secret) => (
          <div key={secret.name} className="grid gap-1.5">
            <Label htmlFor={`channel-secret-${secret.name}`}>
              {secret.label.charAt(0).toUpperCase() + secret.label.slice(1)}
              {!secret.required && " (optional)"}
            </Label>
            <Input
              id={`channel-secret-${secret.name}`}
              type="password"
              autoComplete="off"
              placeholder={saved.includes(secret.name) ? "Saved — leave blank to keep it" : ""}
              value={form.secrets?.[secret.name] ?? ""}
              aria-invalid={!!fieldError(`secrets.${secret.name}`)}
              onChange={(e) => setForm({ ...form, secrets: { ...form.secrets, [secret.name]: e.target.value } })}
            />
            {fieldError(`secrets.${secret.name}`) && (
              <p className="text-sm text-destructive">{fieldError(`secrets.${secret.name}`)}</p>
            )}
          </div>
        ))}
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Send these events</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {kinds.map((k) => (
              <div key={k} className="flex items-center gap-2">
                <Checkbox
                  id={`channel-event-${k}`}
                  checked={form.events.includes(k)}
                  onCheckedChange={(checked) =>
                    setForm({
                      ...form,
                      events: checked === true ? [...form.events, k] : form.events.filter((e) => e !== k),
                    })
                  }
                />
                <Label htmlFor={`channel-event-${k}`} className="font-normal">
                  {notificationKindLabels[k]}
                </Label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="flex items-center gap-2">
          <Checkbox
            id="channel-enabled"
            checked={form.enabled !== false}
            onCheckedChange={(checked) => setForm({ ...form, enabled: checked === true })}
          />
          <Label htmlFor="channel-enabled">Enabled</Label>
        </div>
        {error && (
          <Alert variant="destructive">
            <XCircle aria-hidden />
            <AlertTitle>Not saved</AlertTitle>
            <AlertDescription>{error.message}</AlertDescription>
          </Alert>
        )}
        {test && (
          <Alert variant={test.ok ? "default" : "destructive"} data-testid="channel-test-result">
            {test.ok ? <CheckCircle2 aria-hidden /> : <XCircle aria-hidden />}
            <AlertTitle>{test.ok ? "The test message was accepted" : "The test failed"}</AlertTitle>
            {!test.ok && <AlertDescription>{test.message}</AlertDescription>}
          </Alert>
        )}
        <DialogFooter className="gap-2">
          <Button type="button" variant="outline" onClick={() => run("test")} disabled={pending}>
            Test
          </Button>
          <Button type="submit" disabled={pending}>
            Save
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

const statusBadge = { sent: "success", failed: "destructive", pending: "secondary" } as const;

/** A list of channels with add / edit / test / delete, and each channel's latest deliveries (failures visible). */
export function ChannelsSection({
  title,
  description,
  channels,
  kinds,
  channelKinds,
  actions,
}: {
  title: string;
  description: string;
  channels: ChannelView[];
  kinds: readonly NotificationKind[];
  /** The kinds of channel this list may add. */
  channelKinds: readonly ChannelKind[];
  actions: ChannelActions;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<{ form: Form; saved: string[] } | null>(null);
  const [addKind, setAddKind] = useState<ChannelKind>("webhook");
  const [pending, start] = useTransition();

  const remove = (channel: ChannelView) =>
    start(async () => {
      const result = await actions.remove(channel.id);
      if (!result.ok) toast.error(result.error);
      else toast.success(`${channel.name} deleted`);
      router.refresh();
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid gap-1.5">
            <Label htmlFor="channel-kind">Add a channel</Label>
            <NativeSelect id="channel-kind" value={addKind} onChange={(e) => setAddKind(e.target.value as ChannelKind)}>
              {channelKinds.map((k) => (
                <option key={k} value={k}>
                  {channelDefinitions[k].label}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button type="button" onClick={() => setEditing({ form: blank(addKind, kinds), saved: [] })}>
            <Plus aria-hidden="true" />
            Add
          </Button>
        </div>
        {channels.length === 0 ? (
          <EmptyState
            icon={Megaphone}
            title="No channels yet"
            description="Add a webhook, email, Discord, ntfy or Gotify channel, choose its events and press Test."
          />
        ) : (
          <ul className="divide-y rounded-xl border">
            {channels.map((channel) => (
              <li key={channel.id} className="space-y-2 px-4 py-3" data-testid="channel">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium break-all">{channel.name}</span>
                  <Badge variant="outline">{channelDefinitions[channel.kind].label}</Badge>
                  {!channel.enabled && <Badge variant="secondary">Disabled</Badge>}
                  <div className="ml-auto flex gap-2">
                    <Button
                      size="sm"
                      variant="outline"
                      onClick={() =>
                        setEditing({
                          form: {
                            id: channel.id,
                            name: channel.name,
                            kind: channel.kind,
                            enabled: channel.enabled,
                            events: channel.events.filter((e): e is NotificationKind => kinds.includes(e as never)),
                            settings: channel.settings,
                            secrets: {},
                          },
                          saved: channel.savedSecrets,
                        })
                      }
                    >
                      Edit
                    </Button>
                    <Button size="sm" variant="ghost" disabled={pending} onClick={() => remove(channel)}>
                      Delete
                    </Button>
                  </div>
                </div>
                <p className="text-sm text-muted-foreground">
                  {channel.events.length === 0
                    ? "No events chosen: nothing is sent."
                    : channel.events.map((e) => notificationKindLabels[e as NotificationKind] ?? e).join(", ")}
                </p>
                {channel.recent.length > 0 && (
                  <ul className="space-y-1 text-sm" aria-label={`Latest messages of ${channel.name}`}>
                    {channel.recent.map((d, i) => (
                      <li key={i} className="flex flex-wrap items-center gap-2">
                        <Badge variant={statusBadge[d.status]}>
                          {d.status === "failed" ? `failed × ${d.attempts}` : d.status}
                        </Badge>
                        <span className="min-w-0 break-words">{d.title}</span>
                        <RelativeTime iso={d.at} className="text-xs text-muted-foreground" />
                        {d.lastError && d.status !== "sent" && (
                          <span className="w-full text-xs break-words text-destructive">{d.lastError}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        {editing && (
          <ChannelDialog
            key={editing.form.id ?? editing.form.kind}
            initial={editing.form}
            saved={editing.saved}
            kinds={kinds}
            actions={actions}
            onClose={() => setEditing(null)}
          />
        )}
      </Dialog>
    </Card>
  );
}
