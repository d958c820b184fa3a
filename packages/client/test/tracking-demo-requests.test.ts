// The demo backend's sample requests cover what the tracker can show: every status, every SLA state,
// many channels, four languages.
import { expect } from '@open-wc/testing';
import { RequestStatus, SlaState, type LocalizedText, type RequestRecord } from '../src/schemas/index.js';
import { createDemoBackend } from '../src/demo/index.js';
import { demoRequests } from '../src/demo/requests.js';
import { slaState } from '../src/tracking/sla.js';

const now = new Date('2026-06-15T10:00:00Z');

async function allRecords(): Promise<RequestRecord[]> {
  const backend = createDemoBackend({ now: () => now });
  const records: RequestRecord[] = [];
  for (const [reference, request] of demoRequests) {
    records.push(await backend.findRequest({ reference, verification: request.surnames[0]! }));
  }
  return records;
}

const texts = (record: RequestRecord): LocalizedText[] =>
  [record.serviceName, record.statusNote, record.office?.name, ...record.timeline.map((event) => event.note), ...(record.actionsNeeded ?? []).map((action) => action.label)]
    .filter((text): text is LocalizedText => text !== undefined);

describe('demo requests for the tracker', () => {
  it('has at least 12 requests covering every status and every SLA state (given or computed)', async () => {
    const records = await allRecords();
    expect(records.length).to.be.at.least(12);
    expect(new Set(records.map((record) => record.status))).to.have.keys(RequestStatus.options);
    expect(new Set(records.map((record) => slaState(record, now)).filter(Boolean))).to.have.keys(SlaState.options);
    const computed = records.filter((record) => record.sla === undefined).map((record) => slaState(record, now));
    expect(new Set(computed.filter(Boolean)), 'SLA states only computed from dates').to.have.keys(SlaState.options);
  });

  it('uses at least five channels, and writes every text in en, ar, ckb and fr', async () => {
    const records = await allRecords();
    const channels = new Set(records.flatMap((record) => record.timeline.map((event) => event.channel)));
    expect(channels.size).to.be.at.least(5);
    for (const record of records) {
      for (const text of texts(record)) {
        expect(typeof text === 'string' ? {} : text, `${record.reference}: ${JSON.stringify(text)}`).to.include.keys('en', 'ar', 'ckb', 'fr');
      }
    }
  });

  it('keeps DW-2026-0001 (Karim) in progress and on track, DW-2026-0002 (Haddad) overdue with an action', async () => {
    const backend = createDemoBackend({ now: () => now });
    const karim = await backend.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' });
    expect([karim.status, slaState(karim, now)]).to.deep.equal(['in_progress', 'on_track']);
    const haddad = await backend.findRequest({ reference: 'DW-2026-0002', verification: 'Haddad' });
    expect([haddad.status, slaState(haddad, now)]).to.deep.equal(['awaiting_citizen', 'overdue']);
    expect(haddad.actionsNeeded).to.have.length(1);
  });
});
