/** Seerr's `@server/lib/settings`: only what its *arr clients read. */
export interface DVRSettings {
  hostname: string;
  port: number;
  useSsl: boolean;
  baseUrl?: string;
}

export function getSettings() {
  return { network: { apiRequestTimeout: 15_000 } };
}
