import type { OutboundMessage } from "../message";
import { postJson } from "./http-post";
import type { ChannelSender } from "./sender";
import { webhookBody } from "./webhook-body";

/** A JSON POST in the Sonarr/Radarr webhook shape, with basic auth when a user name is set. */
export const sendWebhook: ChannelSender<"webhook"> = async (
  { settings, secrets },
  message: OutboundMessage,
  signal,
) => {
  const headers: Record<string, string> = settings.username
    ? {
        authorization: `Basic ${Buffer.from(`${settings.username}:${secrets.password ?? ""}`).toString("base64")}`,
      }
    : {};
  await postJson("Webhook", settings.url, await webhookBody(message), { headers, signal });
};
