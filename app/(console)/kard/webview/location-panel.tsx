"use client";

import { ArrowDownLeft, ArrowUpRight, Ban, Info, Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import type { LocationAnswer } from "@/lib/providers/kard/webview/messages";
import { CITY_PRESETS, ERROR_PRESETS } from "./presets";
import type { LogEntry } from "./use-location-responder";

/**
 * How the console answers the WebView's REQUEST_LOCATION: a point (city presets or custom
 * latitude/longitude/accuracy) or an ERROR text, automatically or by hand; and the log of every
 * message exchanged with the frame.
 * Source: Kard seed, "WebView" › "Location Message Passing Contract".
 */
export interface AnswerForm {
  auto: boolean;
  kind: "location" | "error";
  latitude: string;
  longitude: string;
  accuracy: string;
  error: string;
}

export function formFromCity(index: number, form: AnswerForm): AnswerForm {
  const city = CITY_PRESETS[index];
  return { ...form, kind: "location", latitude: String(city.latitude), longitude: String(city.longitude), accuracy: String(city.accuracy) };
}

/** The answer the form describes, or the problems that keep it from being one. */
export function answerFromForm(form: AnswerForm): { answer: LocationAnswer | null; problems: Record<string, string> } {
  if (form.kind === "error") {
    const error = form.error.trim();
    return error ? { answer: { kind: "error", error }, problems: {} } : { answer: null, problems: { error: "Enter the error text the WebView should show." } };
  }
  const problems: Record<string, string> = {};
  const number = (raw: string) => (raw.trim() === "" ? NaN : Number(raw));
  const latitude = number(form.latitude);
  const longitude = number(form.longitude);
  const accuracy = form.accuracy.trim() === "" ? null : Number(form.accuracy);
  if (!(Math.abs(latitude) <= 90)) problems.latitude = "Latitude is a number of degrees from −90 to 90.";
  if (!(Math.abs(longitude) <= 180)) problems.longitude = "Longitude is a number of degrees from −180 to 180.";
  if (accuracy !== null && !(accuracy >= 0)) problems.accuracy = "Accuracy is a distance in metres (0 or more), or empty for null.";
  return Object.keys(problems).length > 0 ? { answer: null, problems } : { answer: { kind: "location", latitude, longitude, accuracy }, problems };
}

const ICONS = { received: ArrowDownLeft, sent: ArrowUpRight, ignored: Ban, info: Info };

export function LocationPanel(props: {
  form: AnswerForm;
  onChange: (form: AnswerForm) => void;
  problems: Record<string, string>;
  canSend: boolean;
  onSend: () => void;
  webviewOrigin: string;
  log: LogEntry[];
  onClear: () => void;
}) {
  const { form, onChange, problems } = props;
  const set = (patch: Partial<AnswerForm>) => onChange({ ...form, ...patch });
  const field = (name: "latitude" | "longitude" | "accuracy", label: string) => (
    <div className="grid gap-1">
      <Label htmlFor={`location-${name}`} className="text-xs font-normal">
        {label}
      </Label>
      <Input id={`location-${name}`} inputMode="decimal" value={form[name]} onChange={(e) => set({ [name]: e.target.value })} aria-invalid={Boolean(problems[name])} />
      {problems[name] ? <p className="text-xs text-destructive">{problems[name]}</p> : null}
    </div>
  );

  return (
    <div className="grid gap-5">
      <p className="text-sm text-muted-foreground">
        The WebView asks its container for the location with <code>REQUEST_LOCATION</code>. Here the console is the container: it answers only the
        frame&apos;s own window at <code className="break-all">{props.webviewOrigin}</code>, posts back to that exact origin, and ignores everything else.
      </p>
      <div className="flex items-center justify-between gap-3 rounded-md border px-3 py-2">
        <Label htmlFor="location-auto" className="text-sm font-normal">
          Answer requests automatically
        </Label>
        <Switch id="location-auto" checked={form.auto} onCheckedChange={(auto) => set({ auto })} />
      </div>

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Answer with</legend>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="answer-kind" checked={form.kind === "location"} onChange={() => set({ kind: "location" })} /> A location (LOCATION_RESPONSE)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="answer-kind" checked={form.kind === "error"} onChange={() => set({ kind: "error" })} /> An error (ERROR)
          </label>
        </div>
      </fieldset>

      {form.kind === "location" ? (
        <div className="grid gap-3">
          <div className="grid gap-1">
            <Label htmlFor="location-city" className="text-xs font-normal">
              City
            </Label>
            <NativeSelect
              id="location-city"
              wrapperClassName="w-full"
              value={String(CITY_PRESETS.findIndex((c) => String(c.latitude) === form.latitude && String(c.longitude) === form.longitude))}
              onChange={(e) => Number(e.target.value) >= 0 && onChange(formFromCity(Number(e.target.value), form))}
              options={[...CITY_PRESETS.map((city, index) => ({ value: String(index), label: city.name })), { value: "-1", label: "Custom point", disabled: true }]}
            />
          </div>
          <div className="grid grid-cols-3 gap-2">
            {field("latitude", "Latitude (°)")}
            {field("longitude", "Longitude (°)")}
            {field("accuracy", "Accuracy (m)")}
          </div>
        </div>
      ) : (
        <div className="grid gap-3">
          <div className="grid gap-1">
            <Label htmlFor="location-error-preset" className="text-xs font-normal">
              Error
            </Label>
            <NativeSelect
              id="location-error-preset"
              wrapperClassName="w-full"
              value={ERROR_PRESETS.includes(form.error) ? form.error : ""}
              onChange={(e) => e.target.value && set({ error: e.target.value })}
              placeholder="Custom text"
              options={ERROR_PRESETS.map((text) => ({ value: text, label: text }))}
            />
          </div>
          <div className="grid gap-1">
            <Label htmlFor="location-error-text" className="text-xs font-normal">
              Error text sent in <code>payload.error</code>
            </Label>
            <Input id="location-error-text" value={form.error} onChange={(e) => set({ error: e.target.value })} aria-invalid={Boolean(problems.error)} />
            {problems.error ? <p className="text-xs text-destructive">{problems.error}</p> : null}
          </div>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" size="sm" onClick={props.onSend} disabled={!props.canSend}>
          <Send className="size-4" aria-hidden /> Send this answer now
        </Button>
        <span className="text-xs text-muted-foreground">Answers the WebView&apos;s latest request again (it takes the latest answer).</span>
      </div>

      <div className="grid gap-2">
        <div className="flex items-center justify-between">
          <h3 className="text-sm font-medium">Message log</h3>
          <Button type="button" variant="ghost" size="sm" onClick={props.onClear} disabled={props.log.length === 0}>
            Clear
          </Button>
        </div>
        {props.log.length === 0 ? (
          <p className="text-sm text-muted-foreground">No messages yet.</p>
        ) : (
          <ol className="grid max-h-80 gap-1 overflow-auto rounded-md border p-2" aria-label="Message log">
            {props.log.map((entry) => {
              const Icon = ICONS[entry.kind];
              return (
                <li key={entry.id} data-testid="message-log-entry" data-kind={entry.kind} className="text-xs">
                  <details>
                    <summary className="flex cursor-pointer items-start gap-2">
                      <Icon className={entry.kind === "ignored" ? "size-3.5 shrink-0 text-destructive" : "size-3.5 shrink-0 text-muted-foreground"} aria-label={entry.kind} />
                      <span className="text-muted-foreground tabular-nums">{entry.at}</span>
                      <span className="min-w-0 break-all">{entry.text}</span>
                    </summary>
                    {entry.data !== undefined ? <pre className="mt-1 overflow-auto rounded bg-muted p-2">{JSON.stringify(entry.data, null, 2)}</pre> : null}
                  </details>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </div>
  );
}
