import { beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { can, roles, type Role } from "@/lib/accounts/roles";
import { arrRoutes, personas } from "@/lib/arr";
import { arrClient } from "@/tests/helpers/arr-client";

/**
 * Every endpoint of both personas, called with no key and with each role's key: no key → 401, a role
 * without the endpoint's capability → 403, a role with it → neither (nor a 500), whatever the
 * placeholder arguments make of the call.
 */
const keys = new Map<Role, string>();

beforeAll(async () => {
  for (const role of roles) {
    const user = await createUserAsOperator({ username: `arr-${role}`, password: `arr ${role} password 1`, role });
    keys.set(role, (await createApiKeyForUser(user.id, "arr")).key);
  }
});

describe("*arr endpoints: every role gets exactly what its capability allows", () => {
  for (const persona of personas) {
    const client = arrClient(persona, () => "");
    for (const route of arrRoutes.filter((r) => r.personas.includes(persona))) {
      it(`${persona} ${route.method} ${route.path} needs ${route.access}`, async () => {
        const path = `/v3/${route.path.replace(/\{[^}]+\}/g, "999999")}`;
        const body = route.method === "POST" || route.method === "PUT" ? {} : undefined;
        const anonymous = await client.call(route.method, path, { via: "none", body });
        expect(anonymous.status).toBe(401);
        for (const role of roles) {
          const answer = await client.call(route.method, path, { key: keys.get(role)!, body });
          if (!can(role, route.access)) expect(answer.status, role).toBe(403);
          else expect([401, 403, 500], `${role}: ${JSON.stringify(answer.body)}`).not.toContain(answer.status);
        }
      });
    }
  }
});
