"use client";

import { useEffect } from "react";

/** Registers /sw.js (offline page; never caches the API). Browsers only allow it on HTTPS or localhost. */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // A failed registration only costs the offline page; the app works without it.
    });
  }, []);
  return null;
}
