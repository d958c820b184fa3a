// Dev-server middleware: a real HTTP server for transport tests (filled in by the transport work).
export async function fixtureServer(ctx, next) {
  return next();
}
