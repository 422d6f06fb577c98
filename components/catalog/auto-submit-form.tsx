"use client";

import { useRouter } from "next/navigation";
import { useRef, type ReactNode } from "react";

/**
 * A GET form whose selects apply at once and whose search box applies as you pause typing.
 * Without JavaScript it is still a working form (the submit button shows).
 */
export function AutoSubmitForm({
  action,
  children,
  className,
}: {
  action: string;
  children: ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const apply = () => {
    if (!form.current) return;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form.current))
      if (typeof value === "string" && value) params.set(name, value);
    params.delete("page");
    const query = params.toString();
    router.replace(query ? `${action}?${query}` : action, { scroll: false });
  };

  return (
    <form
      ref={form}
      action={action}
      role="search"
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onChange={(event) => {
        if (timer.current) clearTimeout(timer.current);
        const delay = (event.target as HTMLElement).tagName === "INPUT" ? 300 : 0;
        timer.current = setTimeout(apply, delay);
      }}
    >
      {children}
    </form>
  );
}
