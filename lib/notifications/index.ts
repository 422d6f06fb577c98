export { notificationKinds, notificationKindLabels, personalKinds, type NotificationKind } from "./kinds";
export { draftFromEvent, type NotificationDraft, type NotificationSubject } from "./from-events";
export {
  listNotifications,
  unreadCount,
  markNotificationsRead,
  markReadSchema,
  type MarkReadInput,
  type NotificationView,
} from "./notifications.service";
export { dispatchPendingEvents, type DispatchResult } from "./dispatch";
export { notificationsPushHandler } from "./push/push-job";
export {
  pushPublicKey,
  subscribePush,
  unsubscribePush,
  isPushSubscribed,
  testPush,
  pushSubscriptionSchema,
  pushEndpointSchema,
  type PushSubscriptionInput,
} from "./push/push.service";
export { notificationsDispatchHandler, notificationsSendHandler, queueDeliveries } from "./send";
export { startLiveDispatcher } from "./live-dispatcher";
export { listChannels, saveChannel, deleteChannel, testChannel } from "./channels/channels.service";
export {
  channelInputSchema,
  channelRefSchema,
  type ChannelInput,
  type ChannelRef,
  type ChannelTestResult,
  type ChannelView,
} from "./channels/channel.schemas";
export { channelDefinitions, channelKinds, personalChannelKinds, type ChannelKind } from "./channels/definitions";
export { numericId } from "./channels/webhook-body";
