import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loginOptions, needsSetup, safeCallbackPath, signInErrorMessage } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
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
  return (
    <LoginForm
      callbackUrl={safeCallbackPath(callbackUrl, getConfig().BASE_URL)}
      initialError={signInErrorMessage(error)}
      options={await loginOptions()}
    />
  );
}
