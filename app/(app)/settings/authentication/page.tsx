import type { Metadata } from "next";
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
  return (
    <>
      <PageHeader
        title="Authentication"
        description="Single sign-on with OpenID Connect (Authelia, Authentik, Keycloak, Pocket ID, Google) and password sign-in."
      />
      <Card>
        <CardContent>
          <SignInSettingsForm
            settings={settings}
            callbackUrl={`${config.BASE_URL.replace(/\/+$/, "")}/api/auth/callback/oidc`}
            baseUrlConfigured={config.baseUrlConfigured}
          />
        </CardContent>
      </Card>
    </>
  );
}
