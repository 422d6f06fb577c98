import { z } from "zod";
import { notificationKinds } from "../kinds";
import { channelKinds, type ChannelKind } from "./definitions";

/** What the channel form sends. Secrets left empty keep the saved ones (see mergeSecrets). */
export const channelInputSchema = z.object({
  id: z.string().min(1).max(100).optional(),
  scope: z.enum(["admin", "personal"]),
  name: z.string().trim().min(1, "Give the channel a name").max(100),
  kind: z.enum(channelKinds as [ChannelKind, ...ChannelKind[]]),
  enabled: z.boolean().default(true),
  events: z.array(z.enum(notificationKinds)).max(notificationKinds.length),
  settings: z.record(z.string(), z.unknown()).default({}),
  secrets: z.record(z.string(), z.string().max(2000)).default({}),
});
export type ChannelInput = z.input<typeof channelInputSchema>;

export const channelRefSchema = z.object({ id: z.string().min(1).max(100), scope: z.enum(["admin", "personal"]) });
export type ChannelRef = z.infer<typeof channelRefSchema>;

/** A channel as the settings page shows it: never its secrets, only which are saved. */
export interface ChannelView {
  id: string;
  scope: "admin" | "personal";
  name: string;
  kind: ChannelKind;
  enabled: boolean;
  events: string[];
  settings: Record<string, unknown>;
  savedSecrets: string[];
  recent: {
    title: string;
    status: "pending" | "sent" | "failed";
    attempts: number;
    lastError: string | null;
    at: string;
  }[];
}

export type ChannelTestResult = { ok: true } | { ok: false; message: string };
