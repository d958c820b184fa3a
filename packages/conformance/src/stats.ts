// A robust comparison of two latency samples: the Mann–Whitney U test (ranks, so a few slow outliers
// from a busy machine do not decide it) and the Hodges–Lehmann shift (median of all pairwise
// differences: how much slower one side typically is).

export interface Comparison {
  /** Standardised U statistic (normal approximation with tie correction); |z| > 3.29 is p < 0.001. */
  z: number;
  /** Typical difference b − a in the samples' unit. */
  shift: number;
  medianA: number;
  medianB: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function compareSamples(a: readonly number[], b: readonly number[]): Comparison {
  const pooled = [...a.map((value) => ({ value, side: 0 })), ...b.map((value) => ({ value, side: 1 }))].sort((x, y) => x.value - y.value);
  const ranks = new Array<number>(pooled.length);
  let tieTerm = 0;
  for (let start = 0; start < pooled.length;) {
    let end = start;
    while (end + 1 < pooled.length && pooled[end + 1]!.value === pooled[start]!.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let index = start; index <= end; index += 1) ranks[index] = rank;
    const tied = end - start + 1;
    tieTerm += tied ** 3 - tied;
    start = end + 1;
  }
  const rankSumA = pooled.reduce((sum, item, index) => (item.side === 0 ? sum + ranks[index]! : sum), 0);
  const n1 = a.length;
  const n2 = b.length;
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  // Positive when b tends to be larger than a (U counts pairs where a is larger).
  const z = variance > 0 ? ((n1 * n2) / 2 - u) / Math.sqrt(variance) : 0;
  const differences: number[] = [];
  for (const x of a) for (const y of b) differences.push(y - x);
  return { z, shift: median(differences), medianA: median(a), medianB: median(b) };
}
