import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-2xl font-semibold tracking-tight">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static 32 px icon: next/image adds nothing */}
          <img src="/icons/icon-192.png" alt="" width={32} height={32} className="rounded-md" />
          Mydia
        </div>
        {children}
      </div>
    </main>
  );
}
