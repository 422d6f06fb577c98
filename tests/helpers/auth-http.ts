/** Signing in and out over HTTP the way next-auth's client does, for tests against a running app. */

function cookiesFrom(response: Response): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar[pair.slice(0, at).trim()] = pair.slice(at + 1);
  }
  return jar;
}

const cookieHeader = (jar: Record<string, string>) =>
  Object.entries(jar)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");

export interface SignInResult {
  /** The session cookie (`name=value`), when signed in. */
  cookie: string | null;
  /** Where next-auth sends the browser next. */
  url: string;
  /** next-auth's error (CredentialsSignin, or the rate limit's message), when refused. */
  error: string | null;
  /** Behind deploy/nginx.conf: the web process that checked the password (its X-Mydia-Upstream header). */
  answeredBy: string | null;
}

async function csrf(baseUrl: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, jar: cookiesFrom(response) };
}

export async function signInOverHttp(
  baseUrl: string,
  credentials: { username: string; password: string },
  options: { headers?: Record<string, string>; callbackUrl?: string } = {},
): Promise<SignInResult> {
  const { csrfToken, jar } = await csrf(baseUrl, options.headers);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...options.headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookieHeader(jar),
    },
    body: new URLSearchParams({
      ...credentials,
      csrfToken,
      callbackUrl: options.callbackUrl ?? `${baseUrl}/`,
      json: "true",
    }),
  });
  const { url } = (await response.json()) as { url: string };
  const session = Object.entries(cookiesFrom(response)).find(([name]) => name.endsWith("next-auth.session-token"));
  const error = new URL(url, baseUrl).searchParams.get("error");
  return {
    cookie: session && session[1] ? `${session[0]}=${session[1]}` : null,
    url,
    error,
    answeredBy: response.headers.get("x-mydia-upstream"),
  };
}

export async function signOutOverHttp(baseUrl: string, sessionCookie: string): Promise<void> {
  const { csrfToken, jar } = await csrf(baseUrl, { cookie: sessionCookie });
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: `${cookieHeader(jar)}; ${sessionCookie}`,
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/login`, json: "true" }),
  });
  if (!response.ok) throw new Error(`sign-out answered ${response.status}`);
  await response.text();
}
