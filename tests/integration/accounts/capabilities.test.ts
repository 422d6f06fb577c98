import { describe, expect, it } from "vitest";
import { can, roles, type Actor, type Role } from "@/lib/accounts";
import { listMovies, listSeries, calendar } from "@/lib/catalog";
import { listDownloadClients, listHistory, listQueue } from "@/lib/downloads";
import { ForbiddenError } from "@/lib/errors";
import { listIndexers } from "@/lib/indexers";
import { createLibrary, listLibraries, listMediaFiles } from "@/lib/library";
import { useAllowedRoot } from "../library/helpers";

const as = (role: Role): Actor => ({ kind: "user", userId: `${role}-id`, username: role, role, via: "api-key" });

describe("roles are capability sets, not ranks (#16.14)", () => {
  it("a requester is not a rank above read-only: it cannot read the library's inner side", () => {
    expect(can("requester", "request")).toBe(true);
    expect(can("requester", "browse")).toBe(true);
    expect(can("requester", "read")).toBe(false);
    expect(can("readonly", "request")).toBe(false);
    expect(can("readonly", "read")).toBe(true);
    expect(can("user", "admin")).toBe(false);
    for (const role of roles) expect(can("admin", "read") && can(role, "browse")).toBe(true);
  });

  it("requesters get 403 on libraries, files, queue, history, indexers and clients; read-only reads them", async () => {
    const root = await useAllowedRoot("capabilities");
    const library = await createLibrary(as("admin"), { name: "Films", kind: "movie", path: root });

    const inner: Array<(actor: Actor) => Promise<unknown>> = [
      (a) => listLibraries(a),
      (a) => listMediaFiles(a, { movieId: "any" }),
      (a) => listQueue(a),
      (a) => listHistory(a, {}),
      (a) => listIndexers(a),
      (a) => listDownloadClients(a),
    ];
    for (const read of inner) await expect(read(as("requester"))).rejects.toBeInstanceOf(ForbiddenError);

    const seen = await listLibraries(as("readonly"));
    expect(seen.map((l) => l.path)).toContain(library.path);
    await expect(listMediaFiles(as("readonly"), { movieId: "any" })).resolves.toBeDefined();
    await expect(listQueue(as("readonly"))).resolves.toBeDefined();
  });

  it("requesters still see the catalog's public face", async () => {
    await expect(listMovies(as("requester"))).resolves.toMatchObject({ total: 0 });
    await expect(listSeries(as("requester"))).resolves.toMatchObject({ total: 0 });
    await expect(calendar(as("requester"), { start: "2026-01-01", end: "2026-01-31" })).resolves.toBeDefined();
  });
});
