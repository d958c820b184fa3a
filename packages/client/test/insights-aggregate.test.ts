// aggregateInsights: hand-computed small cases, suppression properties (fast-check), and the demo
// history's story (volumes, seasons, the degrading and improving services).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { InsightsResult, parseResponse, type CountCell, type InsightsQuery, type RateCell } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import {
  aggregateInsights, previousPeriod, ratingLevelCells,
  type HistoryFeedback, type HistoryRequest, type InsightsHistory,
} from '@diwan/client/insights';
import { generateInsightsHistory } from '../src/demo/insights-history.js';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const NOW = new Date('2026-03-31T12:00:00Z');
const MARCH: InsightsQuery = { from: '2026-03-01', to: '2026-03-31', bucket: 'month' };

const services = [
  { id: 'passport-renewal', name: 'Passport', category: 'identity-travel', promisedDays: 10 },
  { id: 'birth-certificate', name: 'Birth', category: 'civil-registry', promisedDays: 4 },
];
const offices = [{ id: 'baghdad', name: 'Baghdad' }, { id: 'erbil', name: 'Erbil' }];

function feedback(day: string, rating: HistoryFeedback['rating'], useful: boolean, extra: Partial<HistoryFeedback> = {}): HistoryFeedback {
  return { at: at(`${day}T10:00:00Z`), serviceId: 'passport-renewal', channel: 'web', office: 'baghdad', useful, ...(rating ? { rating } : {}), ...extra };
}

let sequence = 0;
function request(day: string, closeAfterDays: number | undefined, extra: Partial<HistoryRequest> = {}): HistoryRequest {
  const submittedAt = at(`${day}T09:00:00Z`);
  sequence += 1;
  return {
    reference: `DW-2026-${String(sequence).padStart(4, '0')}`, serviceId: 'passport-renewal', channel: 'web', office: 'baghdad',
    submittedAt, expectedAt: submittedAt + 10 * DAY,
    ...(closeAfterDays === undefined ? { status: 'in_progress' as const } : { closedAt: submittedAt + closeAfterDays * DAY, status: 'completed' as const }),
    ...extra,
  };
}

const shown = (cell: RateCell | CountCell | undefined) => (cell && 'n' in cell ? cell : undefined);

describe('aggregateInsights: hand-computed cases', () => {
  it('computes the headline shares, levels, medians, open and overdue of a small period', () => {
    const history: InsightsHistory = {
      services, offices,
      feedback: [
        feedback('2026-03-02', 5, true), feedback('2026-03-03', 5, true), feedback('2026-03-04', 5, true),
        feedback('2026-03-05', 5, true), feedback('2026-03-06', 5, true), feedback('2026-03-07', 4, true),
        feedback('2026-03-08', 4, false), feedback('2026-03-09', 2, false), feedback('2026-03-10', 1, false),
        feedback('2026-03-11', undefined, true),
        feedback('2026-02-10', 1, false), // previous period
      ],
      requests: [
        request('2026-03-01', 4), request('2026-03-02', 6), request('2026-03-03', 8), // on time
        request('2026-03-04', 12), // late
        request('2026-03-05', 9, { status: 'rejected', channel: 'counter' }),
        request('2026-03-10', undefined), // open, overdue since 20 March
        request('2026-03-28', undefined, { channel: 'phone' }), // open, not yet due
      ],
    };
    const result = aggregateInsights(history, MARCH, { now: NOW });
    // ratings: 9 (one answer had none); satisfied (4–5): 7 → 7/9
    expect(result.current.satisfaction).to.deep.equal({ n: 9, share: 7 / 9 });
    // useful: 10 answers, 7 yes
    expect(result.current.useful).to.deep.equal({ n: 10, share: 0.7 });
    // 7 requests, 5 on the web
    expect(result.current.digitalTakeUp).to.deep.equal({ n: 7, share: 5 / 7 });
    // 5 closed: 4 completed, 4 by the expected date (4, 6, 8, 9 days ≤ 10)
    expect(result.current.completion).to.deep.equal({ n: 5, share: 0.8 });
    expect(result.current.onTime).to.deep.equal({ n: 5, share: 0.8 });
    expect(result.current.medianDays).to.equal(8);
    expect(result.current.promisedDays).to.equal(10);
    // levels 1..5: 1, 1, 0, 2, 5 → only the five-star count is ≥ 5
    expect(result.current.ratingLevels).to.deep.equal([
      { suppressed: true }, { suppressed: true }, { suppressed: true }, { suppressed: true }, { n: 5 },
    ]);
    // 2 open, 1 overdue: both fewer than 5
    expect(result.current.open).to.deep.equal({ suppressed: true });
    expect(result.current.overdue).to.deep.equal({ suppressed: true });
    expect(result.overdue).to.deep.equal({
      total: 1,
      items: [{ reference: history.requests[5]!.reference, serviceId: 'passport-renewal', serviceName: 'Passport', office: 'baghdad', daysLate: 11 }],
    });
    // the previous period: one rating, suppressed
    expect(result.previousPeriod).to.deep.equal({ from: '2026-01-29', to: '2026-02-28' });
    expect(result.previous.satisfaction).to.deep.equal({ suppressed: true });
    expect(result.previous.digitalTakeUp).to.deep.equal({ suppressed: true });
  });

  it('cuts the period into Monday weeks clipped to the period, and breaks down by channel in a fixed order', () => {
    const history: InsightsHistory = {
      services, offices, feedback: [],
      requests: [
        ...['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((day) => request(day, 2)),
        request('2026-03-01', 2, { channel: 'counter' }),
      ],
    };
    const result = aggregateInsights(history, { ...MARCH, bucket: 'week' }, { now: NOW });
    // 1 March 2026 is a Sunday: the first bucket is that day alone
    expect(result.overTime.map((row) => [row.start, row.end])).to.deep.equal([
      ['2026-03-01', '2026-03-01'], ['2026-03-02', '2026-03-08'], ['2026-03-09', '2026-03-15'],
      ['2026-03-16', '2026-03-22'], ['2026-03-23', '2026-03-29'], ['2026-03-30', '2026-03-31'],
    ]);
    expect(result.overTime[1]!.cells.digitalTakeUp).to.deep.equal({ n: 5, share: 1 });
    expect(result.overTime[0]!.cells.digitalTakeUp).to.deep.equal({ suppressed: true });
    expect(result.byChannel.map((row) => row.id)).to.deep.equal(['web', 'counter']);
    expect(result.byChannel[1]!.cells.digitalTakeUp).to.deep.equal({ suppressed: true });
  });

  it('filters by service, category, channel and office, and prices requests per channel', () => {
    const history: InsightsHistory = {
      services, offices, feedback: [],
      requests: [
        ...Array.from({ length: 6 }, () => request('2026-03-02', 3)),
        ...Array.from({ length: 4 }, () => request('2026-03-02', 3, { channel: 'counter', office: 'erbil' })),
        ...Array.from({ length: 5 }, () => request('2026-03-02', 3, { serviceId: 'birth-certificate' })),
      ],
    };
    const count = (query: Partial<InsightsQuery>) => shown(aggregateInsights(history, { ...MARCH, ...query }, { now: NOW }).current.digitalTakeUp)?.n;
    expect(count({})).to.equal(15);
    expect(count({ serviceId: 'passport-renewal' })).to.equal(10);
    expect(count({ category: 'civil-registry' })).to.equal(5);
    expect(count({ channel: 'web' })).to.equal(11);
    expect(count({ office: 'erbil' })).to.equal(undefined); // 4: suppressed
    const costs = { currency: 'IQD', perRequest: { web: 1000, counter: 20000 } };
    // (11 × 1,000 + 4 × 20,000) / 15
    expect(aggregateInsights(history, MARCH, { now: NOW, costs }).current.costPerTransaction).to.deep.equal({ n: 15, amount: 91_000 / 15, currency: 'IQD' });
  });

  it('keeps comments only from services with at least 5 feedback items, at most 10 per rating, newest first', () => {
    const history: InsightsHistory = {
      services, offices, requests: [],
      feedback: [
        ...Array.from({ length: 12 }, (_, index) => feedback(`2026-03-${String(index + 1).padStart(2, '0')}`, 5, true, { comment: `great ${index + 1}` })),
        ...Array.from({ length: 4 }, () => feedback('2026-03-20', 1, false, { serviceId: 'birth-certificate', comment: 'identifying detail' })),
      ],
    };
    const { comments } = aggregateInsights(history, MARCH, { now: NOW });
    expect(comments.map((comment) => comment.text)).to.deep.equal(Array.from({ length: 10 }, (_, index) => `great ${12 - index}`));
  });

  it('rejects a period that ends before it starts or spans more than two years', () => {
    const history: InsightsHistory = { services, offices, feedback: [], requests: [] };
    expect(() => aggregateInsights(history, { ...MARCH, from: '2026-04-01' }, { now: NOW })).to.throw(RangeError);
    expect(() => aggregateInsights(history, { ...MARCH, from: '2023-01-01' }, { now: NOW })).to.throw(RangeError, /731/);
  });

  it('suppresses a second rating level when one hidden level could be worked out from the total', () => {
    expect(ratingLevelCells([3, 9, 7, 20, 40])).to.deep.equal([{ suppressed: true }, { n: 9 }, { suppressed: true }, { n: 20 }, { n: 40 }]);
    expect(previousPeriod('2026-03-01', '2026-03-01')).to.deep.equal({ from: '2026-02-28', to: '2026-02-28' });
  });
});

describe('aggregateInsights: properties', () => {
  const day = fc.integer({ min: 0, max: 89 }).map((offset) => Date.UTC(2026, 0, 1) + offset * DAY);
  const channel = fc.constantFrom('web', 'phone', 'email', 'sms', 'counter', 'kiosk', 'post') as fc.Arbitrary<HistoryRequest['channel']>;
  const feedbackArb = fc.record({
    at: day, serviceId: fc.constantFrom('passport-renewal', 'birth-certificate'), channel, office: fc.constantFrom('baghdad', 'erbil'),
    useful: fc.boolean(), rating: fc.option(fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>, { nil: undefined }),
    comment: fc.option(fc.constant('a comment'), { nil: undefined }),
  }).map(({ rating, comment, ...rest }): HistoryFeedback => ({ ...rest, ...(rating ? { rating } : {}), ...(comment ? { comment } : {}) }));
  const requestArb = fc.record({
    submittedAt: day, serviceId: fc.constantFrom('passport-renewal', 'birth-certificate'), channel, office: fc.constantFrom('baghdad', 'erbil'),
    promise: fc.integer({ min: 1, max: 20 }), takes: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    status: fc.constantFrom('completed', 'approved', 'rejected', 'cancelled', 'closed') as fc.Arbitrary<HistoryRequest['status']>,
  }).map(({ submittedAt, promise, takes, status, ...rest }, ): HistoryRequest => ({
    ...rest, reference: `DW-2026-${submittedAt % 9999}`, submittedAt, expectedAt: submittedAt + promise * DAY,
    ...(takes === undefined ? { status: 'in_progress' } : { closedAt: submittedAt + takes * DAY, status }),
  }));
  const historyArb = fc.record({ feedback: fc.array(feedbackArb, { maxLength: 80 }), requests: fc.array(requestArb, { maxLength: 80 }) })
    .map((parts): InsightsHistory => ({ services, offices, ...parts }));
  const queryArb = fc.record({
    from: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 60 }), bucket: fc.constantFrom('week', 'month') as fc.Arbitrary<'week' | 'month'>,
    serviceId: fc.option(fc.constant('passport-renewal'), { nil: undefined }), channel: fc.option(channel, { nil: undefined }),
  }).map(({ from, length, serviceId, channel: only, bucket }): InsightsQuery => ({
    from: new Date(Date.UTC(2026, 0, 1) + from * DAY).toISOString().slice(0, 10),
    to: new Date(Date.UTC(2026, 0, 1) + (from + length) * DAY).toISOString().slice(0, 10),
    bucket, ...(serviceId ? { serviceId } : {}), ...(only ? { channel: only } : {}),
  }));
  const now = new Date('2026-03-15T00:00:00Z');

  /** Every cell anywhere in a result. */
  function cells(value: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
    if (Array.isArray(value)) value.forEach((item) => cells(item, found));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ('suppressed' in record || ('n' in record && typeof record.n === 'number')) found.push(record);
      else Object.values(record).forEach((item) => cells(item, found));
    }
    return found;
  }

  it('never shows a figure from fewer than 5 items; shares stay in [0, 1]; the result fits the schema', () => {
    fc.assert(fc.property(historyArb, queryArb, (history, query) => {
      const result = aggregateInsights(history, query, { now, costs: { currency: 'IQD', perRequest: { web: 1, counter: 5 } } });
      parseResponse(InsightsResult, result, 'insights');
      for (const cell of cells(result)) {
        if ('suppressed' in cell) expect(Object.keys(cell)).to.deep.equal(['suppressed']);
        else {
          expect(cell.n as number).to.be.at.least(5);
          if ('share' in cell) expect(cell.share as number).to.be.within(0, 1);
        }
      }
      const shownLevels = result.current.ratingLevels.filter((level) => !('suppressed' in level));
      expect(shownLevels.length).to.not.equal(4); // one hidden level is never the only hidden one
    }), { numRuns: 200 });
  });

  it('buckets partition the period, and their counts add up to the headline', () => {
    fc.assert(fc.property(historyArb, queryArb, (history, query) => {
      const result = aggregateInsights(history, query, { now });
      expect(result.overTime[0]!.start).to.equal(query.from);
      expect(result.overTime.at(-1)!.end).to.equal(query.to);
      const selected = history.requests.filter((item) => item.submittedAt >= Date.parse(query.from) && item.submittedAt < Date.parse(query.to) + DAY
        && (!query.serviceId || item.serviceId === query.serviceId) && (!query.channel || item.channel === query.channel));
      const total = shown(result.current.digitalTakeUp)?.n;
      expect(total).to.equal(selected.length >= 5 ? selected.length : undefined);
      // channel rows split the same requests: the shown ones never add up to more
      const split = result.byChannel.reduce((sum, row) => sum + (shown(row.cells.digitalTakeUp)?.n ?? 0), 0);
      expect(split).to.be.at.most(selected.length);
    }), { numRuns: 200 });
  });
});

describe('the demo insights history', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  const history = generateInsightsHistory(now);

  it('holds a year of at least 5,000 feedback items and 2,000 requests over the seven channels, the same every time', () => {
    expect(history.feedback.length).to.be.at.least(5000);
    expect(history.requests.length).to.be.at.least(2000);
    expect(new Set(history.requests.map((item) => item.channel)).size).to.equal(7);
    expect(generateInsightsHistory(now).requests.slice(0, 50)).to.deep.equal(history.requests.slice(0, 50));
    expect(Math.min(...history.feedback.map((item) => item.at))).to.be.at.least(now.getTime() - 366 * DAY);
  });

  it('tells its story: passport renewal degrades, the national card improves, summer is busier than winter', () => {
    const first = { from: '2025-12-01', to: '2026-05-31', bucket: 'month' as const };
    const last = { from: '2026-06-01', to: '2026-11-29', bucket: 'month' as const };
    const share = (query: InsightsQuery, key: 'satisfaction' | 'onTime' | 'digitalTakeUp') => {
      const cell = aggregateInsights(history, query, { now }).current[key];
      return 'share' in cell ? cell.share : NaN;
    };
    const passport = { serviceId: 'passport-renewal' };
    const card = { serviceId: 'national-card' };
    expect(share({ ...last, ...passport }, 'satisfaction')).to.be.below(share({ ...first, ...passport }, 'satisfaction') - 0.1);
    expect(share({ ...last, ...passport }, 'onTime')).to.be.below(share({ ...first, ...passport }, 'onTime') - 0.1);
    expect(share({ ...last, ...card }, 'digitalTakeUp')).to.be.above(share({ ...first, ...card }, 'digitalTakeUp') + 0.15);
    const volume = (from: string, to: string) => history.requests.filter((item) => item.submittedAt >= Date.parse(from) && item.submittedAt < Date.parse(to)).length;
    expect(volume('2026-07-01', '2026-08-01')).to.be.above(volume('2026-01-01', '2026-02-01') * 1.3);
  });

  it('is what the demo backend answers, parsed by the schema, and it rejects a bad query with a 422', async () => {
    const backend = createDemoBackend({ now: () => now });
    expect(backend.capabilities.insights).to.equal(true);
    const result = await backend.getInsights!({ from: '2026-06-01', to: '2026-11-29', bucket: 'month', serviceId: 'passport-renewal' });
    parseResponse(InsightsResult, result, 'insights');
    expect(result.overTime).to.have.length(6);
    expect(result.current.costPerTransaction).to.have.property('currency', 'IQD');
    const refused = await backend.getInsights!({ from: '2026-06-01', to: 'soon', bucket: 'month' }).catch((error: unknown) => error);
    expect(refused).to.include({ code: 'http', status: 422 });
  });
});
