import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { needsSetup } from "@/lib/accounts";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Welcome" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/login");
  return <SetupForm />;
}
