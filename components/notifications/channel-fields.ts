import type { ChannelKind } from "@/lib/notifications/channels/definitions";

/** The form fields of each channel kind (settings; secrets come from channelDefinitions). */
export interface SettingField {
  name: string;
  label: string;
  type: "text" | "url" | "email" | "number" | "checkbox";
  placeholder?: string;
  help?: string;
  defaultValue?: string | boolean;
}

function mediaServerFields(placeholder: string): SettingField[] {
  return [
    { name: "serverUrl", label: "Server", type: "url", placeholder },
    {
      name: "mydiaPrefix",
      label: "Library path in Mydia (optional)",
      type: "text",
      placeholder: "/data/media",
      help: "When the server sees the library under another path",
    },
    { name: "serverPrefix", label: "The same path on the server (optional)", type: "text", placeholder: "/media" },
  ];
}

export const settingFields: Record<ChannelKind, SettingField[]> = {
  webhook: [
    { name: "url", label: "URL", type: "url", placeholder: "https://home.example/hooks/mydia" },
    { name: "username", label: "User name (basic auth, optional)", type: "text" },
  ],
  email: [
    { name: "host", label: "SMTP server", type: "text", placeholder: "smtp.example.com" },
    { name: "port", label: "Port", type: "number", defaultValue: "587" },
    { name: "secure", label: "TLS from the start (port 465)", type: "checkbox", defaultValue: false },
    { name: "username", label: "User name (optional)", type: "text" },
    { name: "from", label: "From", type: "email", placeholder: "mydia@example.com" },
    { name: "to", label: "To", type: "email", placeholder: "me@example.com" },
  ],
  discord: [],
  ntfy: [
    { name: "serverUrl", label: "Server", type: "url", defaultValue: "https://ntfy.sh" },
    { name: "topic", label: "Topic", type: "text", placeholder: "mydia-family" },
  ],
  gotify: [{ name: "serverUrl", label: "Server", type: "url", placeholder: "https://gotify.example.com" }],
  jellyfin: mediaServerFields("http://jellyfin:8096"),
  emby: mediaServerFields("http://emby:8096"),
  plex: mediaServerFields("http://plex:32400"),
};
