import { z } from "zod";
import type { Actor, Capability } from "@/lib/accounts";
import type { Persona } from "./persona";

export type ArrMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface ArrRouteContext<P, Q, B> {
  actor: Actor;
  persona: Persona;
  params: P;
  query: Q;
  body: B;
  request: Request;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * One endpoint of the *arr v3 API, under `/{persona}/api/v3/`. `path` is relative to that base, with
 * `{name}` segments (e.g. `movie/{id}`); literal segments win over `{name}` ones (`movie/lookup`).
 * The handler answers the body; `undefined` answers an empty 200, as Radarr does for DELETE.
 */
export interface ArrRoute<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  personas: readonly Persona[];
  method: ArrMethod;
  path: string;
  access: Capability;
  params?: P;
  query?: Q;
  body?: B;
  status?: number;
  handle: (ctx: ArrRouteContext<Out<P>, Out<Q>, Out<B>>) => Promise<unknown>;
}

export function defineArrRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  route: ArrRoute<P, Q, B>,
): ArrRoute {
  return route;
}

const both: readonly Persona[] = ["radarr", "sonarr"];
export const bothPersonas = both;

/** Query values arrive as strings (several when a key repeats); these read them the way Radarr's binder does. */
export const arrQuery = {
  bool: () =>
    z
      .union([z.boolean(), z.enum(["true", "false", "True", "False", "1", "0"])])
      .transform((value) => value === true || value === "true" || value === "True" || value === "1"),
  int: () => z.coerce.number().int(),
  intList: () =>
    z
      .union([z.string(), z.array(z.string())])
      .transform((value): unknown[] => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(",")))
      .pipe(z.array(z.coerce.number().int())),
  date: () => z.coerce.date(),
};

/** `{id}` path parameters: integer ids, as every *arr resource has. */
export const idParams = z.object({ id: z.coerce.number().int() });
