/** What the load test asks of its clients (see measureLoad.ts). */
export interface LoadPlan {
  url: string;
  clients: number;
  warmUpMs: number;
  durationMs: number;
  /** A bound on the requests sent, whatever the time. */
  maxRequests: number;
}

export interface LoadSamples {
  /** Latency of each request that started after the warm-up and succeeded, ms. */
  latencies: number[];
  /** Requests answered within the measured window. */
  completed: number;
  /** Failed requests (not 200, or no answer) in the measured window, by status or error. */
  failures: Record<string, number>;
  windowMs: number;
}

/**
 * `clients` loops, each sending the next request when its last is answered (keep-alive, so one
 * connection each), for the warm-up and then `durationMs`. Runs in a process of its own (measureLoad.ts
 * forks it), so that the clients' work is not on the server's event loop.
 */
async function run({ url, clients, warmUpMs, durationMs, maxRequests }: LoadPlan): Promise<LoadSamples> {
  const begin = performance.now();
  const from = begin + warmUpMs;
  const until = from + durationMs;
  const samples: LoadSamples = { latencies: [], completed: 0, failures: {}, windowMs: durationMs };
  let sent = 0;
  const fail = (why: string) => {
    samples.failures[why] = (samples.failures[why] ?? 0) + 1;
  };
  async function client(): Promise<void> {
    while (performance.now() < until && sent < maxRequests) {
      sent += 1;
      const start = performance.now();
      let outcome: string;
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        outcome = response.status === 200 ? 'ok' : String(response.status);
      } catch (error) {
        outcome = error instanceof Error ? error.message : String(error);
      }
      const end = performance.now();
      if (end >= from && end <= until) {
        if (outcome === 'ok') samples.completed += 1;
        else fail(outcome);
      }
      if (start >= from && outcome === 'ok') samples.latencies.push(end - start);
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  return samples;
}

// Forked with its plan as the one argument; answers with one message.
if (process.send) {
  const samples = await run(JSON.parse(process.argv[2] ?? '{}') as LoadPlan);
  await new Promise((resolve) => process.send?.(samples, resolve));
}
