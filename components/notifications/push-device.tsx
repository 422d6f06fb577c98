"use client";

import { BellRing, CheckCircle2, XCircle } from "lucide-react";
import { useEffect, useState, useTransition } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  isPushSubscribedAction,
  pushPublicKeyAction,
  subscribePushAction,
  testPushAction,
  unsubscribePushAction,
} from "@/app/(app)/profile/push-actions";

type State =
  | { kind: "checking" }
  | { kind: "unsupported"; why: string }
  | { kind: "blocked" }
  | { kind: "off" }
  | { kind: "on"; endpoint: string };

function deviceLabel(): string {
  const ua = navigator.userAgent;
  const os = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Mac/.test(ua)
        ? "Mac"
        : /Windows/.test(ua)
          ? "Windows"
          : "Linux";
  const browser = /Firefox/.test(ua) ? "Firefox" : /Edg\//.test(ua) ? "Edge" : /Chrome/.test(ua) ? "Chrome" : "Safari";
  return `${browser} on ${os}`;
}

async function registration(): Promise<ServiceWorkerRegistration> {
  return navigator.serviceWorker.ready;
}

/** Opt-in to web push on this device (each browser subscribes on its own), with a Test. */
export function PushDevice() {
  const [state, setState] = useState<State>({ kind: "checking" });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  useEffect(() => {
    void (async () => {
      if (!window.isSecureContext || !("serviceWorker" in navigator) || !("PushManager" in window))
        return setState({
          kind: "unsupported",
          why: "This browser cannot receive push here: open Mydia over HTTPS (or install it as an app) and try again.",
        });
      if (Notification.permission === "denied") return setState({ kind: "blocked" });
      const subscription = await (await registration()).pushManager.getSubscription();
      if (!subscription) return setState({ kind: "off" });
      const known = await isPushSubscribedAction({ endpoint: subscription.endpoint });
      setState(known.ok && known.data ? { kind: "on", endpoint: subscription.endpoint } : { kind: "off" });
    })();
  }, []);

  const enable = () =>
    start(async () => {
      setMessage(null);
      if ((await Notification.requestPermission()) !== "granted") return setState({ kind: "blocked" });
      const key = await pushPublicKeyAction();
      if (!key.ok) return setMessage({ ok: false, text: key.error });
      const reg = await registration();
      const subscription =
        (await reg.pushManager.getSubscription()) ??
        (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key.data }));
      const json = subscription.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
      const saved = await subscribePushAction({ endpoint: json.endpoint, keys: json.keys, label: deviceLabel() });
      if (!saved.ok) return setMessage({ ok: false, text: saved.error });
      setState({ kind: "on", endpoint: json.endpoint });
    });

  const disable = (endpoint: string) =>
    start(async () => {
      setMessage(null);
      const subscription = await (await registration()).pushManager.getSubscription();
      await subscription?.unsubscribe();
      await unsubscribePushAction({ endpoint });
      setState({ kind: "off" });
    });

  const test = (endpoint: string) =>
    start(async () => {
      const result = await testPushAction({ endpoint });
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setMessage(
        result.data.ok
          ? { ok: true, text: "Sent: it should appear on this device now." }
          : { ok: false, text: result.data.message },
      );
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Push on this device</CardTitle>
        <CardDescription>
          Your notifications as system notifications on this phone or computer, even when Mydia is closed. Each device
          opts in on its own.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {state.kind === "checking" && <p className="text-sm text-muted-foreground">Checking this browser…</p>}
        {state.kind === "unsupported" && <p className="text-sm text-muted-foreground">{state.why}</p>}
        {state.kind === "blocked" && (
          <p className="text-sm text-muted-foreground">
            Notifications are blocked for Mydia in this browser&apos;s site settings: allow them there, then reload.
          </p>
        )}
        {state.kind === "off" && (
          <Button onClick={enable} disabled={pending}>
            <BellRing aria-hidden="true" />
            Turn on push here
          </Button>
        )}
        {state.kind === "on" && (
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={() => test(state.endpoint)} disabled={pending}>
              Send a test
            </Button>
            <Button variant="ghost" onClick={() => disable(state.endpoint)} disabled={pending}>
              Turn off here
            </Button>
          </div>
        )}
        {message && (
          <Alert variant={message.ok ? "default" : "destructive"}>
            {message.ok ? <CheckCircle2 aria-hidden /> : <XCircle aria-hidden />}
            <AlertTitle>{message.ok ? "Push sent" : "Push failed"}</AlertTitle>
            <AlertDescription>{message.text}</AlertDescription>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
