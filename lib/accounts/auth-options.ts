import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
import { clientAddressFromHeaders } from "@/lib/http-server";
import { RateLimitedError } from "@/lib/errors";
import { safeRedirectUrl } from "./callback-url";
import type { Role } from "./roles";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions.service";
import { loginOptions } from "./sign-in-settings";
import { authenticate } from "./users.service";
import { SignInRefusedError } from "./sign-in-errors";
import { authLogger } from "./auth-logger";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; role: Role; tokenVersion: number; sessionId: string };
  }
  interface User {
    role: Role;
    tokenVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    tv?: number;
    /** The row in `sessions` this token stands for (revoked at sign-out). */
    sid?: string;
  }
}

let options: NextAuthOptions | undefined;

/**
 * next-auth 4 builds redirect URLs from NEXTAUTH_URL. With BASE_URL set, that is the public
 * address and no header is trusted. Without it, next-auth follows the Host / X-Forwarded-Host
 * headers so a LAN address or a port other than 3000 works with no configuration: the web server
 * (lib/http-server) drops X-Forwarded-* from every peer not listed in TRUSTED_PROXIES, so what
 * reaches next-auth is the Host the browser asked for or what a trusted proxy said.
 */
function pinAuthOrigin(): void {
  const config = getConfig();
  if (config.baseUrlConfigured) {
    process.env.NEXTAUTH_URL = config.BASE_URL;
    delete process.env.AUTH_TRUST_HOST;
  } else {
    delete process.env.NEXTAUTH_URL;
    process.env.AUTH_TRUST_HOST = "true";
  }
}

export function authOptions(): NextAuthOptions {
  pinAuthOrigin();
  options ??= {
    secret: getConfig().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    // next-auth keeps one logger for the process: every options object names the same one.
    logger: authLogger,
    providers: [
      CredentialsProvider({
        name: "Username and password",
        credentials: {
          username: { label: "Username", type: "text" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          if (!(await loginOptions()).localLogin) throw new SignInRefusedError("LocalLoginOff");
          if (!credentials?.username || !credentials.password) return null;
          try {
            const user = await authenticate(
              credentials.username,
              credentials.password,
              clientAddressFromHeaders(req?.headers),
            );
            return user ? { id: user.id, name: user.username, role: user.role, tokenVersion: user.tokenVersion } : null;
          } catch (error) {
            if (error instanceof RateLimitedError) throw new Error(error.message, { cause: error });
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.tv = user.tokenVersion;
          token.sid = await startSession(user.id);
        }
        return token;
      },
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      session({ session, token }) {
        session.user = {
          id: token.uid ?? "",
          name: token.name ?? "",
          role: token.role ?? "readonly",
          tokenVersion: token.tv ?? -1,
          sessionId: token.sid ?? "",
        };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await endSession(token.sid);
      },
    },
  };
  return options;
}
