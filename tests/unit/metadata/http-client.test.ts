import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createHttpClient,
  HttpAuthError,
  HttpParseError,
  HttpRateLimitedError,
  HttpStatusError,
  HttpUnavailableError,
} from "@/lib/http";
import { fixture, startFakeTmdb, type FakeTmdb } from "../../helpers/fake-tmdb";

describe("the shared HTTP client against the fake TMDB", () => {
  let fake: FakeTmdb;
  beforeAll(async () => {
    fake = await startFakeTmdb({ apiKey: "0123456789abcdef0123456789abcdef" });
  });
  afterAll(() => fake.stop());

  const client = (timeoutMs = 2000) =>
    createHttpClient({ service: "TMDB", baseUrl: fake.url, timeoutMs, maxRetryAfterMs: 1500 });
  const anyJson = z.record(z.string(), z.unknown());

  it("sends its user agent and parses with zod", async () => {
    fake.clearOverrides();
    const body = await client().getJson("movie/550", anyJson, {
      searchParams: { api_key: "0123456789abcdef0123456789abcdef" },
    });
    expect(body.title).toBe("Fight Club");
    expect(fake.requests.at(-1)!.headers["user-agent"]).toMatch(/^Mydia\//);
  });

  it("maps 401 to HttpAuthError with TMDB's message", async () => {
    const error = await client()
      .getJson("movie/550", anyJson, { searchParams: { api_key: "wrong" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpAuthError);
    expect((error as HttpAuthError).serviceMessage).toContain("Invalid API key");
  });

  it("retries a 429 after a short Retry-After, then fails with how long to wait", async () => {
    fake.override("movie/550", {
      status: 429,
      body: { status_code: 25, status_message: "over the limit" },
      headers: { "retry-after": "1" },
    });
    const before = fake.requests.length;
    const error = await client()
      .getJson("movie/550", anyJson)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpRateLimitedError);
    expect((error as HttpRateLimitedError).retryAfterSeconds).toBe(1);
    expect(fake.requests.length - before).toBe(3); // first try + 2 retries
  });

  it("does not wait out a long Retry-After inside a call", async () => {
    fake.override("movie/550", { status: 429, body: {}, headers: { "retry-after": "120" } });
    const before = fake.requests.length;
    const error = await client()
      .getJson("movie/550", anyJson)
      .catch((e: unknown) => e);
    expect((error as HttpRateLimitedError).retryAfterSeconds).toBe(120);
    expect(fake.requests.length - before).toBe(1);
  });

  it("gives up on a peer that hangs with HttpUnavailableError(timeout)", async () => {
    fake.override("movie/550", { hang: true });
    const started = Date.now();
    const error = await createHttpClient({ service: "TMDB", baseUrl: fake.url, timeoutMs: 300, retries: 0 })
      .getJson("movie/550", anyJson)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpUnavailableError);
    expect((error as HttpUnavailableError).reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("maps 404 to HttpStatusError and a wrong shape to HttpParseError", async () => {
    fake.clearOverrides();
    const missing = await client()
      .getJson("movie/1", anyJson, { searchParams: { api_key: "0123456789abcdef0123456789abcdef" } })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(HttpStatusError);
    expect((missing as HttpStatusError).status).toBe(404);
    fake.override("movie/550", { status: 200, body: fixture("tmdb-api-rs/validation-error.json") });
    const bad = await client()
      .getJson("movie/550", z.object({ id: z.number() }))
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(HttpParseError);
  });

  it("maps a refused connection to HttpUnavailableError(network)", async () => {
    const error = await createHttpClient({ service: "TMDB", baseUrl: "http://127.0.0.1:9/3", retries: 0 })
      .getJson("movie/550", anyJson)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpUnavailableError);
    expect((error as HttpUnavailableError).reason).toBe("network");
  });
});
