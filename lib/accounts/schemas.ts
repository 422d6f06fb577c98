import { z } from "zod";
import { safeText } from "@/lib/text";
import { apiKeyScopes, type ApiKeyScope } from "@/lib/db/types";
import { roles } from "./roles";

export const usernameSchema = safeText()
  .trim()
  .normalize("NFC")
  .min(2, "At least 2 characters")
  .max(64, "At most 64 characters")
  .regex(/^[\p{L}\p{N}._@-]+$/u, "Letters, digits, dot, dash, underscore and @ only");
export const passwordSchema = z.string().min(8, "At least 8 characters").max(256, "At most 256 characters");
export const roleSchema = z.enum(roles);

export const newUserSchema = z.object({ username: usernameSchema, password: passwordSchema, role: roleSchema });
export const changePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: passwordSchema });
export const apiKeyNameSchema = safeText().trim().min(1, "Give the key a name").max(80);

export const apiKeyScopeLabels: Record<ApiKeyScope, { label: string; description: string }> = {
  full: { label: "Full", description: "Everything your role may do" },
  "read-only": { label: "Read-only", description: "Reads the library, changes nothing (dashboards, phone apps)" },
  "requests-only": { label: "Requests only", description: "Browses the catalog and makes requests" },
};

export { apiKeyScopes, type ApiKeyScope };

export const apiKeyOptionsSchema = z.object({
  scope: z.enum(apiKeyScopes).default("full"),
  /** Days until the key stops working; none: it works until revoked. */
  expiresInDays: z.number().int().min(1, "At least 1 day").max(3650, "At most 10 years").nullable().default(null),
});
export type ApiKeyOptions = z.input<typeof apiKeyOptionsSchema>;
export const newApiKeySchema = apiKeyOptionsSchema.extend({ name: apiKeyNameSchema });
