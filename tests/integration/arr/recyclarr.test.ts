import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import type { Persona } from "@/lib/arr";
import * as v1Formats from "@/app/api/v1/custom-formats/route";
import * as v1Profile from "@/app/api/v1/quality-profiles/[id]/route";
import * as v1Definitions from "@/app/api/v1/quality-definitions/route";
import { entityIdOf } from "@/lib/arr/ids";
import { mkdirSync } from "node:fs";
import { createLibrary, listLibraries } from "@/lib/library";
import { readAutomationSettings, updateAutomationSettings } from "@/lib/automation";
import { systemActor } from "@/lib/accounts";
import { arrClient } from "@/tests/helpers/arr-client";
import { useAllowedRoot } from "@/tests/integration/library/helpers";

/**
 * Recyclarr's sync, step by step as it calls the API (X-Api-Key): the appName check, custom formats
 * from TRaSH JSON (create, then update on the next run), a quality profile with format scores, quality
 * sizes, naming and media management; every read-back equal to what was sent, and the same data in
 * Mydia's own /api/v1.
 */
interface TrashSpec {
  name: string;
  implementation: string;
  negate: boolean;
  required: boolean;
  fields: Record<string, unknown>;
}
interface TrashFormat {
  trash_id: string;
  trash_scores: { default: number };
  name: string;
  includeCustomFormatWhenRenaming: boolean;
  specifications: TrashSpec[];
}
const trash = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../fixtures/trash/formats.json"), "utf8"),
) as Record<"radarr" | "sonarr" | "refused", TrashFormat[]>;

interface ArrField {
  name: string;
  value: unknown;
}
interface ArrFormat {
  id: number;
  name: string;
  includeCustomFormatWhenRenaming: boolean;
  specifications: { name: string; implementation: string; negate: boolean; required: boolean; fields: ArrField[] }[];
}
interface ArrProfile {
  id: number;
  name: string;
  cutoff: number;
  upgradeAllowed: boolean;
  items: { id?: number; name?: string; quality?: { id: number; name: string }; items: unknown[]; allowed: boolean }[];
  minFormatScore: number;
  cutoffFormatScore: number;
  minUpgradeFormatScore: number;
  formatItems: { format: number; name: string; score: number }[];
}
interface ArrDefinition {
  id: number;
  quality: { id: number; name: string };
  title: string;
  minSize: number | null;
  maxSize: number | null;
  preferredSize: number | null;
}

/** What Recyclarr sends for a guide format: the guide's `fields` object becomes the API's [{name, value}]. */
const toRequest = (f: TrashFormat) => ({
  name: f.name,
  includeCustomFormatWhenRenaming: f.includeCustomFormatWhenRenaming,
  specifications: f.specifications.map((s) => ({
    name: s.name,
    implementation: s.implementation,
    negate: s.negate,
    required: s.required,
    fields: Object.entries(s.fields).map(([name, value]) => ({ name, value })),
  })),
});

/** Recyclarr's comparison: name, flags, and the value of every field the guide names. */
function expectSameFormat(actual: ArrFormat, guide: TrashFormat) {
  expect(actual.name).toBe(guide.name);
  expect(actual.includeCustomFormatWhenRenaming).toBe(guide.includeCustomFormatWhenRenaming);
  expect(actual.specifications).toHaveLength(guide.specifications.length);
  guide.specifications.forEach((spec, index) => {
    const got = actual.specifications[index];
    expect({ ...got, fields: undefined }).toMatchObject({ ...spec, fields: undefined });
    for (const [name, value] of Object.entries(spec.fields))
      expect(got.fields.find((f) => f.name === name)?.value, `${guide.name} / ${spec.name} / ${name}`).toEqual(value);
  });
}

let adminKey = "";
beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "recyclarr", password: "recyclarr password", role: "admin" });
  adminKey = (await createApiKeyForUser(admin.id, "recyclarr")).key;
  const root = await useAllowedRoot("recyclarr");
  for (const [name, kind] of [
    ["Movies", "movie"],
    ["Series", "tv"],
    ["Kids series", "tv"],
  ] as const) {
    mkdirSync(path.join(root, name));
    await createLibrary(systemActor, { name, kind, path: path.join(root, name) });
  }
});

type V1Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function v1(handler: V1Handler, url: string, params: Record<string, string> = {}) {
  const response = await handler(new Request(`http://localhost${url}`, { headers: { "x-api-key": adminKey } }), {
    params: Promise.resolve(params),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as unknown;
}

async function syncFormats(persona: Persona, guide: TrashFormat[]): Promise<Map<string, number>> {
  const client = arrClient(persona, () => adminKey);
  const existing = await client.ok<ArrFormat[]>("GET", "/v3/customformat");
  const ids = new Map<string, number>();
  for (const format of guide) {
    const same = existing.find((f) => f.name === format.name);
    const saved = same
      ? await client.ok<ArrFormat>("PUT", `/v3/customformat/${same.id}`, {
          body: { ...toRequest(format), id: same.id },
          documentPath: "/api/v3/customformat/{id}",
        })
      : await client.ok<ArrFormat>("POST", "/v3/customformat", { body: toRequest(format) });
    expectSameFormat(saved, format);
    ids.set(format.name, saved.id);
  }
  return ids;
}

describe.each(["radarr", "sonarr"] as const)("Recyclarr against the %s persona", (persona) => {
  const client = arrClient(persona, () => adminKey);
  const guide = trash[persona];

  it("checks appName, syncs the guide's custom formats twice and reads them back unchanged", async () => {
    const status = await client.ok<{ appName: string; version: string }>("GET", "/v3/system/status");
    expect(status.appName).toBe(persona === "radarr" ? "Radarr" : "Sonarr");
    if (persona === "sonarr") expect(Number(status.version.split(".")[0])).toBeGreaterThanOrEqual(4);

    const first = await syncFormats(persona, guide);
    const second = await syncFormats(persona, guide);
    expect(second).toEqual(first);
    for (const format of guide) {
      const read = await client.ok<ArrFormat>("GET", `/v3/customformat/${first.get(format.name)}`, {
        documentPath: "/api/v3/customformat/{id}",
      });
      expectSameFormat(read, format);
    }
    const listed = await client.ok<ArrFormat[]>("GET", "/v3/customformat");
    for (const format of guide)
      expectSameFormat(
        listed.find((f) => f.name === format.name)!,
        format,
      );
    const schema = await client.ok<{ implementation: string; fields: ArrField[] }[]>("GET", "/v3/customformat/schema");
    for (const spec of guide.flatMap((f) => f.specifications))
      expect(schema.map((s) => s.implementation)).toContain(spec.implementation);

    // Mydia's own API holds the same formats, with conditions it evaluates.
    const mydia = (await v1(v1Formats.GET, "/api/v1/custom-formats")) as {
      name: string;
      conditions: { type: string }[];
    }[];
    for (const format of guide)
      expect(mydia.find((f) => f.name === format.name)?.conditions).toHaveLength(format.specifications.length);
  });

  it("refuses a format Mydia cannot evaluate with a 400 that names it, and stores nothing", async () => {
    for (const format of trash.refused) {
      const answer = await client.call("POST", "/v3/customformat", { body: toRequest(format) });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).toMatch(/lookbehind/);
    }
    const madeUp = {
      name: "Audio channels",
      specifications: [
        { name: "5.1", implementation: "AudioChannelSpecification", negate: false, required: false, fields: [] },
      ],
    };
    const answer = await client.call("POST", "/v3/customformat", { body: madeUp });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain("AudioChannelSpecification");
    const names = (await client.ok<ArrFormat[]>("GET", "/v3/customformat")).map((f) => f.name);
    expect(names).not.toContain("Audio channels");
    expect(names).not.toContain(trash.refused[0].name);

    // A format the guide dropped is deleted, with its scores in every profile.
    const dropped = await client.ok<ArrFormat>("POST", "/v3/customformat", {
      body: toRequest({ ...guide[0], name: `Dropped ${persona}` }),
    });
    await client.ok("DELETE", `/v3/customformat/${dropped.id}`, { documentPath: "/api/v3/customformat/{id}" });
    expect((await client.call("GET", `/v3/customformat/${dropped.id}`)).status).toBe(404);
  });

  it("creates a quality profile with the guide's scores, updates it on the next run, and Mydia shows the same", async () => {
    const formats = await client.ok<ArrFormat[]>("GET", "/v3/customformat");
    const scoreOf = new Map(guide.map((f) => [f.name, f.trash_scores.default]));
    const schema = await client.ok<Omit<ArrProfile, "id">>("GET", "/v3/qualityprofile/schema");
    const allowed = new Set(["Bluray-1080p", "WEB 1080p", "HDTV-1080p"]);
    // A group's qualities carry the group's flag, as Radarr and Sonarr store them.
    const items = schema.items.map((item) => {
      const on = allowed.has(item.quality?.name ?? item.name ?? "");
      return { ...item, allowed: on, items: item.items.map((sub) => ({ ...(sub as object), allowed: on })) };
    });
    const formatItems = formats.map((f) => ({ format: f.id, name: f.name, score: scoreOf.get(f.name) ?? 0 }));
    const body = {
      ...schema,
      name: `TRaSH ${persona}`,
      upgradeAllowed: true,
      cutoff: 7,
      items,
      minFormatScore: 0,
      cutoffFormatScore: 10000,
      minUpgradeFormatScore: 1,
      formatItems,
    };
    const created = await client.ok<ArrProfile>("POST", "/v3/qualityprofile", { body });
    expect(created.formatItems).toEqual(formatItems.map((f) => ({ ...f, name: f.name })));
    expect(created.items).toEqual(items);

    // Next run: the guide changed one score and the cutoff score.
    const changed = {
      ...created,
      cutoffFormatScore: 9000,
      formatItems: created.formatItems.map((f) => (f.name === guide[0].name ? { ...f, score: -5000 } : f)),
    };
    const updated = await client.ok<ArrProfile>("PUT", `/v3/qualityprofile/${created.id}`, {
      body: changed,
      documentPath: "/api/v3/qualityprofile/{id}",
    });
    expect(updated).toEqual(changed);
    expect(
      await client.ok("GET", `/v3/qualityprofile/${created.id}`, { documentPath: "/api/v3/qualityprofile/{id}" }),
    ).toEqual(changed);

    const mydiaId = await entityIdOf("qualityprofile", created.id);
    const mydia = (await v1(v1Profile.GET, `/api/v1/quality-profiles/${mydiaId}`, { id: mydiaId })) as {
      name: string;
      cutoffFormatScore: number;
      formatScores: Record<string, number>;
    };
    expect(mydia.name).toBe(`TRaSH ${persona}`);
    expect(mydia.cutoffFormatScore).toBe(9000);
    expect(Object.values(mydia.formatScores).sort()).toEqual(
      changed.formatItems
        .map((f) => f.score)
        .filter((s) => s !== 0)
        .sort(),
    );
  });

  it("updates quality sizes in bulk and reads them back", async () => {
    const definitions = await client.ok<ArrDefinition[]>("GET", "/v3/qualitydefinition");
    const limits = await client.ok<{ min: number; max: number }>("GET", "/v3/qualitydefinition/limits");
    const guideSizes: Record<string, [number, number, number]> = {
      "Bluray-1080p": [50.4, 180, 400],
      "WEBDL-1080p": [12.5, 90, 400],
      "HDTV-720p": [10, 60, 300],
    };
    const sent = definitions.map((d) => {
      const sizes = guideSizes[d.quality.name];
      return sizes ? { ...d, minSize: sizes[0], preferredSize: sizes[1], maxSize: Math.min(sizes[2], limits.max) } : d;
    });
    await client.ok("PUT", "/v3/qualitydefinition/update", { body: sent });
    expect(await client.ok("GET", "/v3/qualitydefinition")).toEqual(sent);
    const one = sent.find((d) => d.quality.name === "Bluray-1080p")!;
    expect(
      await client.ok("GET", `/v3/qualitydefinition/${one.id}`, { documentPath: "/api/v3/qualitydefinition/{id}" }),
    ).toEqual(one);
    const renamed = await client.ok<ArrDefinition>("PUT", `/v3/qualitydefinition/${one.id}`, {
      body: { ...one, title: "Blu-ray 1080p", maxSize: null },
      documentPath: "/api/v3/qualitydefinition/{id}",
    });
    expect(renamed).toMatchObject({ title: "Blu-ray 1080p", maxSize: null, minSize: 50.4 });
    const mydia = (await v1(v1Definitions.GET, "/api/v1/quality-definitions")) as {
      name: string;
      title: string;
      minSize: number;
    }[];
    expect(mydia.find((s) => s.name === "Bluray-1080p")).toMatchObject({ title: "Blu-ray 1080p", minSize: 50.4 });
    const tooBig = await client.call("PUT", "/v3/qualitydefinition/update", {
      body: [{ ...one, maxSize: limits.max + 1 }],
    });
    expect(tooBig.status).toBe(400);
  });
});

/** TRaSH's recommended naming, as Recyclarr sends it (only tokens Mydia fills). */
const trashNaming = {
  radarr: {
    renameMovies: true,
    colonReplacementFormat: "dash",
    standardMovieFormat:
      "{Movie CleanTitle} {(Release Year)} {imdb-{ImdbId}} - {Edition Tags }{[Quality Full]}{[MediaInfo VideoDynamicRangeType]}{[Mediainfo AudioCodec}{ Mediainfo AudioChannels]}{[Mediainfo VideoCodec]}{-Release Group}",
    movieFolderFormat: "{Movie CleanTitle} ({Release Year}) {tmdb-{TmdbId}}",
  },
  sonarr: {
    renameEpisodes: true,
    colonReplacementFormat: 4,
    multiEpisodeStyle: 5,
    standardEpisodeFormat:
      "{Series TitleYear} - S{season:00}E{episode:00} - {Episode CleanTitle} {[Quality Full]}{[MediaInfo VideoDynamicRangeType]}{[Mediainfo AudioCodec}{ Mediainfo AudioChannels]}{[MediaInfo VideoCodec]}{-Release Group}",
    dailyEpisodeFormat: "{Series TitleYear} - {Air-Date} - {Episode CleanTitle} {[Quality Full]}{-Release Group}",
    animeEpisodeFormat:
      "{Series TitleYear} - S{season:00}E{episode:00} - {absolute:000} - {Episode CleanTitle} {[Quality Full]}{-Release Group}",
    seriesFolderFormat: "{Series TitleYear} {tvdb-{TvdbId}}",
    seasonFolderFormat: "Season {season:00}",
  },
};

describe.each(["radarr", "sonarr"] as const)("Recyclarr's naming and media management on %s", (persona) => {
  const client = arrClient(persona, () => adminKey);

  it("writes the guide's naming to every library of the kind and reads it back unchanged", async () => {
    const current = await client.ok<Record<string, unknown>>("GET", "/v3/config/naming");
    const sent: Record<string, unknown> = { ...current, ...trashNaming[persona] };
    const saved = await client.ok("PUT", `/v3/config/naming/${current.id as number}`, {
      body: sent,
      documentPath: "/api/v3/config/naming/{id}",
    });
    expect(saved).toEqual(sent);
    expect(await client.ok("GET", "/v3/config/naming")).toEqual(sent);
    expect(await client.ok("GET", "/v3/config/naming/1", { documentPath: "/api/v3/config/naming/{id}" })).toEqual(sent);
    // Some clients PUT without the id.
    expect(await client.call("PUT", "/v3/config/naming", { body: sent })).toMatchObject({ status: 200, body: sent });
    const kind = persona === "radarr" ? "movie" : "tv";
    const libraries = (await listLibraries(systemActor)).filter((l) => l.kind === kind);
    expect(libraries.length).toBeGreaterThan(0);
    for (const library of libraries)
      expect(persona === "radarr" ? library.naming.movieFile : library.naming.episodeFile).toBe(
        persona === "radarr" ? trashNaming.radarr.standardMovieFormat : trashNaming.sonarr.standardEpisodeFormat,
      );

    // The guide's full format also names {Custom Formats}, which Mydia cannot fill: refused, naming kept.
    const field = persona === "radarr" ? "standardMovieFormat" : "standardEpisodeFormat";
    const refused = await client.call("PUT", `/v3/config/naming/${current.id as number}`, {
      body: { ...sent, [field]: `${sent[field] as string} {[Custom Formats]}` },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual([
      expect.objectContaining({ propertyName: field, errorMessage: expect.stringContaining("{[Custom Formats]}") }),
    ]);
    expect(await client.ok("GET", "/v3/config/naming")).toEqual(sent);
  });

  it("sets hardlinks and the recycle-bin cleanup, and refuses settings Mydia does not offer", async () => {
    // Propers are one setting for both personas: each run starts from Mydia's default.
    await updateAutomationSettings(systemActor, { propersAndRepacks: "prefer-and-upgrade" });
    const current = await client.ok<Record<string, unknown>>("GET", "/v3/config/mediamanagement");
    expect(current.recycleBin).toMatch(/\.mydia-recycle$/);
    expect(current.downloadPropersAndRepacks).toBe("preferAndUpgrade");
    // TRaSH's media management: propers are left to the Repack/Proper custom format.
    const sent = {
      ...current,
      copyUsingHardlinks: false,
      recycleBinCleanupDays: 14,
      downloadPropersAndRepacks: "doNotPrefer",
    };
    const saved = await client.ok("PUT", `/v3/config/mediamanagement/${current.id as number}`, {
      body: sent,
      documentPath: "/api/v3/config/mediamanagement/{id}",
    });
    expect(saved).toEqual(sent);
    expect(await client.ok("GET", "/v3/config/mediamanagement")).toEqual(sent);
    expect(
      await client.ok("GET", "/v3/config/mediamanagement/1", { documentPath: "/api/v3/config/mediamanagement/{id}" }),
    ).toEqual(sent);
    expect(await client.call("PUT", "/v3/config/mediamanagement", { body: sent })).toMatchObject({
      status: 200,
      body: sent,
    });
    const kind = persona === "radarr" ? "movie" : "tv";
    for (const library of (await listLibraries(systemActor)).filter((l) => l.kind === kind))
      expect(library).toMatchObject({ importMode: "copy", recycleDays: 14 });
    expect((await readAutomationSettings()).propersAndRepacks).toBe("do-not-prefer");

    const permissions = await client.call("PUT", `/v3/config/mediamanagement/${current.id as number}`, {
      body: { ...sent, setPermissionsLinux: true, copyUsingHardlinks: true },
    });
    expect(permissions.status).toBe(400);
    expect(permissions.body).toEqual([expect.objectContaining({ propertyName: "setPermissionsLinux" })]);
    expect(await client.ok("GET", "/v3/config/mediamanagement")).toEqual(sent);
  });
});
