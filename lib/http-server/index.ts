export { TrustedProxies, isProxyEntry, parseProxyList } from "./trusted-proxies";
export {
  CLIENT_ADDRESS_HEADER,
  clientAddressFromHeaders,
  prepareIncomingRequest,
  resolveClientAddress,
} from "./client-address";
export { publicOrigin } from "./public-origin";
