import type { SecretBag } from "@/lib/secrets";
import type { OutboundMessage } from "../message";
import { channelSettingsSchemas, type ChannelKind } from "./definitions";
import { sendDiscord } from "./discord";
import { sendEmail } from "./email";
import { sendGotify } from "./gotify";
import { sendEmby, sendJellyfin, sendPlex } from "./media-servers";
import { sendNtfy } from "./ntfy";
import type { ChannelSender } from "./sender";
import { sendWebhook } from "./webhook";

const senders: { [K in ChannelKind]: ChannelSender<K> } = {
  webhook: sendWebhook,
  email: sendEmail,
  discord: sendDiscord,
  ntfy: sendNtfy,
  gotify: sendGotify,
  jellyfin: sendJellyfin,
  emby: sendEmby,
  plex: sendPlex,
};

/** Sends through a stored channel: its settings are parsed again (a stored value is never trusted blindly). */
export async function sendThrough(
  channel: { kind: ChannelKind; settings: Record<string, unknown>; secrets: SecretBag },
  message: OutboundMessage,
  signal?: AbortSignal,
): Promise<void> {
  const settings = channelSettingsSchemas[channel.kind].parse(channel.settings);
  const send = senders[channel.kind] as ChannelSender<ChannelKind>;
  await send({ settings, secrets: channel.secrets }, message, signal);
}
