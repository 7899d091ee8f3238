/*
 * The load generator of the HTTP load benchmark (bench/suites/http-load.bench.ts), run as a child
 * process so that it never competes with the server for its event loop: autocannon with N
 * connections for S seconds (a JSON configuration on stdin) over a list of paths, each connection
 * starting at its own place in the list. Prints one JSON object: rate, latency percentiles, errors,
 * and per second the status codes seen and the slowest answer.
 */
import autocannon from 'autocannon';

export interface LoadRunConfig {
  base: string;
  paths: string[];
  connections: number;
  seconds: number;
}

export interface LoadRunResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Per second since the start: how many answers of each status, and the slowest (ms). */
  timeline: { second: number; statuses: Record<string, number>; slowestMs: number }[];
}

async function main(): Promise<void> {
  // The configuration comes on stdin: a list of thousands of paths is too long for argv.
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const config = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadRunConfig;
  const started = Date.now();
  const timeline = new Map<number, { statuses: Record<string, number>; slowestMs: number }>();
  let next = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url: config.base,
      connections: config.connections,
      duration: config.seconds,
      requests: config.paths.map((path) => ({ method: 'GET', path })),
      setupClient: (client) => {
        // Each connection walks the paths from its own offset, the offsets spread evenly over the list: a
        // connection gets through only some dozens of paths in a run, so offsets side by side would
        // measure only the head of the list (with paths most mentioned first, the heaviest).
        const offset = Math.floor(((next++ % config.connections) * config.paths.length) / config.connections);
        client.setRequests(
          [...config.paths.slice(offset), ...config.paths.slice(0, offset)].map((path) => ({ method: 'GET', path })),
        );
      },
    },
    (error, result) => (error ? fail(error as Error) : finish(result)),
  );
  // SIGINT ends the run early, with the results so far (the outage run stops once Neo4j is back).
  process.once('SIGINT', () => instance.stop());
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    const second = Math.floor((Date.now() - started) / 1000);
    const slot = timeline.get(second) ?? { statuses: {}, slowestMs: 0 };
    slot.statuses[statusCode] = (slot.statuses[statusCode] ?? 0) + 1;
    slot.slowestMs = Math.max(slot.slowestMs, responseTime);
    timeline.set(second, slot);
  });
  const result = await done;
  const out: LoadRunResult = {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]),
    ),
    timeline: [...timeline.entries()].sort(([a], [b]) => a - b).map(([second, slot]) => ({ second, ...slot })),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
