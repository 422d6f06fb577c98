import type { OutboundMessage } from "../message";
import { postJson } from "./http-post";
import type { ChannelSender } from "./sender";

const BRAND_COLOUR = 0x6d5dfc;

/** Discord's incoming webhook: one embed per message. */
export const sendDiscord: ChannelSender<"discord"> = async ({ secrets }, message: OutboundMessage, signal) => {
  await postJson(
    "Discord",
    secrets.webhookUrl,
    {
      username: "Mydia",
      embeds: [
        {
          title: message.title.slice(0, 256),
          description: message.body.slice(0, 4000),
          ...(message.url ? { url: message.url } : {}),
          color: BRAND_COLOUR,
          timestamp: message.occurredAt,
        },
      ],
    },
    { signal },
  );
};
