import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpBodyTooLargeError } from "@/lib/http";
import { SiteSession } from "@/lib/indexers/cardigann/http";

/** A Cardigann site that answers without end: the session stops reading at its limit instead of holding it all. */
let server: Server;
let url = "";
let closed = false;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/x-bittorrent" });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once("drain", pump);
    };
    res.on("close", () => (closed = true));
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("Cardigann site session", () => {
  it("gives up on an endless answer at 20 MB and closes the connection", async () => {
    const session = new SiteSession({
      key: "endless",
      name: "Endless",
      siteLink: `${url}/`,
      encoding: "utf-8",
      timeoutMs: 20_000,
      requestDelayMs: 0,
    });
    await expect(session.request(`${url}/download.php?id=1`)).rejects.toBeInstanceOf(HttpBodyTooLargeError);
    await expect.poll(() => closed).toBe(true);
  });
});
