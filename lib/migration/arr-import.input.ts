import { z } from "zod";

/** The Import from Sonarr/Radarr form (also checked in the browser). */
export const arrImportInput = z.object({
  app: z.enum(["radarr", "sonarr"]),
  url: z
    .url({ protocol: /^https?$/, error: "give the address as http://host:port (with its URL base, if any)" })
    .transform((url) => url.replace(/\/+$/, "")),
  /** Empty: the key kept from an earlier import of the same app and address. */
  apiKey: z.string().trim().max(200).default(""),
  keepKey: z.boolean().default(false),
  /** Also bring the releases the app blocklisted. */
  includeBlocklist: z.boolean().default(false),
});
export type ArrImportInput = z.input<typeof arrImportInput>;
