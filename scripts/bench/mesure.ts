// What the benchmarks print of a series of timings.
export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return `p50 ${at(50).toFixed(1)} ms · p95 ${at(95).toFixed(1)} ms · max ${sorted.at(-1)!.toFixed(1)} ms (${samples.length} requêtes)`;
}
