// <diwan-insights> journeys: the manager's question in Arabic (last 6 months, "Renew a passport": how
// satisfied, how many online, how many late — chart and table), the keyboard alone, a real pointer.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickAt, releasePointer } from '../../../../test/embedding/pointer.js';
import { DiwanInsightsQueryEvent } from './events.js';
import { $, $$, card, demoBackend, focused, insightsWidget, part, text, untilPart } from './test-support.js';

describe('<diwan-insights> journeys', function () {
  this.timeout(60000);
  afterEach(() => releasePointer());

  it('answers the manager in Arabic: satisfaction, applied online and late requests, as a chart and as a table', async () => {
    const el = await insightsWidget(demoBackend(), { lang: 'ar', service: 'passport-renewal', period: 6 });
    await untilPart(el, 'headline');
    await waitUntil(() => text(part(el, 'title')) === 'مؤشرات الخدمات', 'the Arabic strings');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    const satisfaction = text(card(el, 'satisfaction'));
    expect(satisfaction).to.match(/^المواطنون الراضون \S+ من \S+ تقييم/);
    expect(text(card(el, 'digitalTakeUp'))).to.contain('قدّموا عبر الإنترنت');
    expect(text($(el, '.service-level'))).to.contain('متأخرة الآن');
    const late = text(part(el, 'overdue-count'));
    expect(late).to.not.equal('أقل من 5');
    expect(text(part(el, 'overdue'))).to.contain('تجاوز');
    // the chart: time runs right to left in Arabic (the earliest month at the right)
    const points = $$(el, '.line-chart .point .marker');
    const x = (marker: Element) => marker.getBoundingClientRect().left;
    expect(x(points[0]!)).to.be.greaterThan(x(points.at(-1)!));
    // and the same figures as a table
    const overTime = $(el, '[data-figure="overTime"]')!;
    overTime.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await waitUntil(() => overTime.querySelector('table'), 'the over-time table');
    const header = [...overTime.querySelectorAll('thead th')].map(text);
    expect(header).to.include.members(['الفترة', 'المواطنون الراضون', 'قدّموا عبر الإنترنت']);
    expect(overTime.querySelectorAll('tbody tr')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('is used with the keyboard alone: choose a period, move along the chart with the arrows, hear each value', async () => {
    const el = await insightsWidget(demoBackend());
    await untilPart(el, 'headline');
    const period = $<HTMLSelectElement>(el, 'select[name="period"]')!;
    period.focus();
    const asked = oneEvent(el, DiwanInsightsQueryEvent.type);
    await sendKeys({ press: 'ArrowDown' }); // 6 → 12 months
    expect(((await asked) as unknown as DiwanInsightsQueryEvent).query).to.include({ from: '2025-12-01', to: '2026-11-29' });
    await untilPart(el, 'headline');
    expect(focused(el)).to.equal(period);
    // Tab on to the chart's one stop: the latest point
    const chart = $(el, '.line-chart')!;
    for (let step = 0; step < 20 && !chart.contains(focused(el)); step += 1) await sendKeys({ press: 'Tab' });
    const label = () => focused(el)!.getAttribute('aria-label');
    expect(label()).to.match(/^Nov 2026: \d+%, of [\d,]+ ratings$/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(label()).to.match(/^Oct 2026: /);
    await sendKeys({ press: 'Home' });
    expect(label()).to.match(/^Dec 2025: /);
    expect($$(el, '.line-chart [tabindex="0"]')).to.have.length(1);
  });

  it('is used with a real pointer: show a chart as a table, and back', async () => {
    const el = await insightsWidget(demoBackend());
    await untilPart(el, 'headline');
    const figure = $(el, '[data-figure="byChannel"]')!;
    await clickAt(figure.querySelector('[part~="table-toggle"]'), 'the table toggle');
    await waitUntil(() => figure.querySelector('table'), 'the by-channel table');
    expect([...figure.querySelectorAll('tbody th')].map(text)).to.include.members(['Online', 'Counter', 'Phone']);
    expect(figure.querySelector('[part~="table-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
    await clickAt(figure.querySelector('[part~="table-toggle"]'), 'the table toggle');
    await waitUntil(() => figure.querySelector('.bars'), 'the bars again');
    // the bars carry their figures in words beside them
    expect(text(figure.querySelector('.bar-row'))).to.match(/^Online \d+% \(of [\d,]+ ratings\)$/);
  });

  it('narrows to a category and then an office with the keyboard alone', async () => {
    const el = await insightsWidget(demoBackend());
    await untilPart(el, 'headline');
    const { services } = await demoBackend().listServices();
    const category = $<HTMLSelectElement>(el, 'select[name="category"]')!;
    expect(category.options[0]!.value, 'all categories first').to.equal('');
    expect(category.options.length).to.be.greaterThan(2);
    category.focus();
    const categoryAsked = oneEvent(el, DiwanInsightsQueryEvent.type);
    await sendKeys({ press: 'ArrowDown' });
    const chosenCategory = category.value;
    expect(((await categoryAsked) as unknown as DiwanInsightsQueryEvent).query).to.include({ category: chosenCategory });
    expect(el.getAttribute('category')).to.equal(chosenCategory);
    await untilPart(el, 'headline');
    // the services offered are the category's own
    const offered = [...$<HTMLSelectElement>(el, 'select[name="service"]')!.options].slice(1).map((option) => option.value);
    expect(offered).to.not.be.empty;
    expect(offered).to.have.members(services.filter((service) => service.category === chosenCategory).map((service) => service.id));
    const office = $<HTMLSelectElement>(el, 'select[name="office"]')!;
    expect(office.options.length, 'all offices and the offices the figures named').to.be.greaterThan(2);
    office.focus();
    const officeAsked = oneEvent(el, DiwanInsightsQueryEvent.type);
    await sendKeys({ press: 'ArrowDown' });
    const chosenOffice = office.value;
    expect(((await officeAsked) as unknown as DiwanInsightsQueryEvent).query).to.include({ category: chosenCategory, office: chosenOffice });
    await waitUntil(() => part(el, 'headline') || part(el, 'empty'), 'the office\'s figures');
    expect(focused(el)).to.equal(office);
    if (part(el, 'headline')) expect($$(el, '[data-figure="byOffice"] .bar-row').length).to.equal(1);
  });

  it('narrows to an office with a real pointer', async () => {
    const el = await insightsWidget(demoBackend());
    await untilPart(el, 'headline');
    const office = $<HTMLSelectElement>(el, 'select[name="office"]')!;
    const under = await clickAt(office, 'the office choice');
    expect(focused(el), `the pointer reached the office choice (it hit ${under})`).to.equal(office);
    // the list the click opened is the browser's own, outside the page (no pointer reaches it in a test):
    // a second click closes it, and the arrow key chooses the first office
    await clickAt(office, 'the office choice');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.office, 'an office chosen', { timeout: 8000 });
    expect(el.office).to.equal(office.options[1]!.value);
    await untilPart(el, 'headline');
    const figure = $(el, '[data-figure="byOffice"]')!;
    await clickAt(figure.querySelector('[part~="table-toggle"]'), 'the table toggle');
    await waitUntil(() => figure.querySelector('table'), 'the by-office table');
    expect([...figure.querySelectorAll('tbody th')].map(text)).to.deep.equal([office.options[1]!.textContent!.trim()]);
  });
});
