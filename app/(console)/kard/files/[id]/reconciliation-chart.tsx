"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ReconciliationStatus } from "@/lib/providers/kard/reconciliation/compare";
import { STATUS_LABELS } from "./status";

const COLOURS: Record<ReconciliationStatus, string> = {
  matched: "var(--success)",
  amountMismatch: "var(--warning)",
  fileOnly: "var(--destructive)",
  webhookOnly: "var(--info)",
};

/** The four counts of a comparison as bars; the numbers are also in the summary beside it. */
export function ReconciliationChart({ counts }: { counts: Record<ReconciliationStatus, number> }) {
  const data = (Object.keys(COLOURS) as ReconciliationStatus[]).map((status) => ({ status, label: STATUS_LABELS[status], count: counts[status] }));
  return (
    <figure className="h-56 w-full" aria-label="Comparison counts by outcome">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} stroke="var(--muted-foreground)" />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} fontSize={12} stroke="var(--muted-foreground)" />
          <Tooltip cursor={{ fill: "var(--muted)" }} contentStyle={{ background: "var(--popover)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12 }} />
          <Bar dataKey="count" name="Lines" radius={[4, 4, 0, 0]} isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.status} fill={COLOURS[entry.status]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
