"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import type { InteractiveDecision, InteractiveRelease, InteractiveSearchEvent } from "@/lib/automation";
import type { ReleaseState } from "@/lib/downloads";
import type { SearchSubject } from "@/lib/indexers";

export interface IndexerProgress {
  id: string;
  name: string;
  state: "waiting" | "ok" | "failed" | "skipped";
  count: number;
  message: string | null;
  elapsedMs: number | null;
}

export interface SearchState {
  releases: InteractiveRelease[];
  indexers: IndexerProgress[];
  /** Verdicts by release id, with their order (best first). */
  decisions: Map<string, { view: InteractiveDecision; order: number }>;
  running: boolean;
  error: string | null;
  elapsedMs: number | null;
}

type Action =
  | { type: "start" }
  | { type: "event"; event: InteractiveSearchEvent }
  | { type: "failed"; message: string }
  | { type: "stopped" }
  | { type: "state"; releaseId: string; state: ReleaseState };

const initial: SearchState = {
  releases: [],
  indexers: [],
  decisions: new Map(),
  running: false,
  error: null,
  elapsedMs: null,
};

const updateIndexer = (state: SearchState, id: string, change: Partial<IndexerProgress>): SearchState => ({
  ...state,
  indexers: state.indexers.map((i) => (i.id === id ? { ...i, ...change } : i)),
});

function apply(state: SearchState, event: InteractiveSearchEvent): SearchState {
  switch (event.type) {
    case "started":
      return {
        ...state,
        indexers: event.indexers.map((i) => ({ ...i, state: "waiting", count: 0, message: null, elapsedMs: null })),
      };
    case "results":
      return updateIndexer({ ...state, releases: [...state.releases, ...event.releases] }, event.indexer.id, {
        state: "ok",
        count: event.releases.length,
        elapsedMs: event.elapsedMs,
      });
    case "failed":
      return updateIndexer(state, event.indexer.id, {
        state: "failed",
        message: event.message,
        elapsedMs: event.elapsedMs,
      });
    case "skipped":
      return updateIndexer(state, event.indexer.id, { state: "skipped", message: event.reason });
    case "decisions":
      return { ...state, decisions: new Map(event.decisions.map((view, order) => [view.releaseId, { view, order }])) };
    case "decisions-failed":
      return { ...state, error: `Releases could not be judged against the quality profile: ${event.message}` };
    case "done":
      return { ...state, elapsedMs: event.elapsedMs };
    case "error":
      return { ...state, error: event.message };
  }
}

function reducer(state: SearchState, action: Action): SearchState {
  switch (action.type) {
    case "start":
      return { ...initial, decisions: new Map(), running: true };
    case "event":
      return apply(state, action.event);
    case "failed":
      return { ...state, error: action.message };
    case "stopped":
      return { ...state, running: false };
    case "state":
      return {
        ...state,
        releases: state.releases.map((r) => (r.id === action.releaseId ? { ...r, state: action.state } : r)),
      };
  }
}

const queryOf = (subject: SearchSubject): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(subject))
    if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
};

/**
 * Streams NDJSON from /api/v1/releases/stream into one state: releases as each indexer answers,
 * each indexer's outcome, the verdicts. Starts on mount and again on `run()`.
 */
export function useReleaseSearch(subject: SearchSubject) {
  const [state, dispatch] = useReducer(reducer, initial);
  const abort = useRef<AbortController | null>(null);
  const query = queryOf(subject);

  const run = useCallback(async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: "start" });
    try {
      const response = await fetch(`/api/v1/releases/stream?${query}`, {
        signal: controller.signal,
        headers: { accept: "application/x-ndjson" },
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `Search failed (HTTP ${response.status})`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines)
          if (line.trim()) dispatch({ type: "event", event: JSON.parse(line) as InteractiveSearchEvent });
      }
    } catch (cause) {
      if (!controller.signal.aborted)
        dispatch({ type: "failed", message: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      if (abort.current === controller) dispatch({ type: "stopped" });
    }
  }, [query]);

  useEffect(() => {
    void run();
    return () => abort.current?.abort();
  }, [run]);

  const setReleaseState = useCallback(
    (releaseId: string, releaseState: ReleaseState) => dispatch({ type: "state", releaseId, state: releaseState }),
    [],
  );
  return { ...state, run, setReleaseState };
}
