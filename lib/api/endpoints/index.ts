import type { EndpointSpec } from "../endpoint";
import { health, runSystemTask, systemStatus, systemTasks } from "./system";

export { health, runSystemTask, systemStatus, systemTasks } from "./system";

/** Every documented endpoint, in the order of the OpenAPI document. */
export const endpoints: EndpointSpec[] = [health, systemStatus, systemTasks, runSystemTask];
