import { assertCan, type Actor } from "@/lib/accounts";
import { ForbiddenError, NotFoundError, ValidationError, parseInput } from "@/lib/errors";
import { mergeSecrets, readSecretBag, secretNamesOf, writeSecretBag, type SecretBag } from "@/lib/secrets";
import { recentDeliveries } from "../deliveries.repo";
import { personalKinds } from "../kinds";
import { testMessage } from "../message";
import * as repo from "./channels.repo";
import {
  channelInputSchema,
  channelRefSchema,
  type ChannelInput,
  type ChannelRef,
  type ChannelTestResult,
  type ChannelView,
} from "./channel.schemas";
import {
  channelDefinitions,
  channelSettingsSchemas,
  isChannelKind,
  personalChannelKinds,
  type ChannelKind,
} from "./definitions";
import { describeFailure } from "./describe-failure";
import { sendThrough } from "./registry";

const RECENT_PER_CHANNEL = 5;

/** Admin channels need the admin capability; personal ones belong to the signed-in user. */
function ownerFor(actor: Actor, scope: "admin" | "personal"): string | null {
  if (scope === "admin") {
    assertCan(actor, "admin");
    return null;
  }
  assertCan(actor, "browse");
  if (actor.kind !== "user") throw new ForbiddenError("Personal channels belong to a signed-in user");
  return actor.userId;
}

/** The settings whose change makes the channel another receiver (saved secrets are not sent there). */
function addressOf(kind: ChannelKind, settings: Record<string, unknown>): string {
  const s = settings as Record<string, string | number | undefined>;
  switch (kind) {
    case "webhook":
      return String(s.url ?? "");
    case "email":
      return `${s.host ?? ""}:${s.port ?? ""}`;
    case "ntfy":
    case "gotify":
    case "jellyfin":
    case "emby":
    case "plex":
      return String(s.serverUrl ?? "");
    case "discord":
      return "";
  }
}

async function existingOwned(id: string, owner: string | null): Promise<repo.ChannelRow> {
  const row = await repo.findChannelRow(id);
  if (!row || row.userId !== owner) throw new NotFoundError("No such channel");
  return row;
}

/** Parses the form, merges secrets with the saved ones, and checks the kind's required secrets. */
async function resolve(actor: Actor, raw: ChannelInput) {
  const input = parseInput(channelInputSchema, raw);
  const owner = ownerFor(actor, input.scope);
  if (input.scope === "personal" && !personalChannelKinds.includes(input.kind))
    throw new ValidationError("Media-server refreshes are set up by an admin under Settings → Notifications", {
      fields: { kind: "Choose a messaging channel" },
    });
  if (input.scope === "personal" && input.events.some((kind) => !personalKinds.includes(kind)))
    throw new ValidationError("Personal channels can only send news about your own requests", {
      fields: { events: "Choose among your requests' events" },
    });
  const existing = input.id ? await existingOwned(input.id, owner) : null;
  if (existing && existing.kind !== input.kind)
    throw new ValidationError("A channel's kind cannot change: add a new channel instead", { fields: { kind: "" } });
  const settings = parseInput(channelSettingsSchemas[input.kind], input.settings);
  const definition = channelDefinitions[input.kind];
  const entered = Object.fromEntries(definition.secrets.map((f) => [f.name, input.secrets[f.name]?.trim()]));
  const secrets: SecretBag = mergeSecrets({
    stored: existing?.secrets ?? null,
    entered,
    addressChanged: !!existing && addressOf(input.kind, existing.settings) !== addressOf(input.kind, settings),
    label: (field) => definition.secrets.find((f) => f.name === field)?.label ?? field,
  });
  const missing = definition.secrets.filter((f) => f.required && !secrets[f.name]);
  if (missing.length > 0)
    throw new ValidationError(`Enter the ${missing.map((f) => f.label).join(" and ")}`, {
      fields: Object.fromEntries(missing.map((f) => [`secrets.${f.name}`, `Enter the ${f.label}`])),
    });
  return { input, owner, existing, settings, secrets };
}

function toView(row: repo.ChannelRow, recent: Awaited<ReturnType<typeof recentDeliveries>>): ChannelView {
  if (!isChannelKind(row.kind)) throw new Error(`Unknown channel kind ${row.kind}`);
  return {
    id: row.id,
    scope: row.userId === null ? "admin" : "personal",
    name: row.name,
    kind: row.kind,
    enabled: row.enabled,
    events: row.events,
    settings: row.settings,
    savedSecrets: secretNamesOf(row.secrets),
    recent: recent
      .filter((d) => d.channelId === row.id)
      .slice(0, RECENT_PER_CHANNEL)
      .map((d) => ({
        title: typeof d.message.title === "string" ? d.message.title : d.kind,
        status: d.status,
        attempts: d.attempts,
        lastError: d.lastError,
        at: d.updatedAt.toISOString(),
      })),
  };
}

export async function listChannels(actor: Actor, scope: "admin" | "personal"): Promise<ChannelView[]> {
  const rows = await repo.listChannelRows(ownerFor(actor, scope));
  const recent = await recentDeliveries(
    rows.map((r) => r.id),
    rows.length * 20,
  );
  return rows.map((row) => toView(row, recent));
}

export async function saveChannel(actor: Actor, raw: ChannelInput): Promise<ChannelView> {
  const { input, owner, existing, settings, secrets } = await resolve(actor, raw);
  const values = {
    name: input.name,
    kind: input.kind,
    enabled: input.enabled,
    events: input.events,
    settings,
    secrets: writeSecretBag(secrets),
  };
  const row = existing ? await repo.updateChannel(existing.id, values) : await repo.insertChannel(owner, values);
  if (!row) throw new NotFoundError("No such channel");
  return toView(row, []);
}

export async function deleteChannel(actor: Actor, raw: ChannelRef): Promise<void> {
  const ref = parseInput(channelRefSchema, raw);
  if (!(await repo.deleteChannelRow(ref.id, ownerFor(actor, ref.scope)))) throw new NotFoundError("No such channel");
}

/** The Test button: sends a test message with what the form holds now (saved secrets filled in). */
export async function testChannel(actor: Actor, raw: ChannelInput): Promise<ChannelTestResult> {
  const { input, settings, secrets } = await resolve(actor, raw);
  try {
    await sendThrough({ kind: input.kind, settings, secrets }, testMessage());
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeFailure(error) };
  }
}

/** A stored channel ready to send (the send job's view); null when it is gone. */
export async function loadSendableChannel(id: string) {
  const row = await repo.findChannelRow(id);
  if (!row || !isChannelKind(row.kind)) return null;
  return { ...row, kind: row.kind, secrets: readSecretBag(row.secrets) };
}
