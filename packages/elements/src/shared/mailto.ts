// `mailto:` links from backend data. An address from an object backend (or any backend) is data, not a
// URL: `a@b.iq?cc=x@evil.example` or `a@b.iq,x@evil.example` would add recipients, headers or a body
// to the citizen's e-mail. Only one plain address (internationalised ones too) becomes a link.

// one local part, one @, a dotted domain; nothing a mailto URL reads as a separator, header or escape
const ADDRESS = /^[^\s@?&#%,;:<>"'\\()[\]/\p{Cc}\p{Cf}]+@[^\s@?&#%,;:<>"'\\()[\]/\p{Cc}\p{Cf}.]+(?:\.[^\s@?&#%,;:<>"'\\()[\]/\p{Cc}\p{Cf}.]+)+$/u;

/** `mailto:<address>` for one plain e-mail address, else undefined (the address is then shown as text, not linked). */
export function mailtoHref(address: string | undefined): string | undefined {
  if (typeof address !== 'string' || address.length > 254 || !ADDRESS.test(address)) return undefined;
  return `mailto:${address}`;
}
