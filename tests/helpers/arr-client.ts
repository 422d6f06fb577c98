import { expect } from "vitest";
import type { Persona } from "@/lib/arr";
import {
  GET as radarrGet,
  POST as radarrPost,
  PUT as radarrPut,
  DELETE as radarrDelete,
} from "@/app/radarr/api/[[...path]]/route";
import {
  GET as sonarrGet,
  POST as sonarrPost,
  PUT as sonarrPut,
  DELETE as sonarrDelete,
} from "@/app/sonarr/api/[[...path]]/route";
import { arrResponseErrors } from "./arr-reference";

type Handler = typeof radarrGet;
const handlers: Record<Persona, Record<string, Handler>> = {
  radarr: { GET: radarrGet, POST: radarrPost, PUT: radarrPut, DELETE: radarrDelete },
  sonarr: { GET: sonarrGet, POST: sonarrPost, PUT: sonarrPut, DELETE: sonarrDelete },
};

export interface ArrAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface ArrCallOptions {
  body?: unknown;
  /** How the key travels: `?apikey=` (Seerr, Homepage), X-Api-Key (Recyclarr, Prowlarr) or Bearer. */
  via?: "query" | "header" | "bearer" | "none";
  key?: string;
}

/**
 * Calls the persona's route handler in-process as a client would over HTTP:
 * `path` is what follows `/{persona}/api`, e.g. "/v3/movie?tmdbId=550".
 */
export function arrClient(persona: Persona, defaultKey: () => string) {
  const call = async (method: string, pathAndQuery: string, options: ArrCallOptions = {}): Promise<ArrAnswer> => {
    const key = options.key ?? defaultKey();
    const via = options.via ?? "header";
    const url = new URL(`http://127.0.0.1/${persona}/api${pathAndQuery}`);
    if (via === "query") url.searchParams.set("apikey", key);
    const headers: Record<string, string> = { accept: "application/json" };
    if (via === "header") headers["x-api-key"] = key;
    if (via === "bearer") headers.authorization = `Bearer ${key}`;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const request = new Request(url, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const segments = url.pathname.split("/").slice(3).filter(Boolean);
    const response = await handlers[persona][method](request, {
      params: Promise.resolve(segments.length ? { path: segments } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      headers: response.headers,
    };
  };

  /**
   * A call that must succeed and whose body must match the document's response schema for
   * `documentPath` (e.g. "/api/v3/movie/{id}"; defaults to the called path without its query).
   */
  const ok = async <T = unknown>(
    method: string,
    pathAndQuery: string,
    options: ArrCallOptions & { documentPath?: string; status?: number } = {},
  ): Promise<T> => {
    const answer = await call(method, pathAndQuery, options);
    expect(answer.status, `${method} ${pathAndQuery}: ${JSON.stringify(answer.body)}`).toBe(options.status ?? 200);
    const documentPath = options.documentPath ?? `/api${pathAndQuery.split("?")[0]}`;
    expect(
      arrResponseErrors(persona, method, documentPath, answer.status, answer.body),
      `${method} ${documentPath}`,
    ).toEqual([]);
    return answer.body as T;
  };

  return { call, ok };
}
