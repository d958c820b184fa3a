// A deterministic 12-month history for the demo backend's insights, so the staff widget tells a story:
// seasons (a summer peak in travel documents, September in education), digital take-up that grows,
// passport renewal degrading (more late, less satisfied) and the national card improving (more online,
// faster). Generated only when getInsights is first called: it is in the insights chunk alone.
import type { ContactChannel } from '../schemas/request.js';
import { DAY_MS } from '../insights/aggregate.js';
import { promisedDays, type HistoryFeedback, type HistoryOffice, type HistoryRequest, type HistoryService, type InsightsHistory } from '../insights/history.js';
import { demoCatalogue } from './data/index.js';
import { INSIGHTS_COMMENTS } from './insights-comments.js';

export const DEGRADING_SERVICE = 'passport-renewal';
export const IMPROVING_SERVICE = 'national-card';
const DAYS = 365;
const REQUESTS_PER_DAY = 7; // ≈ 2,500 a year before seasons
const FEEDBACK_PER_DAY = 17; // ≈ 6,000 a year before seasons

export const DEMO_OFFICES: readonly HistoryOffice[] = [
  { id: 'baghdad', name: { en: 'Baghdad central office', ar: 'مكتب بغداد المركزي', ckb: 'نووسینگەی ناوەندیی بەغدا', fr: 'Bureau central de Bagdad' } },
  { id: 'erbil', name: { en: 'Erbil office', ar: 'مكتب أربيل', ckb: 'نووسینگەی هەولێر', fr: 'Bureau d’Erbil' } },
  { id: 'basra', name: { en: 'Basra office', ar: 'مكتب البصرة', ckb: 'نووسینگەی بەسرە', fr: 'Bureau de Bassora' } },
  { id: 'mosul', name: { en: 'Mosul office', ar: 'مكتب الموصل', ckb: 'نووسینگەی مووسڵ', fr: 'Bureau de Mossoul' } },
];
const OFFICE_WEIGHTS = [0.45, 0.25, 0.18, 0.12];

/** Popular services get most of the traffic; the rest share a long tail. */
const SERVICE_WEIGHTS: Record<string, number> = {
  'passport-renewal': 14, 'national-card': 11, 'driving-licence-renewal': 7, 'birth-certificate': 6, 'vehicle-registration': 5,
  'school-enrolment': 4, 'traffic-fine': 4, 'health-card': 3, 'income-tax-return': 3, 'criminal-record-certificate': 3,
};

/** mulberry32: a small seeded PRNG, so the same day always yields the same history. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = rand() * total;
  for (let index = 0; index < items.length; index += 1) {
    roll -= weights[index]!;
    if (roll < 0) return items[index]!;
  }
  return items[items.length - 1]!;
}

/** Whole-number count around `mean` (a Poisson draw by inversion: means here are small). */
function poisson(rand: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = rand(); product > limit; product *= rand()) count += 1;
  return count;
}

function demoServices(): HistoryService[] {
  return demoCatalogue.services.map((service) => ({
    id: service.id,
    name: service.name,
    category: service.category,
    promisedDays: promisedDays(service.processingTime),
  }));
}

/** Seasonal volume by month (0 = January): a summer travel peak, a quieter winter. */
const SEASON = [0.85, 0.85, 0.95, 1, 1.05, 1.25, 1.4, 1.35, 1.15, 1, 0.9, 0.8];
const SEASONAL_SERVICES: Record<string, (month: number) => number> = {
  'passport-renewal': (month) => (month >= 5 && month <= 7 ? 1.8 : 1),
  'child-passport': (month) => (month >= 5 && month <= 7 ? 1.8 : 1),
  'school-enrolment': (month) => (month === 8 ? 4 : month === 7 ? 2 : 0.5),
};

const CHANNELS: readonly ContactChannel[] = ['web', 'phone', 'email', 'sms', 'counter', 'kiosk', 'post'];

/** The channel mix on a day `progress` (0 → 1) into the year: web grows from 35 % to 50 % (70 % for the improving service). */
function channelWeights(serviceId: string, progress: number): number[] {
  const web = serviceId === IMPROVING_SERVICE ? 0.2 + 0.55 * progress : 0.35 + 0.15 * progress;
  const rest = 1 - web;
  return [web, rest * 0.2, rest * 0.08, rest * 0.04, rest * 0.55, rest * 0.1, rest * 0.03];
}

/** How late a request runs, as a multiple of the promised time (1 = exactly on the promise). */
function delayFactor(rand: () => number, serviceId: string, progress: number, channel: ContactChannel): number {
  let lateChance = 0.12;
  if (serviceId === DEGRADING_SERVICE) lateChance = 0.08 + 0.5 * progress;
  if (serviceId === IMPROVING_SERVICE) lateChance = 0.4 - 0.35 * progress;
  if (channel === 'post') lateChance += 0.1;
  return rand() < lateChance ? 1.05 + rand() * 1.2 : 0.35 + rand() * 0.6;
}

function rating(rand: () => number, quality: number): 1 | 2 | 3 | 4 | 5 {
  // quality in [0, 1]: the chance of a good experience
  const roll = rand();
  if (roll < quality) return rand() < 0.55 ? 5 : 4;
  return pick(rand, [1, 2, 3] as const, [0.3, 0.35, 0.35]);
}

function serviceQuality(serviceId: string, progress: number): number {
  if (serviceId === DEGRADING_SERVICE) return 0.85 - 0.45 * progress;
  if (serviceId === IMPROVING_SERVICE) return 0.5 + 0.4 * progress;
  return 0.72;
}

/** Builds the history for the 365 days up to `now` (the same `now` day always gives the same history). */
export function generateInsightsHistory(now: Date): InsightsHistory {
  const services = demoServices();
  const ids = services.map((service) => service.id);
  const weights = ids.map((id) => SERVICE_WEIGHTS[id] ?? 1);
  const promised = new Map(services.map((service) => [service.id, service.promisedDays!]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const rand = random(20_261_129);
  const requests: HistoryRequest[] = [];
  const feedback: HistoryFeedback[] = [];
  const counters = new Map<number, number>();
  const offices = DEMO_OFFICES.map((office) => office.id);

  for (let day = DAYS - 1; day >= 0; day -= 1) {
    const dayStart = today - day * DAY_MS;
    const month = new Date(dayStart).getUTCMonth();
    const progress = 1 - day / (DAYS - 1);
    const weekday = new Date(dayStart).getUTCDay();
    const weekly = weekday === 5 ? 0.35 : weekday === 6 ? 0.8 : 1; // Friday is the weekend
    const dayWeights = weights.map((weight, index) => weight * (SEASONAL_SERVICES[ids[index]!]?.(month) ?? 1));

    const requestCount = poisson(rand, REQUESTS_PER_DAY * SEASON[month]! * weekly);
    for (let index = 0; index < requestCount; index += 1) {
      const serviceId = pick(rand, ids, dayWeights);
      const channel = pick(rand, CHANNELS, channelWeights(serviceId, progress));
      const submittedAt = dayStart + Math.floor(rand() * DAY_MS);
      if (submittedAt > now.getTime()) continue;
      const promise = promised.get(serviceId)!;
      const expectedAt = submittedAt + promise * DAY_MS;
      const closesAt = submittedAt + promise * delayFactor(rand, serviceId, progress, channel) * DAY_MS;
      const year = new Date(submittedAt).getUTCFullYear();
      const sequence = (counters.get(year) ?? 999) + 1;
      counters.set(year, sequence);
      const outcome = pick(rand, ['completed', 'approved', 'rejected', 'cancelled'] as const, [0.62, 0.24, 0.09, 0.05]);
      const closed = closesAt <= now.getTime();
      requests.push({
        reference: `DW-${year}-${String(sequence).padStart(4, '0')}`,
        serviceId,
        channel,
        office: pick(rand, offices, OFFICE_WEIGHTS),
        submittedAt,
        expectedAt,
        ...(closed ? { closedAt: Math.round(closesAt), status: outcome } : { status: rand() < 0.2 ? 'awaiting_citizen' : 'in_progress' }),
      });
    }

    const feedbackCount = poisson(rand, FEEDBACK_PER_DAY * SEASON[month]! * weekly);
    for (let index = 0; index < feedbackCount; index += 1) {
      const serviceId = pick(rand, ids, dayWeights);
      const quality = serviceQuality(serviceId, progress);
      const at = dayStart + Math.floor(rand() * DAY_MS);
      if (at > now.getTime()) continue;
      const rated = rand() < 0.7;
      const stars = rated ? rating(rand, quality) : undefined;
      const useful = rand() < (stars === undefined ? quality : stars >= 4 ? 0.92 : stars === 3 ? 0.6 : 0.25);
      const comments = stars === undefined ? undefined : INSIGHTS_COMMENTS[stars - 1]!;
      const languages = comments ? (Object.keys(comments) as Array<keyof typeof comments>) : [];
      const lang = comments && rand() < 0.18 ? languages[Math.floor(rand() * languages.length)] : undefined;
      feedback.push({
        at,
        serviceId,
        // feedback is mostly left on the web page; the rest comes from SMS surveys after counter visits
        channel: rand() < 0.8 ? 'web' : pick(rand, CHANNELS, channelWeights(serviceId, progress)),
        office: pick(rand, offices, OFFICE_WEIGHTS),
        useful,
        ...(stars === undefined ? {} : { rating: stars }),
        ...(lang === undefined ? {} : { comment: comments![lang], lang }),
      });
    }
  }
  return { services, offices: DEMO_OFFICES, feedback, requests };
}
