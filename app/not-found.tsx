import Link from "next/link";
import { FileQuestion } from "lucide-react";

export default function NotFound() {
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-6 text-center">
      <FileQuestion className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-2xl font-semibold">Nothing here</h1>
      <p className="max-w-sm text-muted-foreground">The page does not exist, or it moved.</p>
      <Link href="/" className="underline underline-offset-4">
        Back to Mydia
      </Link>
    </main>
  );
}
