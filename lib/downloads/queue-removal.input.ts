import { z } from "zod";

/** How a download leaves the queue: also out of its client (with its data), also onto the blocklist. */
export const queueRemovalInput = z.strictObject({ removeFromClient: z.boolean(), blocklist: z.boolean() });
export type QueueRemovalInput = z.input<typeof queueRemovalInput>;
