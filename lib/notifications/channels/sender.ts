import type { SecretBag } from "@/lib/secrets";
import type { OutboundMessage } from "../message";
import type { ChannelKind, ChannelSettings } from "./definitions";

/** A channel as a sender sees it: its parsed settings and decrypted secrets. */
export interface SendableChannel<K extends ChannelKind> {
  settings: ChannelSettings<K>;
  secrets: SecretBag;
}

/** Sends one message; throws (a typed lib/http error, SmtpError) when the receiver did not take it. */
export type ChannelSender<K extends ChannelKind> = (
  channel: SendableChannel<K>,
  message: OutboundMessage,
  signal?: AbortSignal,
) => Promise<void>;
