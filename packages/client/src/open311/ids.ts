// Open311 service codes ("001", 42, "ABC_123", "خدمة") → Diwan ids that fit the Slug schema
// (`^[a-z0-9][a-z0-9-]{0,79}$`), stable across calls so ids in URLs and feedback keep working.

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const HASH_LENGTH = 7;

/** FNV-1a (32 bit) in base 36: short, stable, no crypto needed (ids are not secrets). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(HASH_LENGTH, '0').slice(-HASH_LENGTH);
}

/** Lowercase ASCII letters and digits, every other run of characters one hyphen, none at the ends. */
export function slugify(text: string, maxLength = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // é → e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/**
 * The Diwan service id for an Open311 service code. A code that already is a valid slug without a
 * double hyphen is kept (`001` → `001`, `parking-tickets`); any other gets a readable slug, a double
 * hyphen and a hash of the exact code (`ABC_123` → `abc-123--0k3x9qz`). Slugify never writes `--`,
 * so kept codes (no `--`) and hashed ones (exactly one `--`, before the hash) never meet: a code shaped
 * like another code's id (`abc-123--0k3x9qz` itself) is hashed too, and two codes that slugify alike
 * (`ABC_123`, `abc-123`) differ by their hash.
 */
export function serviceIdFromCode(code: string): string {
  if (SLUG.test(code) && !code.includes('--')) return code;
  const readable = slugify(code, 80 - HASH_LENGTH - 2);
  return `${readable || 'service'}--${shortHash(code)}`;
}

/**
 * The category id for an Open311 `group` name: a plain slug (`Street Defects` → `street-defects`),
 * readable in a `category` attribute. Groups that only differ in case or punctuation become one.
 */
export function categoryIdFromGroup(group: string): string {
  return slugify(group) || `group-${shortHash(group)}`;
}
