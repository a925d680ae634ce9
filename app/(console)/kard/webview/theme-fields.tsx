"use client";

import { useId, useMemo } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { isCssColor } from "@/lib/providers/kard/webview/css-values";

/** Fields of the theme editor: a colour (picker + CSS text) and a plain CSS value / text field. */

/** #rrggbb for the native picker: hex as typed, else the browser's own reading of the colour. */
function pickerHex(value: string, fallback: string): string {
  const source = value.trim() && isCssColor(value) ? value.trim() : fallback;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(source);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  if (/^#[0-9a-f]{6}$/i.test(source)) return source.toLowerCase();
  if (typeof document === "undefined") return "#000000";
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return "#000000";
  context.fillStyle = "#000000";
  context.fillStyle = source;
  return /^#[0-9a-f]{6}$/i.test(context.fillStyle) ? context.fillStyle : "#000000";
}

export function ColorField(props: { label: string; token: string; scope: string; value: string; fallback: string; error?: string; onChange: (value: string) => void }) {
  const id = useId();
  const hex = useMemo(() => pickerHex(props.value, props.fallback), [props.value, props.fallback]);
  const name = `${props.scope}: ${props.token}`;
  return (
    <div className="grid content-start gap-1">
      <Label htmlFor={id} className="flex-col items-start gap-0 text-xs font-normal">
        <span>{props.label}</span>
        <code className="text-[11px] text-muted-foreground">{props.token}</code>
      </Label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={`${name} colour picker`}
          value={hex}
          onChange={(event) => props.onChange(event.target.value)}
          className="h-9 w-10 shrink-0 cursor-pointer rounded-md border bg-background p-1"
        />
        <Input
          id={id}
          aria-label={name}
          value={props.value}
          placeholder={props.fallback}
          onChange={(event) => props.onChange(event.target.value)}
          aria-invalid={Boolean(props.error)}
          spellCheck={false}
          className="font-mono text-xs"
        />
      </div>
      {props.error ? <p className="text-xs text-destructive">{props.error}</p> : null}
    </div>
  );
}

export function TextField(props: { label: string; code: string; value: string; placeholder: string; error?: string; mono?: boolean; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="grid content-start gap-1">
      <Label htmlFor={id} className="justify-between text-xs font-normal">
        <span>{props.label}</span>{" "}
        <code className="text-muted-foreground">{props.code}</code>
      </Label>
      <Input
        id={id}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={Boolean(props.error)}
        spellCheck={false}
        className={props.mono ? "font-mono text-xs" : undefined}
      />
      {props.error ? <p className="text-xs text-destructive">{props.error}</p> : null}
    </div>
  );
}
