import { describe, expect, it } from "vitest";
import { publicOrigin } from "@/lib/http-server";

const unset = { baseUrl: "http://localhost:3000", baseUrlConfigured: false };
const headers = (values: Record<string, string>) => new Headers(values);

describe("#13.11 the address users reach Mydia at (the iCal link)", () => {
  it("is the address the browser asked for, not localhost", () => {
    expect(publicOrigin(headers({ host: "192.168.1.20:3000" }), unset)).toBe("http://192.168.1.20:3000");
    expect(publicOrigin(headers({ host: "nas.local:8080" }), unset)).toBe("http://nas.local:8080");
    expect(publicOrigin(headers({ host: "[fd00::5]:3000" }), unset)).toBe("http://[fd00::5]:3000");
  });

  it("follows a proxy's forwarded host and scheme (the web server keeps them only from trusted proxies)", () => {
    expect(
      publicOrigin(
        headers({ host: "127.0.0.1:3000", "x-forwarded-host": "media.example.com", "x-forwarded-proto": "https" }),
        unset,
      ),
    ).toBe("https://media.example.com");
    expect(
      publicOrigin(
        headers({ host: "a", "x-forwarded-host": "b.example, c", "x-forwarded-proto": "https,http" }),
        unset,
      ),
    ).toBe("https://b.example");
  });

  it("is BASE_URL when it is set, and the default when the Host header is not a host", () => {
    expect(
      publicOrigin(headers({ host: "192.168.1.20:3000" }), {
        baseUrl: "https://mydia.example.com",
        baseUrlConfigured: true,
      }),
    ).toBe("https://mydia.example.com");
    expect(publicOrigin(headers({ host: "evil.example/path?x=<script>" }), unset)).toBe("http://localhost:3000");
    expect(publicOrigin(headers({}), unset)).toBe("http://localhost:3000");
  });
});
