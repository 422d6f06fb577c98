import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { needsSetup } from "@/lib/accounts";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  if (await needsSetup()) redirect("/setup");
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths: never bounce a user to another origin after signing in.
  const target = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <LoginForm
      callbackUrl={target}
      initialError={error === "CredentialsSignin" ? "Wrong username or password." : (error ?? null)}
    />
  );
}
