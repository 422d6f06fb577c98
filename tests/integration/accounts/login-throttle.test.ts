import { describe, expect, it, vi } from "vitest";
import { authenticate, createFirstAdmin, createUser, loginThrottlePolicy, type Actor } from "@/lib/accounts";
import { RateLimitedError } from "@/lib/errors";

const dialect = process.env.MYDIA_TEST_DIALECT ?? "sqlite";

/** Tries once; "allowed" when the password was checked (right or wrong), "limited" when refused unchecked. */
async function attempt(username: string, password: string, address: string, now: Date) {
  try {
    return (await authenticate(username, password, address, now)) ? "signed-in" : "allowed";
  } catch (error) {
    if (error instanceof RateLimitedError) return "limited";
    throw error;
  }
}

/** An attacker trying every `everyMs` for a minute of simulated time: how many tries get their password checked. */
async function triesPerMinute(start: Date, address: string, usernameFor: (i: number) => string, everyMs = 250) {
  let checked = 0;
  for (let t = 0; t < 60_000; t += everyMs) {
    const result = await attempt(usernameFor(t / everyMs), `guess ${t}`, address, new Date(start.getTime() + t));
    if (result !== "limited") checked++;
  }
  return checked;
}

describe(`sign-in throttling (${dialect})`, () => {
  let admin: Actor;
  const start = new Date("2026-06-01T12:00:00Z");

  it("an attack on the admin from one address does not lock the admin out from another", async () => {
    const created = await createFirstAdmin({ username: "root", password: "root password 1" });
    admin = { kind: "user", userId: created.id, username: "root", role: "admin", via: "session" };
    // 50 wrong passwords in 5 seconds from the attacker's address: refused long before the 50th.
    const results: string[] = [];
    for (let i = 0; i < 50; i++) {
      results.push(await attempt("root", `wrong ${i}`, "203.0.113.66", new Date(start.getTime() + i * 100)));
    }
    expect(results.filter((r) => r === "limited").length).toBeGreaterThan(40);
    // Even the right password is refused from the attacker's address while it waits...
    expect(await attempt("root", "root password 1", "203.0.113.66", new Date(start.getTime() + 5_000))).toBe("limited");
    // ...but the real admin, at home, signs in at once.
    const real = await authenticate("root", "root password 1", "198.51.100.7", new Date(start.getTime() + 5_000));
    expect(real).toMatchObject({ username: "root", role: "admin" });
  });

  it("the counters live in the database: a fresh process (new module state) still sees them", async () => {
    vi.resetModules();
    const fresh = await import("@/lib/accounts");
    await expect(
      fresh.authenticate("root", "root password 1", "203.0.113.66", new Date(start.getTime() + 6_000)),
    ).rejects.toBeInstanceOf((await import("@/lib/errors")).RateLimitedError);
  });

  it("delays grow: after the free tries each failure doubles the wait", async () => {
    await createUser(admin, { username: "gina", password: "gina password", role: "user" });
    const t0 = new Date(start.getTime() + 3_600_000);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const { free } = loginThrottlePolicy.perUserAndAddress;
    for (let i = 0; i < free; i++) expect(await attempt("gina", "wrong", "192.0.2.10", at(i))).toBe("allowed");
    expect(await attempt("gina", "wrong", "192.0.2.10", at(free))).toBe("allowed"); // sets a 1 s wait
    expect(await attempt("gina", "wrong", "192.0.2.10", at(free + 500))).toBe("limited");
    expect(await attempt("gina", "wrong", "192.0.2.10", at(free + 1_001))).toBe("allowed"); // now 2 s
    expect(await attempt("gina", "wrong", "192.0.2.10", at(free + 2_500))).toBe("limited");
    expect(await attempt("gina", "wrong", "192.0.2.10", at(free + 3_002))).toBe("allowed"); // now 4 s
    expect(await attempt("gina", "gina password", "192.0.2.10", at(free + 6_000))).toBe("limited");
    // The right password after the wait signs in and resets this user's counter at this address.
    expect(await attempt("gina", "gina password", "192.0.2.10", at(free + 7_003))).toBe("signed-in");
    expect(await attempt("gina", "wrong", "192.0.2.10", at(free + 7_004))).toBe("allowed");
  });

  it("measures tries per minute an attacker gets, per username and per address (password spraying)", async () => {
    for (let i = 0; i < 5; i++) {
      await createUser(admin, { username: `spray${i}`, password: "spray password", role: "readonly" });
    }
    const t0 = new Date(start.getTime() + 2 * 3_600_000);
    // One username from one address, four tries a second.
    const perUsername = await triesPerMinute(t0, "203.0.113.1", () => "root");
    // Many usernames from one address (spraying), four tries a second.
    const perAddress = await triesPerMinute(t0, "203.0.113.2", (i) => `spray${i % 5}`);
    console.log(
      `[${dialect}] sign-in tries checked in the first minute, at 4 tries/s: ${perUsername} per username+address, ${perAddress} per address across usernames`,
    );
    // Before: 10 per username (then the account locked for everyone) and unlimited per address with a
    // made-up X-Forwarded-For. Now: a handful, and the limits only ever apply to the attacker's address.
    expect(perUsername).toBeLessThanOrEqual(12);
    expect(perAddress).toBeLessThanOrEqual(30);
  });
});
