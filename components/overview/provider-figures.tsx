import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";

export interface Figure {
  label: string;
  value: number;
  /** Where the operator goes to act on what the figure counts. */
  href: string;
  /** Highlights a non-zero figure that needs someone (an unknown outcome, work waiting). */
  attention?: boolean;
}

/**
 * One provider's figures on the overview: a titled row of linked tiles. Each provider renders its
 * own section (app/(console)/<provider>/overview-figures.tsx) from its own queries, so a new
 * provider adds one section to the overview and touches nothing else.
 */
export function ProviderFigures({ id, title, href, figures }: { id: string; title: string; href: string; figures: Figure[] }) {
  const headingId = `overview-${id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid={`overview-${id}`}>
      <h2 id={headingId} className="text-sm font-medium text-muted-foreground">
        <Link href={href} className="underline-offset-4 hover:underline">
          {title}
        </Link>
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((f) => (
          <Link key={f.label} href={f.href} className="rounded-xl outline-none focus-visible:ring-2 focus-visible:ring-ring">
            <Card className={cn("transition-colors hover:bg-accent/50", f.attention && f.value > 0 && "border-warning/50 bg-warning-soft")}>
              <CardHeader>
                <CardDescription>{f.label}</CardDescription>
                <CardTitle className="text-3xl tabular-nums" data-testid="figure-value">
                  {f.value}
                </CardTitle>
              </CardHeader>
            </Card>
          </Link>
        ))}
      </div>
    </section>
  );
}
