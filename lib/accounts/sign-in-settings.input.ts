import { z } from "zod";
import { safeText } from "@/lib/text";
import { roles } from "./roles";

/** How a first OIDC sign-in finds an existing local user to link to. */
export const oidcLinkModes = ["off", "email", "username"] as const;
export type OidcLinkMode = (typeof oidcLinkModes)[number];

const claimName = safeText()
  .trim()
  .min(1, "Name the claim")
  .max(100)
  .regex(/^[\w:/.-]+$/, "Letters, digits and . _ - : / only (a dot reads inside an object: realm_access.roles)");

export const roleMappingSchema = z.object({
  value: safeText().trim().min(1, "Enter the group or claim value").max(200),
  role: z.enum(roles),
});
export type RoleMapping = z.infer<typeof roleMappingSchema>;

const issuerSchema = z
  .string()
  .trim()
  .url("Enter the issuer URL, e.g. https://auth.example.com")
  .refine((value) => /^https?:\/\//.test(value), "The issuer URL starts with https:// (or http:// on a LAN)")
  .transform((value) => value.replace(/\/+$/, ""));

/** The admin form. An empty client secret keeps the stored one (unless the issuer changed). */
export const signInSettingsInput = z.object({
  localLogin: z.boolean(),
  oidcEnabled: z.boolean(),
  name: safeText().trim().min(1, "Name the provider (shown on the sign-in button)").max(40),
  issuer: issuerSchema.or(z.literal("")),
  clientId: safeText().trim().max(300),
  clientSecret: z.string().max(1000).optional(),
  scopes: safeText()
    .trim()
    .max(300)
    .refine((value) => value.split(/\s+/).includes("openid"), "The scopes must include openid"),
  roleClaim: claimName,
  roleMappings: z.array(roleMappingSchema).max(50),
  defaultRole: z.enum(roles).nullable(),
  autoCreate: z.boolean(),
  linkBy: z.enum(oidcLinkModes),
});
export type SignInSettingsInput = z.input<typeof signInSettingsInput>;

/** What the settings page and the API may see: the client secret only as "set". */
export interface SignInSettingsView {
  localLogin: boolean;
  oidcEnabled: boolean;
  name: string;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  scopes: string;
  roleClaim: string;
  roleMappings: RoleMapping[];
  defaultRole: (typeof roles)[number] | null;
  autoCreate: boolean;
  linkBy: OidcLinkMode;
}

/** For the sign-in page: what it may offer. */
export interface LoginOptions {
  localLogin: boolean;
  /** The provider's display name, when OIDC sign-in is on. */
  oidc: { name: string } | null;
}
