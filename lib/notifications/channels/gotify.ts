import type { OutboundMessage } from "../message";
import { postJson } from "./http-post";
import type { ChannelSender } from "./sender";

/** Gotify: POST /message with the application token. */
export const sendGotify: ChannelSender<"gotify"> = async ({ settings, secrets }, message: OutboundMessage, signal) => {
  await postJson(
    "Gotify",
    new URL("message", settings.serverUrl.endsWith("/") ? settings.serverUrl : `${settings.serverUrl}/`).toString(),
    {
      title: message.title,
      message: message.body,
      priority: message.kind === "download.failed" || message.kind === "health.problem" ? 8 : 5,
      ...(message.url ? { extras: { "client::notification": { click: { url: message.url } } } } : {}),
    },
    { signal, headers: { "x-gotify-key": secrets.token ?? "" } },
  );
};
