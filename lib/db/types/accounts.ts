export const roles = ["admin", "user", "requester", "readonly"] as const;
export type Role = (typeof roles)[number];
