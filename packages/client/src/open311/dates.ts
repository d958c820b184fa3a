// Open311 date-times as real servers send them → ISO 8601 instants, or undefined when the value
// does not say unambiguously which instant it means (no time zone, no time, unreadable).

// 2010-04-14T06:37:38-08:00, 2010-04-14 06:37:38.123Z, 2010-04-14T06:37:38+0800, …-08
const ISO_WITH_ZONE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const ISO_WITHOUT_ZONE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;
// RFC 2822 / HTTP dates carry an explicit zone: "Wed, 14 Apr 2010 06:37:38 -0800", "… GMT".
const NAMED_WITH_ZONE = /^[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}(:\d{2})? ([+-]\d{4}|GMT|UTC|Z)$/;

export interface DateOptions {
  /**
   * The offset (e.g. `+03:00`) of date-times the server sends without one. Without it such values
   * are ambiguous and dropped.
   */
  defaultOffset?: string;
}

function offsetOf(zone: string): string {
  if (/^z$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

function fromParts(match: RegExpMatchArray, zone: string): string | undefined {
  const [, year, month, day, hour, minute, second = '00', fraction = ''] = match;
  const millis = fraction ? `.${fraction.padEnd(3, '0').slice(0, 3)}` : '';
  const text = `${year}-${month}-${day}T${hour}:${minute}:${second}${millis}${offsetOf(zone)}`;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  // Date.parse rolls 2010-02-31 over to March: a date that does not exist is not a date.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return undefined;
  return new Date(time).toISOString();
}

/** An ISO 8601 UTC date-time for `value`, or undefined when it is missing, ambiguous or unreadable. */
export function toDateTime(value: unknown, options: DateOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text) return undefined;
  const withZone = text.match(ISO_WITH_ZONE);
  if (withZone) return fromParts(withZone, withZone[8]!);
  const withoutZone = text.match(ISO_WITHOUT_ZONE);
  if (withoutZone) {
    const offset = options.defaultOffset?.match(/^(Z|[+-]\d{2}:?\d{2})$/i)?.[0];
    return offset ? fromParts(withoutZone, offset) : undefined;
  }
  if (NAMED_WITH_ZONE.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  return undefined; // a date without a time, a local format, a number: not one unambiguous instant
}
