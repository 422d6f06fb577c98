import { api, handleEndpoint } from "@/lib/api";
import { listProblems } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listProblemsEndpoint, async ({ actor }) => ({
  items: await listProblems(actor),
}));
