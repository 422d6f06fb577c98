import nodemailer from "nodemailer";
import type { OutboundMessage } from "../message";
import type { ChannelSender } from "./sender";

const CONNECT_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 20_000;

/** An SMTP failure with the server named and nodemailer's code kept (ECONNECTION, EAUTH, ETIMEDOUT, …). */
export class SmtpError extends Error {
  override name = "SmtpError";
  constructor(
    readonly server: string,
    readonly code: string | null,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`SMTP server ${server}: ${detail}`, options);
  }
}

const SMTP_REASONS: Record<string, string> = {
  ECONNECTION: "the connection failed",
  ETIMEDOUT: "it did not answer in time",
  EAUTH: "it refused the user name or password",
  EDNS: "the host name does not resolve",
  ESOCKET: "the connection failed",
  EENVELOPE: "it refused the sender or recipient",
  EMESSAGE: "it refused the message",
  ETLS: "TLS failed",
};

function smtpError(server: string, error: unknown): SmtpError {
  const e = error as { code?: unknown; response?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : null;
  const reason = (code && SMTP_REASONS[code]) || "sending failed";
  const detail = typeof e.response === "string" ? e.response : typeof e.message === "string" ? e.message : "";
  return new SmtpError(server, code, detail ? `${reason} (${detail})` : reason, { cause: error });
}

/** Sends through the channel's SMTP server with connect, greeting and socket timeouts. */
export const sendEmail: ChannelSender<"email"> = async ({ settings, secrets }, message: OutboundMessage) => {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.username ? { auth: { user: settings.username, pass: secrets.password ?? "" } } : {}),
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  try {
    await transport.sendMail({
      from: settings.from,
      to: settings.to,
      subject: message.title,
      text: message.url ? `${message.body}\n\n${message.url}` : message.body,
    });
  } catch (error) {
    throw smtpError(`${settings.host}:${settings.port}`, error);
  } finally {
    transport.close();
  }
};
