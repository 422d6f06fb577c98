import type { MydiaEvent } from "@/lib/events";
import type { NotificationKind } from "./kinds";

/** The titles an event concerns, for the *arr-shaped webhook bodies and media-server refreshes. */
export interface NotificationSubject {
  movieId: string | null;
  seriesId: string | null;
  episodeIds: string[];
  downloadId: string | null;
  clientName: string | null;
  files: string[];
}

/** What an event means to people: who gets it in the app, and the words. */
export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  /** "admins": every admin (and admin channels); otherwise these users (and their channels, plus admin channels). */
  to: "admins" | string[];
  subject: NotificationSubject;
}

const noSubject: NotificationSubject = {
  movieId: null,
  seriesId: null,
  episodeIds: [],
  downloadId: null,
  clientName: null,
  files: [],
};

const requestStatuses: Partial<Record<string, { kind: NotificationKind; verb: string }>> = {
  approved: { kind: "request.approved", verb: "was approved" },
  declined: { kind: "request.declined", verb: "was declined" },
  available: { kind: "request.available", verb: "is available" },
  failed: { kind: "request.failed", verb: "failed" },
};

const titleLink = (movieId: string | null, seriesId: string | null): string | null =>
  movieId ? `/movies/${movieId}` : seriesId ? `/tv/${seriesId}` : null;

/** The notification an event makes, or null for events nobody is told about. */
export function draftFromEvent(event: MydiaEvent): NotificationDraft | null {
  switch (event.type) {
    case "request.created":
      return {
        kind: "request.created",
        title: `New request: ${event.payload.title}`,
        body: `${event.payload.title} was requested and waits for approval.`,
        link: "/requests",
        to: "admins",
        subject: noSubject,
      };
    case "request.updated": {
      const status = requestStatuses[event.payload.status];
      if (!status) return null;
      return {
        kind: status.kind,
        title: `${event.payload.title} ${status.verb}`,
        body: `Your request for ${event.payload.title} ${status.verb}.`,
        link: "/requests",
        to: event.payload.audience,
        subject: noSubject,
      };
    }
    case "download.grabbed":
      return {
        kind: "download.grabbed",
        title: `Grabbed: ${event.payload.title}`,
        body: `Sent to ${event.payload.clientName}.`,
        link: "/activity",
        to: "admins",
        subject: {
          ...noSubject,
          movieId: event.payload.movieId,
          seriesId: event.payload.seriesId,
          episodeIds: event.payload.episodeIds,
          downloadId: event.payload.downloadId,
          clientName: event.payload.clientName,
        },
      };
    case "download.imported":
      return {
        kind: "download.imported",
        title: `Imported: ${event.payload.title}`,
        body: `${event.payload.files.length} file${event.payload.files.length === 1 ? "" : "s"} added to the library.`,
        link: titleLink(event.payload.movieId, event.payload.seriesId),
        to: "admins",
        subject: {
          ...noSubject,
          movieId: event.payload.movieId,
          seriesId: event.payload.seriesId,
          downloadId: event.payload.downloadId,
          files: event.payload.files,
        },
      };
    case "download.failed":
      return {
        kind: "download.failed",
        title: `Download failed: ${event.payload.title}`,
        body: event.payload.reason,
        link: "/activity",
        to: "admins",
        subject: {
          ...noSubject,
          movieId: event.payload.movieId,
          seriesId: event.payload.seriesId,
          episodeIds: event.payload.episodeIds,
          downloadId: event.payload.downloadId,
        },
      };
    case "download.client.unreachable":
      return {
        kind: "health.problem",
        title: `${event.payload.clientName} is unreachable`,
        body: event.payload.message,
        link: "/settings/download-clients",
        to: "admins",
        subject: { ...noSubject, clientName: event.payload.clientName },
      };
    case "indexer.failed":
      return {
        kind: "health.problem",
        title: "An indexer is failing",
        body: event.payload.message,
        link: "/settings/indexers",
        to: "admins",
        subject: noSubject,
      };
    default:
      return null;
  }
}
