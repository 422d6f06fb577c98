import { beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator, systemActor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { getQualityProfile, listQualityProfiles } from "@/lib/quality";
import { entityIdOf } from "@/lib/arr/ids";
import { arrClient } from "@/tests/helpers/arr-client";

let adminKey = "";
const radarr = arrClient("radarr", () => adminKey);
const sonarr = arrClient("sonarr", () => adminKey);

interface Item {
  id?: number;
  name?: string;
  quality?: { id: number; name: string };
  items: Item[];
  allowed: boolean;
}
interface Profile {
  id: number;
  name: string;
  cutoff: number;
  items: Item[];
  upgradeAllowed: boolean;
  minFormatScore: number;
  cutoffFormatScore: number;
  minUpgradeFormatScore: number;
  formatItems: { format: number; name: string; score: number }[];
  language?: { id: number; name: string };
}

const names = (items: Item[]) =>
  items.flatMap((i) => (i.quality ? [i.quality.name] : i.items.map((s) => s.quality!.name)));

beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "arr-qp", password: "arr admin password", role: "admin" });
  adminKey = (await createApiKeyForUser(admin.id, "arr")).key;
});

describe("qualityprofile", () => {
  it("lists Mydia's profiles in each persona's quality numbering, worst first", async () => {
    const movies = await radarr.ok<Profile[]>("GET", "/v3/qualityprofile");
    const series = await sonarr.ok<Profile[]>("GET", "/v3/qualityprofile");
    const mydia = await listQualityProfiles(systemActor);
    expect(movies.map((p) => p.name)).toEqual(mydia.map((p) => p.name));
    expect(series.map((p) => p.id)).toEqual(movies.map((p) => p.id));

    const hd = movies.find((p) => p.name === "HD-1080p")!;
    // Radarr numbers the 1080p remux 30 and calls it Remux-1080p; Bluray-1080p (7) is the cutoff.
    expect(hd.cutoff).toBe(7);
    const remux = hd.items.find((i) => i.quality?.name === "Remux-1080p")!;
    expect(remux).toMatchObject({ quality: { id: 30 }, allowed: true });
    expect(names(hd.items).at(-1)).toBe("Remux-2160p");
    expect(names(hd.items)[0]).toBe("Unknown");
    const web = hd.items.find((i) => i.name === "WEB 1080p")!;
    expect(web.id).toBeGreaterThanOrEqual(1000);
    expect(web.items.map((s) => s.quality!.name)).toEqual(["WEBDL-1080p", "WEBRip-1080p"]);
    expect(hd.language).toEqual({ id: -1, name: "Any" });

    const seriesHd = series.find((p) => p.name === "HD-1080p")!;
    expect(names(seriesHd.items)).not.toContain("CAM");
    expect(names(seriesHd.items)).toContain("Bluray-1080p Remux");
    expect(seriesHd).not.toHaveProperty("language");
    expect(
      await radarr.ok("GET", `/v3/qualityprofile/${hd.id}`, { documentPath: "/api/v3/qualityprofile/{id}" }),
    ).toEqual(hd);
    expect((await sonarr.call("GET", "/v3/qualityprofile/999999")).status).toBe(404);
  });

  it("creates a profile from the schema as Recyclarr does, reads it back unchanged, updates and deletes it", async () => {
    const schema = await radarr.ok<Omit<Profile, "id">>("GET", "/v3/qualityprofile/schema");
    expect(schema.items.every((i) => !i.allowed)).toBe(true);
    const allow = new Set(["Bluray-1080p", "WEB 1080p", "Remux-1080p"]);
    const items = schema.items.map((i) => ({
      ...i,
      allowed: allow.has(i.quality?.name ?? i.name ?? ""),
      items: i.items.map((s) => ({ ...s, allowed: allow.has(i.name ?? "") })),
    }));
    const body = {
      ...schema,
      name: "Recyclarr HD",
      upgradeAllowed: true,
      cutoff: 7,
      items,
      minFormatScore: 10,
      cutoffFormatScore: 1000,
    };
    const created = await radarr.ok<Profile>("POST", "/v3/qualityprofile", { body });
    expect(created).toMatchObject({ name: "Recyclarr HD", cutoff: 7, minFormatScore: 10, cutoffFormatScore: 1000 });
    expect(created.items).toEqual(items);
    const stored = await getQualityProfile(systemActor, await entityIdOf("qualityprofile", created.id));
    expect(stored.items.find((i) => i.name === "WEB 1080p")?.allowed).toBe(true);

    // Sonarr sees the same profile without the qualities it lacks; a PUT through Sonarr keeps them.
    const viaSonarr = await sonarr.ok<Profile>("GET", `/v3/qualityprofile/${created.id}`, {
      documentPath: "/api/v3/qualityprofile/{id}",
    });
    expect(names(viaSonarr.items)).not.toContain("BR-DISK");
    const reordered = { ...viaSonarr, upgradeAllowed: false, items: [...viaSonarr.items].reverse().reverse() };
    const updated = await sonarr.ok<Profile>("PUT", `/v3/qualityprofile/${created.id}`, {
      body: reordered,
      documentPath: "/api/v3/qualityprofile/{id}",
    });
    expect(updated.upgradeAllowed).toBe(false);
    expect(updated.items).toEqual(viaSonarr.items);
    const afterSonarr = await radarr.ok<Profile>("GET", `/v3/qualityprofile/${created.id}`, {
      documentPath: "/api/v3/qualityprofile/{id}",
    });
    expect(names(afterSonarr.items).sort()).toEqual(names(created.items).sort());

    await radarr.ok("DELETE", `/v3/qualityprofile/${created.id}`, { documentPath: "/api/v3/qualityprofile/{id}" });
    expect((await radarr.call("GET", `/v3/qualityprofile/${created.id}`)).status).toBe(404);
    const viaSeries = await sonarr.ok<Profile>("POST", "/v3/qualityprofile", {
      body: { ...viaSonarr, id: undefined, name: "Made through Sonarr" },
    });
    expect(names(viaSeries.items)).toEqual(names(viaSonarr.items));
    await sonarr.ok("DELETE", `/v3/qualityprofile/${viaSeries.id}`, { documentPath: "/api/v3/qualityprofile/{id}" });
  });

  it("refuses with a 400 what the persona cannot express", async () => {
    const [firstProfile] = await sonarr.ok<Profile[]>("GET", "/v3/qualityprofile");
    const withCam = {
      ...firstProfile,
      items: [...firstProfile.items, { quality: { id: 25, name: "CAM" }, items: [], allowed: true }],
    };
    const answer = await sonarr.call("PUT", `/v3/qualityprofile/${firstProfile.id}`, { body: withCam });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual([
      expect.objectContaining({ propertyName: "items", errorMessage: expect.stringContaining("25") }),
    ]);
    const missing = { ...firstProfile, items: firstProfile.items.slice(1) };
    expect((await sonarr.call("PUT", `/v3/qualityprofile/${firstProfile.id}`, { body: missing })).status).toBe(400);
  });
});

describe("language", () => {
  it("lists the language ids profiles and formats use, on both personas", async () => {
    for (const client of [radarr, sonarr]) {
      const languages = await client.ok<{ id: number; name: string }[]>("GET", "/v3/language");
      expect(languages.slice(0, 4).map((l) => l.name)).toEqual(["Any", "Original", "Unknown", "English"]);
      expect(await client.ok("GET", "/v3/language/2", { documentPath: "/api/v3/language/{id}" })).toEqual({
        id: 2,
        name: "French",
        nameLower: "french",
      });
      expect((await client.call("GET", "/v3/language/999")).status).toBe(404);
    }
  });
});
