// CORS for the widgets: they call from a ministry's page on another origin, with Content-Type
// (application/json) and Idempotency-Key, which need a preflight.
import { label, type Check } from '../check.js';
import type { Exchange } from '../http.js';

const allows = (header: string | null, wanted: string): boolean =>
  (header ?? '').split(',').map((item) => item.trim().toLowerCase()).some((item) => item === '*' || item === wanted.toLowerCase());

export const cors: Check = {
  id: 'cors',
  title: 'Preflights allow the widgets’ methods and headers from an allowed origin; never credentials with a wildcard or for any origin',
  fix: 'Answer OPTIONS preflights from the ministry’s site with Access-Control-Allow-Origin (that origin), Access-Control-Allow-Methods including GET and POST and Access-Control-Allow-Headers including Content-Type and Idempotency-Key. Never combine Access-Control-Allow-Credentials: true with a wildcard or a reflected arbitrary origin (the widgets send no cookies). Run the kit with --origin set to an origin on your allow-list, or --skip cors when widgets are only served from the API’s own origin.',
  async run(context, problems) {
    const { http, options } = context;
    const origin = options.origin;
    const preflight = (path: string, method: string, headers: string, from = origin) =>
      http.send('OPTIONS', path, {
        headers: { Origin: from, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
      });
    const expectAllowed = (answer: Exchange, method: string, headers: string[]) => {
      const allowOrigin = answer.headers.get('access-control-allow-origin');
      if (!problems.expect(answer.status >= 200 && answer.status < 300 && (allowOrigin === origin || allowOrigin === '*'), `preflight ${label(answer)} from ${origin}: not allowed (Access-Control-Allow-Origin: ${allowOrigin ?? 'none'})`)) return;
      problems.expect(allows(answer.headers.get('access-control-allow-methods'), method), `preflight ${label(answer)}: Access-Control-Allow-Methods (${answer.headers.get('access-control-allow-methods') ?? 'none'}) lacks ${method}`);
      for (const header of headers) {
        problems.expect(allows(answer.headers.get('access-control-allow-headers'), header), `preflight ${label(answer)}: Access-Control-Allow-Headers (${answer.headers.get('access-control-allow-headers') ?? 'none'}) lacks ${header}`);
      }
      expectNoWildcardCredentials(answer);
    };
    const expectNoWildcardCredentials = (answer: Exchange) => {
      const credentials = answer.headers.get('access-control-allow-credentials') === 'true';
      problems.expect(!(credentials && answer.headers.get('access-control-allow-origin') === '*'), `${label(answer)}: Access-Control-Allow-Credentials: true with a wildcard origin`);
    };

    expectAllowed(await preflight('/feedback', 'POST', 'content-type,idempotency-key'), 'POST', ['Content-Type', 'Idempotency-Key']);
    expectAllowed(await preflight('/requests/lookup', 'POST', 'content-type'), 'POST', ['Content-Type']);
    const read = await http.get('/services', { Origin: origin });
    const readOrigin = read.headers.get('access-control-allow-origin');
    problems.expect(readOrigin === origin || readOrigin === '*', `${label(read)} from ${origin}: Access-Control-Allow-Origin is ${readOrigin ?? 'missing'}`);
    if (readOrigin === origin) problems.expect(/\borigin\b/i.test(read.headers.get('vary') ?? ''), `${label(read)}: the allowed origin is echoed without Vary: Origin, so a shared cache may serve it to other origins`);
    expectNoWildcardCredentials(read);

    // An origin nobody allowed: it may be refused or get a wildcard, never its own name with credentials.
    const stranger = 'https://attacker.diwan-conformance.invalid';
    const foreign = await preflight('/requests/lookup', 'POST', 'content-type', stranger);
    const foreignOrigin = foreign.headers.get('access-control-allow-origin');
    problems.expect(!(foreignOrigin === stranger && foreign.headers.get('access-control-allow-credentials') === 'true'), `preflight from an arbitrary origin (${stranger}): reflected with Access-Control-Allow-Credentials: true — any site could read answers with the citizen’s cookies`);
    expectNoWildcardCredentials(foreign);
  },
};
