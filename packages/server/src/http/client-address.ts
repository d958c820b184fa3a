// The client's address, for counting lookups per client. Behind N trusted proxies it is the Nth
// address from the right of X-Forwarded-For (each proxy appends the address it saw); without trusted
// proxies the header is ignored, since any client can send one.
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxy: number): string {
  const socket = socketAddress ?? 'unknown';
  if (trustProxy <= 0 || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').map((part) => part.trim()).filter(Boolean);
  const chain = [...hops, socket];
  // chain[-1] is the socket peer (the nearest proxy); the client is trustProxy hops before it
  return chain[Math.max(0, chain.length - 1 - trustProxy)] ?? socket;
}
