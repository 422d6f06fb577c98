import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

const b64url = (buf: Buffer) => buf.toString("base64url");

/**
 * A local stand-in for a browser's push service plus the browser's keys: hands out a subscription
 * (endpoint on 127.0.0.1, p256dh and auth as a browser makes them), checks each request's VAPID
 * Authorization (an ES256 JWT signed by the key the header names, audience = the endpoint's origin) and
 * decrypts the aes128gcm body (RFC 8291) as the browser would.
 */
export async function startPushEndpoint() {
  const device = createECDH("prime256v1");
  device.generateKeys();
  const authSecret = randomBytes(16);
  const received: { headers: IncomingHttpHeaders; path: string; payload: unknown; jwt: Record<string, unknown> }[] = [];
  const queued: number[] = [];

  function decrypt(body: Buffer): string {
    const salt = body.subarray(0, 16);
    const keyIdLength = body.readUInt8(20);
    const senderPublic = body.subarray(21, 21 + keyIdLength);
    const record = body.subarray(21 + keyIdLength);
    const shared = device.computeSecret(senderPublic);
    const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), device.getPublicKey(), senderPublic]);
    const ikm = Buffer.from(hkdfSync("sha256", shared, authSecret, keyInfo, 32));
    const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
    const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
    const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    // The last record ends with the delimiter 0x02, then zero padding.
    return plain.subarray(0, plain.lastIndexOf(2)).toString("utf8");
  }

  function checkVapid(header: string | undefined, origin: string): Record<string, unknown> {
    const match = /^vapid t=([^,]+), k=(.+)$/.exec(header ?? "");
    if (!match) throw new Error(`no VAPID Authorization header: ${header}`);
    const [head, claims, signature] = match[1].split(".");
    const raw = Buffer.from(match[2], "base64url");
    const key = createPublicKey({
      key: { kty: "EC", crv: "P-256", x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33, 65)) },
      format: "jwk",
    });
    const ok = verify(
      "sha256",
      Buffer.from(`${head}.${claims}`),
      { key, dsaEncoding: "ieee-p1363" },
      Buffer.from(signature, "base64url"),
    );
    if (!ok) throw new Error("the VAPID JWT signature does not verify");
    const parsed = JSON.parse(Buffer.from(claims, "base64url").toString("utf8")) as Record<string, unknown>;
    if (parsed.aud !== origin) throw new Error(`the JWT's audience ${String(parsed.aud)} is not ${origin}`);
    return { ...parsed, publicKey: match[2] };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const status = queued.shift() ?? 201;
      try {
        const jwt = checkVapid(req.headers.authorization, origin);
        if (req.headers["content-encoding"] !== "aes128gcm") throw new Error("not aes128gcm");
        received.push({
          headers: req.headers,
          path: req.url ?? "",
          jwt,
          payload: JSON.parse(decrypt(Buffer.concat(chunks))) as unknown,
        });
        res.writeHead(status).end();
      } catch (error) {
        res.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    answerNext: (...statuses: number[]) => queued.push(...statuses),
    subscription: (id: string) => ({
      endpoint: `${origin}/push/${id}`,
      keys: { p256dh: b64url(device.getPublicKey()), auth: b64url(authSecret) },
    }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
