import type { Metadata } from "next";
import { ChannelsSection } from "@/components/notifications/channels-section";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { channelKinds, listChannels, notificationKinds } from "@/lib/notifications";
import { deleteAdminChannelAction, saveAdminChannelAction, testAdminChannelAction } from "./actions";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requirePageActor("admin");
  const channels = await listChannels(actor, "admin");
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Channels for the household's admins: every request, grabs, imports, failures and health problems. Members choose their own on their profile."
      />
      <ChannelsSection
        title="Admin channels"
        description="Each message is sent by a background job and retried with back-off when the receiver fails; the latest attempts show under each channel."
        channels={channels}
        kinds={notificationKinds}
        channelKinds={channelKinds}
        actions={{ save: saveAdminChannelAction, test: testAdminChannelAction, remove: deleteAdminChannelAction }}
      />
    </>
  );
}
