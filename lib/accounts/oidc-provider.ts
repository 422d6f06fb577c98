import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { createHttpClient, HttpError, HttpStatusError, HttpUnavailableError } from "@/lib/http";
import { ValidationError } from "@/lib/errors";
import type { OidcClaims } from "./oidc-sign-in";
import type { OidcSettings } from "./sign-in-settings";

/** next-auth's provider id: the callback URL to register at the provider is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";
/** Every call to the provider (discovery, token, keys, userinfo) gives up after this long. */
export const OIDC_TIMEOUT_MS = 10_000;

export const discoveryUrl = (issuer: string) => `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;

/**
 * The provider for next-auth (openid-client underneath): discovery, authorization code with PKCE,
 * state and nonce, the ID token verified against the provider's keys. Claims are the ID token's
 * merged with the userinfo endpoint's (several providers put groups only there).
 */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: "oauth",
    wellKnown: discoveryUrl(settings.issuer),
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: settings.scopes } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    httpOptions: { timeout: OIDC_TIMEOUT_MS },
    userinfo: {
      async request({ client, tokens }) {
        // At run time next-auth hands over openid-client's TokenSet, typed as its plain parameters.
        const tokenSet = tokens as Parameters<typeof client.userinfo>[0] & { claims(): OidcClaims };
        const idClaims = tokenSet.claims();
        if (!client.issuer.metadata.userinfo_endpoint || !tokens.access_token) return idClaims;
        // openid-client checks that userinfo's subject is the ID token's.
        return { ...idClaims, ...(await client.userinfo(tokenSet)), sub: idClaims.sub };
      },
    },
    // The Mydia user is resolved in the signIn callback (auth-route.ts); this only names the subject.
    profile: (claims) => ({
      id: claims.sub,
      name: typeof claims.name === "string" ? claims.name : claims.sub,
      role: "readonly",
      tokenVersion: -1,
    }),
  };
}

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
  userinfo_endpoint: z.string().url().optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});

const tokenErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() }).passthrough();

/**
 * The settings form's Test: the discovery document (reachable, names this issuer) and the client
 * credentials, by redeeming a code that does not exist: providers authenticate the client first,
 * so invalid_client means a wrong ID or secret and invalid_grant means they were accepted.
 */
export async function probeOidcProvider(input: {
  issuer: string;
  clientId: string;
  clientSecret: string;
}): Promise<{ issuer: string; pkce: boolean }> {
  const http = createHttpClient({ service: "the sign-in provider", timeoutMs: OIDC_TIMEOUT_MS, retries: 0 });
  let discovery: z.output<typeof discoverySchema>;
  try {
    discovery = await http.getJson(discoveryUrl(input.issuer), discoverySchema);
  } catch (error) {
    const reason =
      error instanceof HttpUnavailableError
        ? `cannot be reached (${error.message})`
        : error instanceof HttpStatusError
          ? `answered HTTP ${error.status} for the discovery document`
          : error instanceof HttpError
            ? `sent no valid discovery document (${error.message})`
            : String(error);
    throw new ValidationError(`The issuer ${reason}.`, { fields: { issuer: reason } });
  }
  if (discovery.issuer.replace(/\/+$/, "") !== input.issuer.replace(/\/+$/, "")) {
    const message = `The provider calls itself ${discovery.issuer}: enter exactly that as the issuer URL`;
    throw new ValidationError(message, { fields: { issuer: message } });
  }
  const response = await http.call(discovery.token_endpoint, (ky) =>
    ky.post(discovery.token_endpoint, {
      throwHttpErrors: false,
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(input.clientId)}:${encodeURIComponent(input.clientSecret)}`).toString("base64")}`,
      },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: "mydia-connection-test",
        redirect_uri: "http://127.0.0.1/",
      }),
    }),
  );
  const body = tokenErrorSchema.safeParse(await response.json().catch(() => null));
  const error = body.success ? body.data.error : null;
  if (error === "invalid_client" || error === "unauthorized_client" || response.status === 401) {
    const message = "The provider refused this client ID and secret";
    throw new ValidationError(message, { fields: { clientSecret: message } });
  }
  return {
    issuer: discovery.issuer,
    pkce: discovery.code_challenge_methods_supported?.includes("S256") ?? true,
  };
}
