// issue 12 §5: addresses from backend data never become a mailto: link that adds recipients or headers.
// (The catalogue already refuses such a service when it parses; the checker and tracker render channels
// and offices from backends that issue 12 §1 brings under one validating layer: this guard holds either way.)
import { expect } from '@open-wc/testing';
import { mailtoHref } from './mailto.js';

const HOSTILE = [
  'office@example.gov?cc=everyone@evil.example', 'office@example.gov&bcc=spy@evil.example', 'office@example.gov,spy@evil.example',
  'office@example.gov;spy@evil.example', 'office@example.gov%0Abcc:spy@evil.example', 'office@example.gov\nBcc: spy@evil.example',
  'office@example.gov?body=Send%20your%20PIN', 'javascript:alert(1)//@example.gov', '"a?cc=b"@example.gov', 'office@example.gov#x',
  'office@@example.gov', '@example.gov', 'office@', 'office@localhost', 'office@example.gov\u202E', ' office@example.gov', '',
];

describe('mailto: links from backend data', () => {
  it('links one plain address, internationalised ones too', () => {
    expect(mailtoHref('passports@example.gov')).to.equal('mailto:passports@example.gov');
    expect(mailtoHref('first.last+tag@mail.example.gov.iq')).to.equal('mailto:first.last+tag@mail.example.gov.iq');
    expect(mailtoHref('مكتب@وزارة.عراق')).to.equal('mailto:مكتب@وزارة.عراق');
  });

  it('links no hostile value', () => {
    for (const value of HOSTILE) expect(mailtoHref(value), JSON.stringify(value)).to.equal(undefined);
  });

});
