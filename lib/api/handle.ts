import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Actor, Capability } from "@/lib/accounts";
import { requireRequestActor } from "@/lib/accounts/next";
import { fieldError, httpStatusOf, parseInput, RateLimitedError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { EndpointSpec } from "./endpoint";
import { INTERNAL_ERROR_MESSAGE, toDomainError } from "./error-mapping";

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Public endpoints have no actor; every other endpoint has an authenticated one. */
export type ActorFor<M> = M extends "public" ? null : Actor;

export interface EndpointContext<P, Q, B, A extends Actor | null = Actor> {
  actor: A;
  params: P;
  query: Q;
  body: B;
  request: Request;
}

export function errorResponse(thrown: unknown): NextResponse {
  const error = toDomainError(thrown);
  if (!error)
    return NextResponse.json({ error: { code: "internal", message: INTERNAL_ERROR_MESSAGE } }, { status: 500 });
  const status = httpStatusOf(error);
  const headers = error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
  return NextResponse.json(
    { error: { code: error.code, message: error.message, details: error.details } },
    { status, headers },
  );
}

/** A request's JSON body; an empty body reads as {}, anything not JSON is a ValidationError. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("The request body is not valid JSON");
  }
}

/** A body sent back as GET returned it carries the resource's id: it must be the one in the path. */
function assertSameId(params: Record<string, unknown>, body: unknown): void {
  if (typeof params.id !== "string" || typeof body !== "object" || body === null || !("id" in body)) return;
  if (body.id !== undefined && body.id !== params.id)
    throw fieldError("id", `must be the one in the path (${params.id}), not ${String(body.id)}`);
}

/**
 * A route handler for a spec: authenticates (API key or session) and checks the role, validates
 * params, query and body with zod, runs the handler and maps errors to { error: { code, message, details } }.
 */
export function handleEndpoint<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
  M extends Capability | "public",
>(
  spec: EndpointSpec<P, Q, B, R, M>,
  handler: (ctx: EndpointContext<Out<P>, Out<Q>, Out<B>, ActorFor<M>>) => Promise<z.input<R>>,
) {
  return async (
    request: Request,
    context: { params: Promise<Record<string, string | string[]>> },
  ): Promise<Response> => {
    try {
      const actor = (spec.access === "public" ? null : await requireRequestActor(request, spec.access)) as ActorFor<M>;
      const rawParams = (await context?.params) ?? {};
      const params = (spec.params ? parseInput(spec.params, rawParams) : undefined) as Out<P>;
      const url = new URL(request.url);
      const query = (spec.query ? parseInput(spec.query, Object.fromEntries(url.searchParams)) : undefined) as Out<Q>;
      const rawBody = spec.body ? await readJsonBody(request) : undefined;
      // Only an update takes back a resource as GET returned it; other bodies may name other things "id".
      if (spec.method === "PUT" || spec.method === "PATCH") assertSameId(rawParams, rawBody);
      const body = (spec.body ? parseInput(spec.body, rawBody) : undefined) as Out<B>;
      const result = await handler({ actor, params, query, body, request });
      return NextResponse.json(result, { status: spec.successStatus ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A streaming route handler for a spec with contentType application/x-ndjson: authenticates and
 * validates like handleEndpoint (errors answer with their status), then writes each item the
 * handler yields as one JSON line. A failure mid-stream becomes a last `{ type: "error" }` line.
 */
export function handleStreamEndpoint<Q extends z.ZodType, R extends z.ZodType, M extends Capability>(
  spec: EndpointSpec<z.ZodType, Q, z.ZodType, R, M>,
  handler: (ctx: EndpointContext<undefined, Out<Q>, undefined, Actor>) => Promise<AsyncIterator<z.input<R>>>,
) {
  return async (request: Request): Promise<Response> => {
    let events: AsyncIterator<z.input<R>>;
    try {
      const actor = await requireRequestActor(request, spec.access);
      const query = (
        spec.query ? parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined
      ) as Out<Q>;
      events = await handler({ actor, params: undefined, query, body: undefined, request });
    } catch (error) {
      return errorResponse(error);
    }
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await events.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
        } catch (error) {
          logger.error({ err: error }, "stream failed");
          controller.enqueue(encoder.encode(`${JSON.stringify({ type: "error", message: "the stream failed" })}\n`));
          controller.close();
        }
      },
      async cancel() {
        await events.return?.(undefined);
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": `${spec.contentType ?? "application/x-ndjson"}; charset=utf-8`,
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
      },
    });
  };
}
