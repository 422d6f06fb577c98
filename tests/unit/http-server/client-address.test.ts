import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFromHeaders,
  prepareIncomingRequest,
  resolveClientAddress,
  TrustedProxies,
} from "@/lib/http-server";
import { safeCallbackPath } from "@/lib/accounts/callback-url";

const none = new TrustedProxies([]);
const proxies = new TrustedProxies(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);

describe("client address", () => {
  it("ignores X-Forwarded-For unless the peer is a trusted proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("::ffff:192.0.2.1", "6.6.6.6", none)).toBe("192.0.2.1");
    expect(resolveClientAddress("192.0.2.1", "6.6.6.6", proxies)).toBe("192.0.2.1");
  });

  it("behind trusted proxies takes the right-most address that is not a proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", proxies)).toBe("198.51.100.7");
    // The client made up the left entry; the proxies appended the real one and themselves.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3", proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:10.0.0.5", ["6.6.6.6", "203.0.113.9"], proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("fd12::1", undefined, proxies)).toBe("fd12::1");
  });

  it("drops forwarded headers from untrusted peers and sets the one header handlers read", () => {
    const request = {
      socket: { remoteAddress: "192.0.2.44" },
      headers: {
        host: "mydia.lan:3000",
        "x-forwarded-for": "6.6.6.6",
        "x-forwarded-host": "evil.invalid",
        "x-forwarded-proto": "https",
        forwarded: "for=6.6.6.6;host=evil.invalid",
        [CLIENT_ADDRESS_HEADER]: "1.1.1.1",
      } as Record<string, string | undefined>,
    };
    prepareIncomingRequest(request, none);
    expect(request.headers).toEqual({ host: "mydia.lan:3000", [CLIENT_ADDRESS_HEADER]: "192.0.2.44" });
    expect(clientAddressFromHeaders(new Headers({ [CLIENT_ADDRESS_HEADER]: "192.0.2.44" }))).toBe("192.0.2.44");

    const proxied = {
      socket: { remoteAddress: "127.0.0.1" },
      headers: { "x-forwarded-for": "198.51.100.7", "x-forwarded-host": "mydia.example.com" } as Record<
        string,
        string | undefined
      >,
    };
    prepareIncomingRequest(proxied, proxies);
    expect(proxied.headers).toMatchObject({
      "x-forwarded-host": "mydia.example.com",
      [CLIENT_ADDRESS_HEADER]: "198.51.100.7",
    });
  });

  it("TRUSTED_PROXIES accepts addresses and CIDR ranges only", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8,::1,fd00::/8" }).TRUSTED_PROXIES).toBeDefined();
    for (const bad of ["localhost", "10.0.0.0/33", "1.2.3", "10.0.0.0/8/1", "::1/129"]) {
      expect(() => parseEnv({ TRUSTED_PROXIES: bad })).toThrow(ConfigError);
    }
  });
});

describe("callback after sign-in", () => {
  const origin = "http://127.0.0.1:3000";
  it.each([
    "/\\evil.invalid",
    "/\t/evil.invalid",
    "//evil.invalid",
    "/.//evil.invalid",
    "https://evil.invalid/",
    "javascript:alert(1)",
  ])("refuses %j", (callback) => {
    expect(safeCallbackPath(callback, origin)).toBe("/");
  });
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeCallbackPath("/movies?sort=title#top", origin)).toBe("/movies?sort=title#top");
    expect(safeCallbackPath(`${origin}/tv`, origin)).toBe("/tv");
    expect(safeCallbackPath(undefined, origin)).toBe("/");
  });
});
