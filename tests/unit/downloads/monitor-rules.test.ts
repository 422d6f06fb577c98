import { describe, expect, it } from "vitest";
import { seedGoalReached, secondsSeeded } from "@/lib/downloads/lifecycle/seed-goal";
import { lastProgressOf, stalledMessage } from "@/lib/downloads/lifecycle/stalled";

const t0 = new Date("2025-01-01T12:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("stalled detection", () => {
  const row = (status: string, progress: number, lastProgressAt: Date | null) => ({ status, progress, lastProgressAt });
  const item = (status: "downloading" | "queued" | "paused" | "stalled", downloadSpeed = 0) => ({
    status,
    downloadSpeed,
  });

  it("starts the clock on first sight, on progress, while data flows, and when a download starts after waiting", () => {
    expect(lastProgressOf(row("queued", 0, null), item("downloading"), 0, at(5))).toEqual(at(5));
    expect(lastProgressOf(row("downloading", 10, t0), item("downloading"), 10.1, at(5))).toEqual(at(5));
    expect(lastProgressOf(row("downloading", 10, t0), item("downloading", 1), 10, at(5))).toEqual(at(5));
    expect(lastProgressOf(row("queued", 0, t0), item("downloading"), 0, at(90))).toEqual(at(90));
    expect(lastProgressOf(row("paused", 40, t0), item("downloading"), 40, at(90))).toEqual(at(90));
    expect(lastProgressOf(row("downloading", 10, t0), item("downloading"), 10, at(90))).toEqual(t0);
    expect(lastProgressOf(row("stalled", 10, t0), item("stalled"), 10, at(90))).toEqual(t0);
  });

  it("flags only downloads meant to be downloading, after the timeout; 0 never", () => {
    expect(stalledMessage("downloading", t0, 60, at(59))).toBeNull();
    expect(stalledMessage("downloading", t0, 60, at(60))).toBe("No progress for 1 hour");
    expect(stalledMessage("stalled", t0, 60, at(150))).toBe("No progress for 2 hours");
    expect(stalledMessage("warning", t0, 5, at(7))).toBe("No progress for 7 minutes");
    expect(stalledMessage("downloading", t0, 60, at(3 * 24 * 60))).toBe("No progress for 3 days");
    expect(stalledMessage("queued", t0, 60, at(600))).toBeNull();
    expect(stalledMessage("paused", t0, 60, at(600))).toBeNull();
    expect(stalledMessage("verifying", t0, 60, at(600))).toBeNull();
    expect(stalledMessage("downloading", t0, 0, at(10_000))).toBeNull();
  });
});

describe("seed goals", () => {
  const seeding = (
    ratio: number | null,
    seedingTimeSeconds: number | null,
    status: "seeding" | "completed" = "seeding",
  ) => ({ status, ratio, seedingTimeSeconds });

  it("is reached by either limit that is set", () => {
    expect(seedGoalReached({ seedRatioLimit: 1, seedTimeMinutes: null }, seeding(0.99, 10_000), t0, at(1))).toBeNull();
    expect(seedGoalReached({ seedRatioLimit: 1, seedTimeMinutes: null }, seeding(1.004, 120), t0, at(2))).toBe(
      "seed goal reached (ratio 1.00 / 2 min)",
    );
    expect(seedGoalReached({ seedRatioLimit: 2, seedTimeMinutes: 60 }, seeding(0.5, 3_600), at(-60), at(0))).toBe(
      "seed goal reached (ratio 0.50 / 60 min)",
    );
    expect(
      seedGoalReached({ seedRatioLimit: 2, seedTimeMinutes: 60 }, seeding(null, 3_599), at(-59), at(0)),
    ).toBeNull();
    expect(seedGoalReached({ seedRatioLimit: null, seedTimeMinutes: null }, seeding(50, 1e9), t0, at(1e6))).toBeNull();
    expect(seedGoalReached({ seedRatioLimit: 0, seedTimeMinutes: null }, seeding(0, 0), t0, t0)).toBe(
      "seed goal reached (ratio 0.00 / 0 min)",
    );
  });

  it("counts the client's seeding time, or the time since it finished while it seeds", () => {
    expect(secondsSeeded(seeding(0, 30), at(-10), at(0))).toBe(600);
    expect(secondsSeeded(seeding(0, 7_200), at(-10), at(0))).toBe(7_200);
    expect(secondsSeeded(seeding(0, null), null, at(0))).toBe(0);
    // Stopped: only what the client counted.
    expect(secondsSeeded(seeding(0, 30, "completed"), at(-10), at(0))).toBe(30);
  });
});
