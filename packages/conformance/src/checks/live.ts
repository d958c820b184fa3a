// Live updates when /capabilities declares `tracking.live: sse`: the record's eventsUrl serves a
// text/event-stream whose messages are RequestRecords, with heartbeats, resuming after Last-Event-ID.
import { RequestRecord, checkData } from '@diwan/client/schemas';
import { label, type Check } from '../check.js';
import { parseJson } from '../context.js';

interface StreamReading {
  status: number;
  contentType: string;
  events: Array<{ id?: string; event?: string; data: string }>;
  /** Comment lines (`: …`), the usual heartbeat. */
  comments: number;
}

/** Reads a stream for at most `waitMs`, stopping early once it has seen `enough` messages (events + comments). */
async function readStream(response: Response, waitMs: number, enough: number): Promise<StreamReading> {
  const reading: StreamReading = { status: response.status, contentType: response.headers.get('content-type') ?? '', events: [], comments: 0 };
  if (!response.ok || !response.body) return reading;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const deadline = Date.now() + waitMs;
  let buffer = '';
  let current: { id?: string; event?: string; data: string[] } = { data: [] };
  while (reading.events.length + reading.comments < enough) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const chunk = await Promise.race([
      reader.read(),
      new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), left); }),
    ]).finally(() => clearTimeout(timer));
    if (!chunk || chunk.done) break;
    buffer += chunk.value;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (current.data.length) reading.events.push({ id: current.id, event: current.event, data: current.data.join('\n') });
        current = { data: [] };
      } else if (line.startsWith(':')) reading.comments += 1;
      else {
        const [, field = line, value = ''] = /^([^:]*):? ?(.*)$/.exec(line) ?? [];
        if (field === 'data') current.data.push(value);
        else if (field === 'id') current.id = value;
        else if (field === 'event') current.event = value;
      }
    }
  }
  await reader.cancel().catch(() => undefined);
  return reading;
}

export const liveSse: Check = {
  id: 'live-sse',
  title: 'Declared server-sent events: eventsUrl streams text/event-stream RequestRecords, with heartbeats and Last-Event-ID',
  fix: 'Serve eventsUrl as text/event-stream: each message’s data a whole RequestRecord with an id, a comment line (": ping") at least every 15–25 s so proxies keep the connection, and accept Last-Event-ID on reconnection. Put an opaque token in the URL, never the verification value.',
  async run(context, problems) {
    const { capabilities } = await context.discover();
    if (capabilities?.tracking.live !== 'sse') return `the server declares tracking.live: ${capabilities?.tracking.live ?? 'nothing (no /capabilities)'}`;
    const known = context.knownRequest;
    if (!known) return 'needs a known test request: --reference and --verification';
    const { http, options } = context;
    const found = await http.post('/requests/lookup', known);
    const record = found.status === 200 ? checkData(RequestRecord, parseJson(found.text)) : undefined;
    const eventsUrl = record?.success ? record.data.eventsUrl : undefined;
    if (!problems.expect(Boolean(eventsUrl), `${label(found)}: the known request has no eventsUrl`)) return;
    problems.expect(!eventsUrl!.toLowerCase().includes(known.verification.toLowerCase()), 'eventsUrl contains the verification value');

    const first = await http.stream(eventsUrl!, { Accept: 'text/event-stream' }, options.sseWaitMs + 1000, (response) => readStream(response, options.sseWaitMs, 3));
    if (!problems.expect(first.status === 200, `GET eventsUrl → ${first.status}, expected 200`)) return;
    problems.expect(/^text\/event-stream\b/i.test(first.contentType), `GET eventsUrl: Content-Type is ${first.contentType || 'missing'}, expected text/event-stream`);
    problems.expect(first.events.length + first.comments >= 2, `GET eventsUrl: ${first.events.length + first.comments} message(s) in ${options.sseWaitMs / 1000} s — send a heartbeat comment more often than that`);
    problems.expect(first.comments > 0, `GET eventsUrl: no heartbeat comment (": …") in ${options.sseWaitMs / 1000} s`);
    for (const event of first.events) {
      const parsed = checkData(RequestRecord, parseJson(event.data));
      problems.expect(parsed.success, `an event’s data is not a RequestRecord${parsed.success ? '' : parsed.problem}`);
    }
    const lastId = [...first.events].reverse().find((event) => event.id)?.id;
    problems.expect(first.events.length === 0 || lastId !== undefined, 'events carry no id, so a reconnecting client cannot resume with Last-Event-ID');
    if (lastId !== undefined) {
      const resumed = await http.stream(eventsUrl!, { Accept: 'text/event-stream', 'Last-Event-ID': lastId }, options.sseWaitMs + 1000, (response) => readStream(response, options.sseWaitMs, 1));
      problems.expect(resumed.status === 200 && /^text\/event-stream\b/i.test(resumed.contentType), `GET eventsUrl with Last-Event-ID: ${lastId} → ${resumed.status} ${resumed.contentType}, expected a stream`);
      problems.expect(!resumed.events.some((event) => event.id === lastId), `after Last-Event-ID: ${lastId} the stream sent event ${lastId} again`);
    }
  },
};
