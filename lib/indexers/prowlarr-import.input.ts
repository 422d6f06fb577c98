import { z } from "zod";

/** The Prowlarr instance to import from: its address and API key (the import form and the server). */
export const prowlarrImportSchema = z.object({
  baseUrl: z
    .string()
    .trim()
    .max(500)
    .regex(/^https?:\/\/\S+$/, { message: "must be an http:// or https:// address" }),
  apiKey: z.string().trim().min(1, "is required").max(500),
});
