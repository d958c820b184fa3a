import { expect } from '@open-wc/testing';
import { resolveText, resolveTextIn } from '../src/localized.js';
import { parseResponse } from '../src/parse.js';
import { Service } from '../src/schemas/index.js';
import { DiwanError } from '../src/errors.js';

describe('resolveText', () => {
  const text = { en: 'Passport', ar: 'جواز السفر', fr: 'Passeport' };
  it('picks the preferred locale, then its base language, then English', () => {
    expect(resolveText(text, ['ar'])).to.equal('جواز السفر');
    expect(resolveText(text, ['fr-CA'])).to.equal('Passeport');
    expect(resolveText(text, ['ckb'])).to.equal('Passport');
    expect(resolveText({ ar: 'فقط' }, ['fr'])).to.equal('فقط');
    expect(resolveText('plain', ['ar'])).to.equal('plain');
  });

  it('says which language the string it picked is in, so a fallback can be marked; a plain string has none', () => {
    expect(resolveTextIn(text, ['ar'])).to.deep.equal({ text: 'جواز السفر', lang: 'ar' });
    expect(resolveTextIn(text, ['fr-CA'])).to.deep.equal({ text: 'Passeport', lang: 'fr' });
    expect(resolveTextIn(text, ['ckb'])).to.deep.equal({ text: 'Passport', lang: 'en' });
    expect(resolveTextIn({ ar: 'فقط' }, ['fr'])).to.deep.equal({ text: 'فقط', lang: 'ar' });
    expect(resolveTextIn({ en: '' }, ['fr'])).to.deep.equal({ text: '' });
    expect(resolveTextIn('plain', ['ar'])).to.deep.equal({ text: 'plain' });
    expect(resolveTextIn(undefined, ['ar'])).to.deep.equal({ text: '' });
  });
});

describe('parseResponse', () => {
  it('turns data that does not fit into invalid_response naming the field', () => {
    try {
      parseResponse(Service, { id: 'x', name: 'X' }, 'a service');
      expect.fail('should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(DiwanError);
      expect((error as DiwanError).code).to.equal('invalid_response');
      expect((error as DiwanError).retryable).to.equal(false);
      expect((error as DiwanError).message).to.contain('summary');
    }
  });
});
