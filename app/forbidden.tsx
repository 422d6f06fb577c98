import Link from "next/link";
import { ShieldAlert } from "lucide-react";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-6 text-center">
      <ShieldAlert className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-2xl font-semibold">Not for your role</h1>
      <p className="max-w-sm text-muted-foreground">
        This page needs more rights than your account has. Ask an admin if you need it.
      </p>
      <Link href="/" className="underline underline-offset-4">
        Back to Mydia
      </Link>
    </main>
  );
}
