// Caching of the public reads (ETag, If-None-Match → 304, Cache-Control) and none of the private
// answers (a lookup's record must never sit in a shared cache).
import { label, type Check } from '../check.js';

export const caching: Check = {
  id: 'caching',
  title: 'Public reads carry a stable ETag and Cache-Control; If-None-Match gives 304 without a body; lookups are not stored',
  fix: 'On GET /services, /services/{id} and /services/{id}/eligibility send an ETag that stays the same while the data does, answer If-None-Match with that ETag by 304 and an empty body, and send Cache-Control (e.g. public, max-age=60). Send Cache-Control: no-store on lookup answers.',
  async run(context, problems) {
    const { http } = context;
    const { serviceIds, eligibilityIds } = await context.discover();
    const paths = ['/services'];
    if (serviceIds[0]) paths.push(`/services/${encodeURIComponent(serviceIds[0])}`);
    if (eligibilityIds[0]) paths.push(`/services/${encodeURIComponent(eligibilityIds[0])}/eligibility`);
    for (const path of paths) {
      const first = await http.get(path);
      if (!problems.expect(first.status === 200, `${label(first)}: expected 200`)) continue;
      const etag = first.headers.get('etag');
      const cacheControl = first.headers.get('cache-control') ?? '';
      problems.expect(cacheControl !== '' && !/no-store/i.test(cacheControl), `${label(first)}: Cache-Control is ${cacheControl || 'missing'}; a public read should be cacheable (e.g. public, max-age=60)`);
      if (!problems.expect(Boolean(etag), `${label(first)}: no ETag`)) continue;
      const second = await http.get(path);
      problems.expect(second.headers.get('etag') === etag, `${label(second)}: the ETag changed between two reads of the same data (${etag} then ${second.headers.get('etag') ?? 'none'})`);
      const revalidated = await http.get(path, { 'If-None-Match': etag! });
      problems.expect(revalidated.status === 304, `${label(revalidated)} with If-None-Match: ${etag}: expected 304 Not Modified`);
      if (revalidated.status === 304) problems.expect(revalidated.text === '', `${label(revalidated)}: a 304 must have no body`);
      const stale = await http.get(path, { 'If-None-Match': '"diwan-conformance-stale"' });
      problems.expect(stale.status === 200 && stale.text.length > 0, `${label(stale)} with a stale If-None-Match: expected 200 with the data`);
    }
    if (context.knownRequest) {
      const found = await http.post('/requests/lookup', context.knownRequest);
      if (found.status === 200) {
        const cacheControl = found.headers.get('cache-control') ?? '';
        problems.expect(/no-store|private/i.test(cacheControl), `${label(found)}: a request record needs Cache-Control: no-store (got ${cacheControl || 'none'}), or a shared cache may keep it`);
      }
    }
  },
};
