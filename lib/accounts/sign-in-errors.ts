/**
 * Why a sign-in failed, as the code the sign-in page receives (`/login?error=<code>`). The page
 * shows only these fixed messages, never text from the URL.
 */
export const signInErrorMessages = {
  CredentialsSignin: "Wrong username or password.",
  LocalLoginOff: "Password sign-in is turned off. Use the single sign-on button.",
  OidcUnreachable:
    "The sign-in provider could not be reached. Try again in a moment; if it keeps failing, ask the admin.",
  OidcClientRejected:
    "The sign-in provider refused Mydia's client ID or secret. Ask the admin to check Settings → Authentication.",
  OidcStateMismatch: "This sign-in could not be verified (its state did not match). Start again from this page.",
  OidcFailed: "Sign-in with the provider failed. Try again; if it keeps failing, ask the admin.",
  OidcNoAccess: "Your account has no access to Mydia; ask the admin.",
  OidcNotLinked:
    "No Mydia account belongs to this sign-in. Ask the admin to create one, or sign in with your password and link it from your profile.",
  OidcEmailNotVerified:
    "Your email address is not verified at the sign-in provider, so it cannot be linked to a Mydia account. Verify it there first.",
  OidcAlreadyLinked: "This sign-in is already linked to another Mydia account.",
  OidcOff: "Single sign-on is not set up.",
  AccessDenied: "Sign-in was refused.",
} as const;
export type SignInErrorCode = keyof typeof signInErrorMessages;

/** The message for a code from the URL; unknown codes get a generic message (the URL is not trusted text). */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return code in signInErrorMessages ? signInErrorMessages[code as SignInErrorCode] : "Sign-in failed. Try again.";
}

/** A refusal decided by Mydia (no role, not linked, …): its code travels as the error's message. */
export class SignInRefusedError extends Error {
  override name = "SignInRefusedError";
  constructor(readonly code: SignInErrorCode) {
    super(code);
  }
}

const unreachable =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|ETIMEDOUT|timed out|socket hang up|certificate|self.signed/i;

/**
 * What openid-client (under next-auth) threw, as a code: a refused connection or a timeout, the
 * token endpoint's invalid_client, a state that does not match the cookie, or anything else.
 */
export function classifyOidcFailure(error: unknown): SignInErrorCode {
  const parts: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error || typeof current === "object") {
      const record = current as { message?: unknown; code?: unknown; error?: unknown; cause?: unknown };
      parts.push(String(record.message ?? ""), String(record.code ?? ""), String(record.error ?? ""));
      current = record.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  const text = parts.join(" ");
  if (/invalid_client|unauthorized_client|client authentication/i.test(text)) return "OidcClientRejected";
  if (/state mismatch|checks\.state|state missing|state argument/i.test(text)) return "OidcStateMismatch";
  if (unreachable.test(text)) return "OidcUnreachable";
  return "OidcFailed";
}
