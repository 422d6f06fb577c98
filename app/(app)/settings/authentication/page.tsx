import type { Metadata } from "next";
import { headers } from "next/headers";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { getSignInSettings } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { getConfig } from "@/lib/config";
import { SignInSettingsForm } from "./sign-in-settings-form";

export const metadata: Metadata = { title: "Authentication settings" };

export default async function AuthenticationSettingsPage() {
  const actor = await requirePageActor("admin");
  const settings = await getSignInSettings(actor);
  const config = getConfig();
  // Without BASE_URL, next-auth builds the redirect URI from the address the browser used (as here).
  const request = await headers();
  const origin = config.baseUrlConfigured
    ? config.BASE_URL.replace(/\/+$/, "")
    : `${request.get("x-forwarded-proto") ?? "http"}://${request.get("x-forwarded-host") ?? request.get("host")}`;
  return (
    <>
      <PageHeader
        title="Authentication"
        description="Single sign-on with OpenID Connect (Authelia, Authentik, Keycloak, Pocket ID, Google) and password sign-in."
      />
      <Card>
        <CardContent>
          <SignInSettingsForm settings={settings} redirectUri={`${origin}/api/auth/callback/oidc`} />
        </CardContent>
      </Card>
    </>
  );
}
