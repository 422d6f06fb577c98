import type { OutboundMessage } from "../message";
import { postJson } from "./http-post";
import type { ChannelSender } from "./sender";

/** ntfy's JSON publish: POST to the server's root with the topic in the body. */
export const sendNtfy: ChannelSender<"ntfy"> = async ({ settings, secrets }, message: OutboundMessage, signal) => {
  await postJson(
    "ntfy",
    settings.serverUrl,
    {
      topic: settings.topic,
      title: message.title,
      message: message.body,
      ...(message.url ? { click: message.url } : {}),
      tags: [message.kind === "download.failed" || message.kind === "health.problem" ? "warning" : "tv"],
    },
    { signal, headers: secrets.token ? { authorization: `Bearer ${secrets.token}` } : {} },
  );
};
