import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { apiKeyScopes, listApiKeys, ownSignInLinks, roleLabels, scopedRole } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { ApiKeys } from "./api-keys";
import { ChangePasswordForm } from "./change-password-form";
import { SingleSignOn } from "./single-sign-on";
import { ChannelsSection } from "@/components/notifications/channels-section";
import { PushDevice } from "@/components/notifications/push-device";
import { listChannels, personalChannelKinds, personalKinds } from "@/lib/notifications";
import {
  deletePersonalChannelAction,
  savePersonalChannelAction,
  testPersonalChannelAction,
} from "./notification-actions";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const actor = await requirePageActor("browse");
  const [keys, signIns, channels] = await Promise.all([
    listApiKeys(actor),
    ownSignInLinks(actor),
    listChannels(actor, "personal"),
  ]);
  return (
    <>
      <PageHeader
        title={actor.username}
        description={`${roleLabels[actor.role].label}: ${roleLabels[actor.role].description.toLowerCase()}.`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {signIns.hasPassword && <ChangePasswordForm />}
        {(signIns.provider || signIns.linked.length > 0) && (
          <SingleSignOn
            provider={signIns.provider}
            hasPassword={signIns.hasPassword}
            linked={signIns.linked.map((identity) => ({
              label: identity.label,
              linkedAt: identity.linkedAt.toISOString(),
              lastLoginAt: identity.lastLoginAt?.toISOString() ?? null,
            }))}
          />
        )}
        <ApiKeys
          scopes={apiKeyScopes.filter((scope) => scopedRole(actor.role, scope))}
          keys={keys.map((k) => ({
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            createdAt: k.createdAt.toISOString(),
            lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
            revokedAt: k.revokedAt?.toISOString() ?? null,
            scope: k.scope,
            expiresAt: k.expiresAt?.toISOString() ?? null,
          }))}
        />
      </div>
      <div className="mt-6 grid gap-6">
        <PushDevice />
        <ChannelsSection
          title="My notifications"
          description="Where news about your own requests reaches you (approved, declined, available) besides the bell."
          channels={channels}
          kinds={personalKinds}
          channelKinds={personalChannelKinds}
          actions={{
            save: savePersonalChannelAction,
            test: testPersonalChannelAction,
            remove: deletePersonalChannelAction,
          }}
        />
      </div>
    </>
  );
}
