// Phase timings for profiling a build: `ANNALS_TIMINGS=1 npm run build` prints how long each phase
// took, to standard error. Off by default; measuring costs nothing when it is off.

const enabled = process.env.ANNALS_TIMINGS === "1";
let last = performance.now();

export function mark(phase: string): void {
  if (!enabled) return;
  const now = performance.now();
  const { heapUsed, heapTotal, rss } = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS / 1024;
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  console.error(
    `timing  ${phase.padEnd(32)} ${((now - last) / 1000).toFixed(2).padStart(7)} s  heap ${mb(heapUsed)} of ${mb(heapTotal)}, rss ${mb(rss)}, peak ${peak.toFixed(0)} MB`,
  );
  last = now;
}
