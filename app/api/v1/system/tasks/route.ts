import { api, handleEndpoint } from "@/lib/api";
import { listTasks } from "@/lib/system";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.systemTasks, async ({ actor }) => ({ items: await listTasks(actor) }));
