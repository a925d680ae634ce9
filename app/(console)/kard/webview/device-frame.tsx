"use client";

import { useEffect, useState, type ReactNode, type Ref } from "react";
import { cn } from "@/lib/utils";

/**
 * The WebView at a real device's CSS viewport (so it lays out as on that device), drawn inside a
 * phone or desktop-browser frame and scaled down to the space available: the column's width and
 * the window's height, so the whole device — its bottom tab bar included — stays on screen next
 * to the editor.
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
/** Room the preview column keeps above the frame (user picker, device buttons, URL line, margins), px. */
const CONTROLS_HEIGHT = 170;
const MIN_FRAME_HEIGHT = 360;

function useAvailableSpace() {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  useEffect(() => {
    const measureHeight = () => setHeight(Math.max(MIN_FRAME_HEIGHT, window.innerHeight - CONTROLS_HEIGHT));
    measureHeight();
    window.addEventListener("resize", measureHeight);
    return () => window.removeEventListener("resize", measureHeight);
  }, []);
  return { measure: setElement, width, height };
}

export function DeviceFrame({ device: deviceKey, address, frameRef, src, placeholder, onLoad }: { device: DeviceKey; address: string; frameRef: Ref<HTMLIFrameElement>; src: string | null; placeholder: ReactNode; onLoad: () => void }) {
  const device = DEVICES[deviceKey];
  const { measure, width: availableWidth, height: availableHeight } = useAvailableSpace();
  const chrome = device.kind === "phone" ? PHONE_BEZEL * 2 : 2;
  const chromeHeight = device.kind === "phone" ? PHONE_BEZEL * 2 + STATUS_BAR : DESKTOP_BAR + 2;
  const widthScale = availableWidth > 0 ? (availableWidth - chrome) / device.width : 1;
  const heightScale = availableHeight > 0 ? (availableHeight - chromeHeight) / device.height : 1;
  const scale = Math.min(1, widthScale, heightScale);
  const outerWidth = device.width * scale + chrome;
  const outerHeight = device.height * scale + chromeHeight;

  return (
    <div ref={measure} className="w-full">
      <div
        data-testid="device-frame"
        data-device={deviceKey}
        className={cn("relative mx-auto overflow-hidden", device.kind === "phone" ? "rounded-[2.75rem] bg-neutral-900 shadow-lg" : "rounded-lg border bg-muted shadow-md")}
        style={{ width: outerWidth, height: outerHeight, padding: device.kind === "phone" ? PHONE_BEZEL : 1 }}
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
