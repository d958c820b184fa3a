import { expect } from '@open-wc/testing';
import { isFinished, relativeTimeParts, slaState } from '../src/tracking/sla.js';
import { nextPollDelay, requestFingerprint, type PollTiming } from '../src/tracking/poll-schedule.js';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-03-10T12:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();

describe('slaState', () => {
  const open = (submittedDaysAgo: number, expectedInDays: number) =>
    slaState({ status: 'in_progress', submittedAt: at(-submittedDaysAgo), expectedAt: at(expectedInDays) }, now);

  it('is overdue once the expected date has passed', () => {
    expect(open(30, -0.01)).to.equal('overdue');
    expect(open(30, -10)).to.equal('overdue');
  });

  it('is at risk with less than 20 % of the allowed time left', () => {
    // 30 days allowed: at risk under 6 days left
    expect(open(25, 5)).to.equal('at_risk');
    expect(open(23, 7)).to.equal('on_track');
  });

  it('is at risk with less than two days left, but never for more than half of a short request', () => {
    expect(open(8, 1.5)).to.equal('at_risk'); // 9.5 days allowed, 20 % is 1.9 days, two days wins
    expect(open(0.1, 1.9)).to.equal('on_track'); // 2 days allowed: at risk only in the second half
    expect(open(1.2, 0.8)).to.equal('at_risk');
  });

  it('takes the backend’s own verdict when there is one', () => {
    expect(slaState({ status: 'in_progress', submittedAt: at(-1), expectedAt: at(20), sla: 'overdue' }, now)).to.equal('overdue');
  });

  it('has no state without an expected date, or once the request is finished', () => {
    expect(slaState({ status: 'received', submittedAt: at(-1) }, now)).to.equal(undefined);
    for (const status of ['approved', 'rejected', 'completed', 'closed', 'cancelled'] as const) {
      expect(isFinished(status)).to.equal(true);
      expect(slaState({ status, submittedAt: at(-30), expectedAt: at(-5), sla: 'overdue' }, now), status).to.equal(undefined);
    }
    expect(isFinished('on_hold')).to.equal(false);
  });
});

describe('relativeTimeParts', () => {
  it('picks a unit a citizen reads easily', () => {
    expect(relativeTimeParts(at(-10 / (24 * 60)), now)).to.deep.equal({ value: -10, unit: 'minute' });
    expect(relativeTimeParts(at(5 / 24), now)).to.deep.equal({ value: 5, unit: 'hour' });
    expect(relativeTimeParts(at(6), now)).to.deep.equal({ value: 6, unit: 'day' });
    expect(relativeTimeParts(at(-15), now)).to.deep.equal({ value: -2, unit: 'week' });
    expect(relativeTimeParts(at(90), now)).to.deep.equal({ value: 3, unit: 'month' });
  });

  it('counts calendar days, so a date early tomorrow is "tomorrow"', () => {
    const lateEvening = new Date(2026, 2, 10, 23, 0);
    const earlyMorning = new Date(2026, 2, 12, 1, 0); // 26 hours later, two calendar days
    expect(relativeTimeParts(earlyMorning, lateEvening)).to.deep.equal({ value: 2, unit: 'day' });
  });
});

describe('nextPollDelay', () => {
  const timing: PollTiming = { initialMs: 100, maxMs: 1000, factor: 1.5 };

  it('starts at the initial wait and backs off while nothing changes, up to the maximum', () => {
    const waits: number[] = [];
    let wait: number | undefined;
    for (let poll = 0; poll < 8; poll++) {
      wait = nextPollDelay(wait, 'unchanged', timing);
      waits.push(wait);
    }
    expect(waits).to.deep.equal([100, 150, 225, 337.5, 506.25, 759.375, 1000, 1000]);
  });

  it('goes back to the initial wait after a change, and doubles after a failure', () => {
    expect(nextPollDelay(800, 'changed', timing)).to.equal(100);
    expect(nextPollDelay(200, 'failed', timing)).to.equal(400);
    expect(nextPollDelay(900, 'failed', timing)).to.equal(1000);
  });
});

describe('requestFingerprint', () => {
  it('changes with the status, the last update, new events or actions', () => {
    const base = { status: 'in_progress', updatedAt: at(-1), timeline: [1, 2], actionsNeeded: [] };
    const same = requestFingerprint(base);
    expect(requestFingerprint({ ...base })).to.equal(same);
    expect(requestFingerprint({ ...base, status: 'approved' })).not.to.equal(same);
    expect(requestFingerprint({ ...base, updatedAt: at(0) })).not.to.equal(same);
    expect(requestFingerprint({ ...base, timeline: [1, 2, 3] })).not.to.equal(same);
    expect(requestFingerprint({ ...base, actionsNeeded: [1] })).not.to.equal(same);
  });
});
