// Data the client's own code has already checked against the schemas: parseResponse's results, and the
// demo's bundled sample data (proven by test/demo-data.test.ts). The validating boundary (boundary.ts)
// lets these through without a second parse (10,000 services take ≈ 400 ms to parse on a laptop).
// Private to @diwan/client: an object backend cannot mark its own data as checked.
const checked = new WeakSet<object>();

/** Marks a value as already parsed by the schemas; returns it. */
export function vouch<T>(value: T): T {
  if (typeof value === 'object' && value !== null) checked.add(value);
  return value;
}

/** True for a value this package's parsers produced (or its tested sample data). */
export function isVouched(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value);
}
