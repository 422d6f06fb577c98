"use client";

import { useEffect, useState } from "react";
import { useTheme } from "next-themes";
import { Toaster as Sonner, type ToasterProps } from "sonner";

/** Below Tailwind's md breakpoint the shell is the phone layout. */
const PHONE = "(width < 48rem)";
const CONTROL = "button, a, input, select, textarea, summary, [role=button], [role=menuitem], [role=switch]";

/**
 * On a phone a toast spans the screen's width, so it would cover whatever sits where it appears.
 * It appears on the other half of the screen from the control the user last touched or focused:
 * the button that caused it stays visible. On wider screens toasts stay in the corner.
 */
function usePhonePosition(): ToasterProps["position"] {
  const [position, setPosition] = useState<ToasterProps["position"]>("bottom-right");
  useEffect(() => {
    const phone = window.matchMedia(PHONE);
    const onInteraction = (event: Event) => {
      if (!phone.matches) return setPosition("bottom-right");
      if (!(event.target instanceof Element)) return;
      const control = event.target.closest(CONTROL) ?? event.target;
      const rect = control.getBoundingClientRect();
      setPosition(rect.top + rect.height / 2 > window.innerHeight / 2 ? "top-center" : "bottom-center");
    };
    document.addEventListener("pointerdown", onInteraction, true);
    document.addEventListener("focusin", onInteraction, true);
    return () => {
      document.removeEventListener("pointerdown", onInteraction, true);
      document.removeEventListener("focusin", onInteraction, true);
    };
  }, []);
  return position;
}

/**
 * App-wide toast host (mounted once in the root layout). Call `toast()` / `toast.success()` /
 * `toast.error()` from "sonner" anywhere on the client.
 */
function Toaster(props: ToasterProps) {
  const { theme = "system" } = useTheme();
  const position = usePhonePosition();
  return (
    <Sonner
      theme={theme as ToasterProps["theme"]}
      className="toaster group"
      position={position}
      // Offsets come from globals.css so toasts clear the phone's top and bottom bars.
      offset={{ bottom: "var(--toast-offset-bottom)", top: "var(--toast-offset-top)" }}
      mobileOffset={{ bottom: "var(--toast-mobile-offset-bottom)", top: "var(--toast-mobile-offset-top)" }}
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
        } as React.CSSProperties
      }
      {...props}
    />
  );
}

export { Toaster };
