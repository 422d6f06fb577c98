import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
import { RateLimitedError } from "@/lib/errors";
import type { Role } from "./roles";
import { authenticate } from "./users.service";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; role: Role; tokenVersion: number };
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
  }
}

const SESSION_DAYS = 30;

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "direct";
}

let options: NextAuthOptions | undefined;

/**
 * next-auth 4 builds redirect URLs from NEXTAUTH_URL. With BASE_URL set, that is the public
 * address; without it, trust the Host / X-Forwarded-* headers so a LAN address or a port other
 * than 3000 works with no configuration.
 */
function pinAuthOrigin(): void {
  if (process.env.BASE_URL) process.env.NEXTAUTH_URL ??= getConfig().BASE_URL;
  else process.env.AUTH_TRUST_HOST ??= "true";
}

export function authOptions(): NextAuthOptions {
  pinAuthOrigin();
  options ??= {
    secret: getConfig().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_DAYS * 24 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Username and password",
        credentials: {
          username: { label: "Username", type: "text" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          if (!credentials?.username || !credentials.password) return null;
          try {
            const user = await authenticate(credentials.username, credentials.password, clientAddress(req?.headers));
            return user ? { id: user.id, name: user.username, role: user.role, tokenVersion: user.tokenVersion } : null;
          } catch (error) {
            if (error instanceof RateLimitedError) throw new Error(error.message, { cause: error });
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.tv = user.tokenVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.uid ?? "",
          name: token.name ?? "",
          role: token.role ?? "readonly",
          tokenVersion: token.tv ?? -1,
        };
        return session;
      },
    },
  };
  return options;
}
