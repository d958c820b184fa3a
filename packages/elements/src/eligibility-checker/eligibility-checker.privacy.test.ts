// Privacy: answers are evaluated in the browser. This test records every request the page makes during
// a full journey against a real HTTP backend (the fixture server) and looks for the answers in them.
import { expect, oneEvent } from '@open-wc/testing';
import { demoCatalogue, demoEligibilityRules } from '@diwan/client/demo';
import '../define/eligibility-checker.js';
import type { DiwanEligibilityResultEvent } from './events.js';
import { $, answer, mountChecker, untilHeading, untilReady } from './test-support.js';
import type { DiwanEligibilityChecker } from './eligibility-checker.js';

interface RecordedRequest {
  url: string;
  body: string;
}

/** Records fetch calls (URL and body), sendBeacon calls, and every resource the page loads. */
function recordRequests(): { requests: RecordedRequest[]; stop: () => string[] } {
  const requests: RecordedRequest[] = [];
  const originalFetch = window.fetch;
  const originalBeacon = navigator.sendBeacon?.bind(navigator);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({ url: request.url, body: init?.body === undefined ? await request.clone().text() : String(init.body) });
    return originalFetch(input, init);
  };
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    requests.push({ url: String(url), body: String(data ?? '') });
    return originalBeacon ? originalBeacon(url, data) : false;
  };
  const resources: string[] = [];
  const observer = new PerformanceObserver((list) => resources.push(...list.getEntries().map((entry) => entry.name)));
  observer.observe({ type: 'resource', buffered: false });
  return {
    requests,
    stop: () => {
      resources.push(...observer.takeRecords().map((entry) => entry.name));
      observer.disconnect();
      window.fetch = originalFetch;
      if (originalBeacon) navigator.sendBeacon = originalBeacon;
      return resources;
    },
  };
}

async function scriptBackend(): Promise<string> {
  const base = `/__fixtures/${crypto.randomUUID()}`;
  const service = demoCatalogue.services.find((candidate) => candidate.id === 'disability-allowance');
  const rules = demoEligibilityRules.find((candidate) => candidate.serviceId === 'disability-allowance');
  const routes = [
    { path: '/services/disability-allowance', body: service },
    { path: '/services/disability-allowance/eligibility', body: rules },
  ];
  const response = await fetch(`${base}/__script`, { method: 'POST', body: JSON.stringify(routes) });
  expect(response.ok).to.equal(true);
  return base;
}

describe('<diwan-eligibility-checker> privacy', () => {
  it('sends no answer in any request during a full journey, and the result event carries no answers', async () => {
    const base = await scriptBackend();
    // distinctive answers: none of these strings can appear by chance in a URL, header or body
    const answers = { age: '58', degree: '73', income: '612347' };
    const pageUrl = location.href;
    const recorder = recordRequests();
    let resources: string[];
    let event: DiwanEligibilityResultEvent;
    try {
      const el = mountChecker((checker) => {
        checker.setAttribute('api', base);
        checker.service = 'disability-allowance';
      });
      await untilReady(el);
      await answer(el, answers.age);
      await answer(el, true);
      await answer(el, true);
      await answer(el, answers.degree);
      await answer(el, answers.income);
      await untilHeading(el, 'Check your answers');
      const resultEvent = oneEvent(el, 'diwan-eligibility-result') as Promise<DiwanEligibilityResultEvent>;
      $(el, '[part="see-result"]')!.click();
      event = await resultEvent;
      await untilHeading(el, /^You can probably get/);
      // changing an answer and seeing the result again must not send anything either
      $(el, '[part="back"]')!.click();
      await untilHeading(el, 'Check your answers');
    } finally {
      resources = recorder.stop();
    }

    const urls = [...recorder.requests.map((request) => request.url), ...resources];
    expect(urls.some((url) => url.includes(`${base}/services/disability-allowance/eligibility`)), 'the rules were fetched').to.equal(true);
    // the scenario's random id is ours, not the citizen's: leave it out of the search
    const withoutBase = (text: string) => text.split(`${location.origin}${base}`).join('<backend>');
    const sent = withoutBase([...recorder.requests.map((request) => `${request.url}\n${request.body}`), ...resources].join('\n'));
    for (const value of Object.values(answers)) expect(sent, `answer ${value}`).not.to.contain(value);
    expect(sent).not.to.match(/lives-in-country|has-assessment|monthly-income=/);

    // and what the server saw: every request, with headers and bodies
    const log = (await (await fetch(`${base}/__log`)).json()) as Array<{ method: string; headers: Record<string, string> }>;
    expect(log.length).to.be.greaterThan(0);
    // the browser's own identification headers carry version numbers: everything else is searched
    const received = JSON.stringify(log.map(({ headers, ...request }) => ({
      ...request,
      headers: Object.entries(headers).filter(([name]) => !/^(user-agent|sec-ch-ua.*|host|referer)$/i.test(name)),
    })));
    for (const value of Object.values(answers)) expect(received).not.to.contain(value);
    expect(log.every((request) => request.method === 'GET')).to.equal(true);

    expect(location.href, 'nothing written to the page URL (referrers carry it)').to.equal(pageUrl);
    expect(event!.outcomeId).to.equal('eligible');
    expect(JSON.stringify({ ...event! })).not.to.match(/612347|73|58/);
  });

  // issue 12 §4: before, answers always sat in clear sessionStorage until the tab closed
  describe('what stays on the device', () => {
    const stored = () => Object.keys(sessionStorage).filter((key) => key.startsWith('diwan:eligibility:'));
    const checker = (remember?: 'session' | 'none') => mountChecker((el) => {
      el.setAttribute('backend', 'demo');
      el.service = 'disability-allowance';
      if (remember) el.setAttribute('remember', remember);
    });
    async function answerTwo(el: DiwanEligibilityChecker): Promise<void> {
      await untilReady(el);
      await answer(el, '40');
      await answer(el, true);
      await untilHeading(el, 'Has a medical committee assessed your disability?');
    }

    it('keeps no answer anywhere by default (remember="none"): a reload starts afresh', async () => {
      const first = checker();
      expect(first.remember).to.equal('none');
      await answerTwo(first);
      expect(stored(), 'nothing in sessionStorage').to.deep.equal([]);
      expect(JSON.stringify({ ...sessionStorage, ...localStorage })).to.not.contain('"age"');
      first.remove();
      const again = checker();
      await untilHeading(again, 'How old are you?');
    });

    it('with remember="session" keeps the place through a reload; switching to none removes it', async () => {
      const first = checker('session');
      await answerTwo(first);
      expect(stored()).to.have.length(1);
      first.remove();
      const again = checker('session');
      await untilHeading(again, 'Has a medical committee assessed your disability?');
      again.remember = 'none';
      await again.updateComplete;
      expect(stored(), 'removed when the host stops remembering').to.deep.equal([]);
    });

    it('removes what an earlier remember="session" stored when the next page does not remember', async () => {
      const first = checker('session');
      await answerTwo(first);
      first.remove();
      const again = checker();
      await untilHeading(again, 'How old are you?');
      expect(stored()).to.deep.equal([]);
    });
  });
});
