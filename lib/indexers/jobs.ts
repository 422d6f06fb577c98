import { systemActor } from "@/lib/accounts";
import { refreshDefinitions } from "./cardigann/definitions.service";

/** Handler of the `indexers.definitions` queue: the daily refresh of the Cardigann definitions. */
export function refreshDefinitionsHandler(): Promise<unknown> {
  return refreshDefinitions(systemActor);
}
