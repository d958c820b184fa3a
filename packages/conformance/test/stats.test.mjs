// lookup-timing's statistics: a real shift is found and sized, equal distributions are not flagged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareSamples } from '../dist/index.js';

// A fixed pseudo-random sequence (no flakes): latencies around 4 ms with a long tail, like a busy server.
function latencies(count, seed, offset = 0) {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const u = state / 2 ** 31;
    return 3 + offset + u * 2 + (u > 0.9 ? 20 * u : 0);
  });
}

test('a 15 ms shift is significant and measured as about 15 ms', () => {
  const { z, shift } = compareSamples(latencies(20, 1), latencies(20, 2, 15));
  assert.ok(z > 3.29, `z = ${z}`);
  assert.ok(shift > 13 && shift < 17, `shift = ${shift}`);
});

test('the same distribution is not flagged, outliers included', () => {
  const { z } = compareSamples(latencies(20, 3), latencies(20, 4));
  assert.ok(Math.abs(z) < 3.29, `z = ${z}`);
});

test('ties (a coarse clock) do not break it', () => {
  const { z, shift } = compareSamples([1, 1, 1, 2, 2, 2], [1, 1, 1, 2, 2, 2]);
  assert.equal(z, 0);
  assert.equal(shift, 0);
});
