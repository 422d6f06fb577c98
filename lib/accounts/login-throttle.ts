import { tx } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import {
  deleteThrottleRows,
  deleteThrottleRowsBefore,
  lockThrottleRow,
  saveThrottleRow,
  type ThrottleRow,
} from "./login-throttle.repo";

/**
 * Failed sign-ins slow down the one who fails, not the account: one counter per username and
 * client address (a wrong guess from the attacker's address never delays the real user elsewhere)
 * and one per address across all usernames (against password spraying). After the free attempts
 * each further failure doubles the wait before the next try. The counters live in the database, so
 * every web process shares them.
 */
export const loginThrottlePolicy = {
  perUserAndAddress: { free: 5, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 },
  perAddress: { free: 20, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 },
  /** A counter with no failure for this long starts over. */
  forgetAfterMs: 24 * 60 * 60_000,
} as const;

type Rule = { free: number; firstDelayMs: number; maxDelayMs: number };

export function loginThrottleKeys(username: string, address: string): { pair: string; address: string } {
  return { pair: `user:${username.trim().toLowerCase()}|ip:${address}`, address: `ip:${address}` };
}

function delayAfter(failures: number, rule: Rule): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.firstDelayMs * 2 ** Math.min(failures - rule.free - 1, 30), rule.maxDelayMs);
}

const current = (row: ThrottleRow, now: Date) =>
  now.getTime() - row.updatedAt.getTime() > loginThrottlePolicy.forgetAfterMs ? 0 : row.failures;

/**
 * Reserves one attempt for both counters before the password is checked, so a burst of parallel
 * requests cannot slip past the limit; throws RateLimitedError while either counter is waiting.
 * A successful sign-in hands the reservation back with `loginSucceeded`.
 */
export async function reserveLoginAttempt(username: string, address: string, now = new Date()): Promise<void> {
  const keys = loginThrottleKeys(username, address);
  const rules: [string, Rule][] = [
    [keys.pair, loginThrottlePolicy.perUserAndAddress],
    [keys.address, loginThrottlePolicy.perAddress],
  ];
  const waitMs = await tx(async (t) => {
    const rows = [];
    for (const [key] of rules) rows.push(await lockThrottleRow(t, key, now));
    const blocked = Math.max(...rows.map((row) => (row.blockedUntil ? row.blockedUntil.getTime() - now.getTime() : 0)));
    if (blocked > 0) return blocked;
    for (const [i, [key, rule]] of rules.entries()) {
      const failures = current(rows[i], now) + 1;
      const delay = delayAfter(failures, rule);
      await saveThrottleRow(t, key, {
        failures,
        blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null,
        updatedAt: now,
      });
    }
    return 0;
  });
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new RateLimitedError(
      `Too many failed sign-ins from this address. Try again in ${seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`}.`,
      seconds,
    );
  }
}

/** The password was right: this user's counter at this address starts over, the address gets its attempt back. */
export async function loginSucceeded(username: string, address: string, now = new Date()): Promise<void> {
  const keys = loginThrottleKeys(username, address);
  await deleteThrottleRows([keys.pair]);
  await tx(async (t) => {
    const row = await lockThrottleRow(t, keys.address, now);
    const failures = Math.max(current(row, now) - 1, 0);
    const delay = delayAfter(failures, loginThrottlePolicy.perAddress);
    await saveThrottleRow(t, keys.address, {
      failures,
      blockedUntil: delay > 0 ? row.blockedUntil : null,
      updatedAt: row.updatedAt,
    });
  });
}

/** Housekeeping: forgets counters with no failure for a day. */
export async function pruneLoginThrottles(now = new Date()): Promise<number> {
  return deleteThrottleRowsBefore(new Date(now.getTime() - loginThrottlePolicy.forgetAfterMs));
}
