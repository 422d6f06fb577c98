import { api, handleEndpoint } from "@/lib/api";
import { runTask } from "@/lib/system";

export const POST = handleEndpoint(api.runSystemTask, ({ actor, params }) => runTask(actor, params.name));
