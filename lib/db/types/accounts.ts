export const roles = ["admin", "user", "requester", "readonly"] as const;
export type Role = (typeof roles)[number];

/** What an API key may do within its owner's role: everything, only read, or only browse and request. */
export const apiKeyScopes = ["full", "read-only", "requests-only"] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];
