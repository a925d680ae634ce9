"use client";

import { useEffect, useState, type ReactNode, type Ref } from "react";
import { cn } from "@/lib/utils";

/**
 * The WebView at a real device's CSS viewport (so it lays out as on that device), drawn inside a
 * phone or desktop-browser frame and scaled down to fit the box this component fills. The parent
 * gives that box its size (the preview column is one window high), so the whole device — its
 * bottom tab bar included — stays on screen next to the editor.
 */
export const DEVICES = {
  ios: { label: "iPhone (393 × 852)", width: 393, height: 852, kind: "phone" },
  android: { label: "Android (412 × 915)", width: 412, height: 915, kind: "phone" },
  desktop: { label: "Desktop (1280 × 800)", width: 1280, height: 800, kind: "desktop" },
} as const;
export type DeviceKey = keyof typeof DEVICES;

const PHONE_BEZEL = 12;
const DESKTOP_BAR = 36;
const STATUS_BAR = 22;

/** What each kind of frame adds around the scaled viewport, in CSS px. */
const FRAME_CHROME = {
  phone: { padding: PHONE_BEZEL, width: PHONE_BEZEL * 2, height: PHONE_BEZEL * 2 + STATUS_BAR },
  desktop: { padding: 1, width: 2, height: DESKTOP_BAR + 2 },
} as const;

/** The content box of the element `measure` is attached to, kept current by a ResizeObserver. */
function useBoxSize() {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { measure: setElement, ...size };
}

export function DeviceFrame({ device: deviceKey, address, frameRef, src, placeholder, onLoad }: { device: DeviceKey; address: string; frameRef: Ref<HTMLIFrameElement>; src: string | null; placeholder: ReactNode; onLoad: () => void }) {
  const device = DEVICES[deviceKey];
  const chrome = FRAME_CHROME[device.kind];
  const { measure, width, height } = useBoxSize();
  const scale = width > 0 && height > 0 ? Math.min(1, (width - chrome.width) / device.width, (height - chrome.height) / device.height) : 1;
  const outerWidth = device.width * scale + chrome.width;
  const outerHeight = device.height * scale + chrome.height;

  return (
    <div ref={measure} className="min-h-0 w-full flex-1">
      <div
        data-testid="device-frame"
        data-device={deviceKey}
        className={cn("relative mx-auto overflow-hidden", device.kind === "phone" ? "rounded-[2.75rem] bg-neutral-900 shadow-lg" : "rounded-lg border bg-muted shadow-md")}
        style={{ width: outerWidth, height: outerHeight, padding: chrome.padding }}
      >
        {device.kind === "phone" ? (
          <div className="relative flex items-center justify-between px-5 text-[11px] font-semibold text-neutral-100" style={{ height: STATUS_BAR }} aria-hidden>
            <span>9:41</span>
            <span className={cn("absolute left-1/2 -translate-x-1/2 bg-black", deviceKey === "ios" ? "h-4 w-20 rounded-full" : "size-3 rounded-full")} />
            <span>5G ▮</span>
          </div>
        ) : null}
        {device.kind === "desktop" ? (
          <div className="flex items-center gap-2 px-3" style={{ height: DESKTOP_BAR }}>
            <span className="size-3 rounded-full bg-red-400" aria-hidden />
            <span className="size-3 rounded-full bg-amber-400" aria-hidden />
            <span className="size-3 rounded-full bg-green-500" aria-hidden />
            <span className="ml-2 min-w-0 flex-1 truncate rounded bg-background px-2 py-0.5 font-mono text-[11px] text-muted-foreground">{address}</span>
          </div>
        ) : null}
        <div className={cn("relative overflow-hidden bg-background", device.kind === "phone" && "rounded-b-[2rem] rounded-t-md")} style={{ width: device.width * scale, height: device.height * scale }}>
          {src ? (
            <iframe
              ref={frameRef}
              src={src}
              title="Kard Rewards WebView"
              name="kard-webview"
              onLoad={onLoad}
              className="origin-top-left border-0 bg-white"
              style={{ width: device.width, height: device.height, transform: `scale(${scale})` }}
            />
          ) : (
            <div className="flex h-full items-center justify-center p-6 text-center text-sm text-muted-foreground">{placeholder}</div>
          )}
        </div>
      </div>
    </div>
  );
}
