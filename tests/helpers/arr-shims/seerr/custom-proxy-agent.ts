/** Seerr's `@server/utils/customProxyAgent`: no proxy in tests, requests pass unchanged. */
export const requestInterceptorFunction = <T>(config: T): T => config;
