import { api, handleEndpoint } from "@/lib/api";
import { parse, toParseSummary } from "@/lib/release";

export const POST = handleEndpoint(api.parseRelease, async ({ body }) =>
  toParseSummary(parse(body.title, body.hintKind ? { kind: body.hintKind } : undefined)),
);
