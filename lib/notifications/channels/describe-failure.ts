import { HttpAuthError, HttpError, HttpStatusError, HttpUnavailableError, describeUnreachable } from "@/lib/http";
import { SmtpError } from "./email";

/** One line saying precisely why a channel did not take a message: status code, DNS/connect error, timeout. */
export function describeFailure(error: unknown): string {
  if (error instanceof HttpUnavailableError) return describeUnreachable(error);
  if (error instanceof HttpStatusError || error instanceof HttpAuthError) {
    const detail = error.serviceMessage ? `: ${error.serviceMessage}` : "";
    return `${error.service} answered HTTP ${error.status}${error instanceof HttpAuthError ? " (credentials refused)" : ""}${detail}`;
  }
  if (error instanceof HttpError || error instanceof SmtpError) return error.message;
  if (error instanceof Error && error.name === "ZodError")
    return "The channel's settings are incomplete: edit and save it again";
  return error instanceof Error ? error.message : String(error);
}
