import { z } from "zod";

/**
 * The kinds of outbound channel: their settings (stored as JSON, shown in the form) and secret fields
 * (stored encrypted, never sent back to the browser; the form shows which are saved).
 */
const httpUrl = z
  .string()
  .trim()
  .url("Enter a full URL, e.g. https://example.com/hook")
  .refine((u) => /^https?:\/\//i.test(u), "Use an http:// or https:// URL");

/**
 * Media servers refresh the folder of each import. When they see the library under another path (a
 * container mount), the part of the path that differs is swapped: Mydia's prefix → the server's.
 */
const mediaServerSettings = z.object({
  serverUrl: httpUrl,
  mydiaPrefix: z.string().trim().max(500).default(""),
  serverPrefix: z.string().trim().max(500).default(""),
});

export const channelSettingsSchemas = {
  webhook: z.object({ url: httpUrl, username: z.string().trim().max(200).default("") }),
  email: z.object({
    host: z.string().trim().min(1, "Enter the SMTP server's host name").max(255),
    port: z.coerce.number().int().min(1).max(65535).default(587),
    /** Implicit TLS (port 465); otherwise STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    username: z.string().trim().max(200).default(""),
    from: z.string().trim().email("Enter the sender's address"),
    to: z.string().trim().email("Enter the address to send to"),
  }),
  discord: z.object({}),
  ntfy: z.object({
    serverUrl: httpUrl.default("https://ntfy.sh"),
    topic: z
      .string()
      .trim()
      .regex(/^[-_A-Za-z0-9]{1,64}$/, "A topic is 1–64 letters, digits, - or _"),
  }),
  gotify: z.object({ serverUrl: httpUrl }),
  jellyfin: mediaServerSettings,
  emby: mediaServerSettings,
  plex: mediaServerSettings,
} as const;

export type ChannelKind = keyof typeof channelSettingsSchemas;
export const channelKinds = Object.keys(channelSettingsSchemas) as ChannelKind[];
export type ChannelSettings<K extends ChannelKind> = z.infer<(typeof channelSettingsSchemas)[K]>;

export interface SecretField {
  name: string;
  label: string;
  /** The channel cannot send without it. */
  required: boolean;
}

export const channelDefinitions: Record<ChannelKind, { label: string; secrets: readonly SecretField[] }> = {
  webhook: { label: "Webhook", secrets: [{ name: "password", label: "password", required: false }] },
  email: { label: "Email (SMTP)", secrets: [{ name: "password", label: "SMTP password", required: false }] },
  discord: { label: "Discord", secrets: [{ name: "webhookUrl", label: "Discord webhook URL", required: true }] },
  ntfy: { label: "ntfy", secrets: [{ name: "token", label: "access token", required: false }] },
  gotify: { label: "Gotify", secrets: [{ name: "token", label: "application token", required: true }] },
  jellyfin: { label: "Jellyfin (library refresh)", secrets: [{ name: "apiKey", label: "API key", required: true }] },
  emby: { label: "Emby (library refresh)", secrets: [{ name: "apiKey", label: "API key", required: true }] },
  plex: { label: "Plex (library refresh)", secrets: [{ name: "token", label: "X-Plex-Token", required: true }] },
};

/** Kinds that refresh a media server rather than tell a person: admin channels only. */
export const mediaServerKinds: readonly ChannelKind[] = ["jellyfin", "emby", "plex"];
/** Kinds a user may add for their own requests. */
export const personalChannelKinds: readonly ChannelKind[] = channelKinds.filter((k) => !mediaServerKinds.includes(k));

export function isChannelKind(value: string): value is ChannelKind {
  return Object.hasOwn(channelSettingsSchemas, value);
}
