import { apiKeyScopes, type ApiKeyScope } from "@/lib/db/types";

export { apiKeyScopes, type ApiKeyScope };

export const apiKeyScopeLabels: Record<ApiKeyScope, { label: string; description: string }> = {
  full: { label: "Full", description: "Everything your role may do" },
  "read-only": { label: "Read-only", description: "Reads the library, changes nothing (dashboards, phone apps)" },
  "requests-only": { label: "Requests only", description: "Browses the catalog and makes requests" },
};
