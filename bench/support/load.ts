import autocannon from "autocannon";

export interface LoadResult {
  label: string;
  /** 2xx answers per second over the run. */
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Ids of the requests answered 2xx (what the server acknowledged). */
  acknowledged: string[];
}

export interface LoadSpec {
  label: string;
  url: string;
  connections: number;
  durationSeconds: number;
  /** The next request: a unique id (tracked for acknowledgement), body and headers. */
  next: () => { id: string; body: string; headers: Record<string, string> };
}

/**
 * Closed-loop load with autocannon: `connections` connections, each sending its next request when
 * the previous one is answered, for `durationSeconds`. Latencies in ms (autocannon's histogram).
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const acknowledged: string[] = [];
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest(req, context) {
          const { id, body, headers } = spec.next();
          context.id = id;
          return { ...req, body, headers: { "content-type": "application/json", ...headers } };
        },
        onResponse(status, _body, context) {
          if (status >= 200 && status < 300) acknowledged.push(String(context.id));
        },
      },
    ],
  });
  return {
    label: spec.label,
    perSecond: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    acknowledged,
  };
}
