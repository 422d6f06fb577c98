import type { EndpointSpec } from "../endpoint";
import { parseRelease } from "./release";
import { health, runSystemTask, systemStatus, systemTasks } from "./system";

export { health, runSystemTask, systemStatus, systemTasks } from "./system";
export { parseRelease } from "./release";

/** Every documented endpoint, in the order of the OpenAPI document. */
export const endpoints: EndpointSpec[] = [health, systemStatus, systemTasks, runSystemTask, parseRelease];
