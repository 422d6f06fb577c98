import { createServer as createHttpServer } from "node:http";
import { createServer as createNetServer, type Socket } from "node:net";

export interface BadServer {
  port: number;
  close(): Promise<void>;
}

/** An HTTP server that answers every request with 200 and a body no download client would send. */
export async function startGarbageServer(body: string, contentType = "text/html"): Promise<BadServer> {
  const server = createHttpServer((req, res) => {
    req.resume();
    res.writeHead(200, { "content-type": contentType });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that accepts connections and never answers (a hung client). */
export async function startSilentServer(): Promise<BadServer> {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
