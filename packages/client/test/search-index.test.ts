import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createSearchIndex, normalizeForSearch, tokenize, type SearchField } from '../src/search/index.js';
import * as client from '../src/index.js';

interface Entry {
  id: string;
  name: string;
  keywords?: string[];
  summary?: string;
}

const catalogueFields = (entry: Entry): SearchField[] => [
  { text: entry.name, weight: 3 },
  { text: (entry.keywords ?? []).join(' '), weight: 2 },
  { text: entry.summary ?? '' },
];

const catalogue: Entry[] = [
  { id: 'birth', name: 'Birth certificate', keywords: ['newborn', 'civil status'], summary: 'Register a birth.' },
  { id: 'passport', name: 'Passport renewal', keywords: ['travel', 'e-passport'], summary: 'Renew an adult passport.' },
  { id: 'id-card', name: 'Carte d’identité', keywords: ['pièce', 'identity'], summary: 'Demander une carte nationale.' },
  { id: 'travel-advice', name: 'Travel advice', summary: 'Check what you need before you travel: passport, visa.' },
  { id: 'form-ar', name: 'إستمارة تسجيل المواليد', summary: 'تسجيل مولود جديد في المستشفى' },
  { id: 'passport-ar', name: 'تجديد جواز السفر', keywords: ['جواز'] },
  { id: 'erbil-ku', name: 'خزمەتگوزارییەکانی هەولێر', keywords: ['کوردستان'] },
  { id: 'residence-ku', name: 'مۆڵەتی نیشتەجێبوون', summary: 'بۆ بیانییەکان لە کوردستان' },
  { id: 'visa-ku', name: 'ڤیزای گەشت', keywords: ['ڤیزا'] },
];

const ids = (entries: readonly Entry[]) => entries.map((entry) => entry.id);

describe('createSearchIndex', () => {
  const index = createSearchIndex(catalogue, catalogueFields);

  it('reports its size and returns everything, in input order, for a blank query', () => {
    expect(index.size).to.equal(catalogue.length);
    expect(ids(index.search(''))).to.deep.equal(ids(catalogue));
    expect(ids(index.search('   '))).to.deep.equal(ids(catalogue));
    expect(ids(index.search(' , ; '))).to.deep.equal(ids(catalogue));
  });

  it('matches a word by its prefix, ignoring case and accents', () => {
    expect(ids(index.search('Pass'))).to.deep.equal(['passport', 'travel-advice']);
    expect(ids(index.search('CERT'))).to.deep.equal(['birth']);
    expect(ids(index.search('identite'))).to.deep.equal(['id-card']);
    expect(ids(index.search('tificate'))).to.deep.equal(['birth']); // inside a word, 3+ characters
    expect(index.search('ti')).to.deep.equal([]); // 2 characters only match word starts
  });

  it('requires every query token to match (AND), in any field', () => {
    expect(ids(index.search('travel passport'))).to.deep.equal(['passport', 'travel-advice']);
    expect(ids(index.search('passport adult'))).to.deep.equal(['passport']);
    expect(ids(index.search('passport birth'))).to.deep.equal([]);
    expect(ids(index.search('carte nationale'))).to.deep.equal(['id-card']);
  });

  it('finds items by keyword', () => {
    expect(ids(index.search('newborn'))).to.deep.equal(['birth']);
    expect(ids(index.search('civil status'))).to.deep.equal(['birth']);
  });

  it('ranks a name hit above a keyword hit above a summary hit, and prefix above inside-word', () => {
    const entries: Entry[] = [
      { id: 'summary', name: 'Other', summary: 'About permits' },
      { id: 'inside', name: 'Workpermit' },
      { id: 'keyword', name: 'Another', keywords: ['permit'] },
      { id: 'name', name: 'Permit office' },
    ];
    const ranked = createSearchIndex(entries, catalogueFields);
    expect(ids(ranked.search('permit'))).to.deep.equal(['name', 'keyword', 'summary', 'inside']);
  });

  it('keeps matches inside words while the query is typed', () => {
    const entries: Entry[] = [{ id: 'inside', name: 'Workpermit' }, { id: 'start', name: 'Permit' }];
    const typed = createSearchIndex(entries, catalogueFields);
    for (const query of ['p', 'pe', 'per', 'perm', 'permi']) typed.search(query);
    expect(ids(typed.search('permit'))).to.deep.equal(['start', 'inside']);
    expect(ids(typed.search('kperm'))).to.deep.equal(['inside']);
  });

  it('ranks a whole word and a first-word match above a mere prefix', () => {
    const entries: Entry[] = [
      { id: 'prefix', name: 'Tax permits' },
      { id: 'exact-later', name: 'Tax permit' },
      { id: 'first', name: 'Permit tax' },
    ];
    expect(ids(createSearchIndex(entries, catalogueFields).search('permit'))).to.deep.equal([
      'first',
      'exact-later',
      'prefix',
    ]);
  });

  it('keeps input order among equal scores', () => {
    const entries: Entry[] = ['c', 'a', 'b'].map((id) => ({ id, name: `Licence ${id}` }));
    expect(ids(createSearchIndex(entries, catalogueFields).search('licence'))).to.deep.equal([
      'c',
      'a',
      'b',
    ]);
  });

  it('finds Arabic text whatever the hamza, teh marbuta, harakat or article', () => {
    expect(ids(index.search('استماره'))).to.deep.equal(['form-ar']);
    expect(ids(index.search('إستمارة'))).to.deep.equal(['form-ar']);
    expect(ids(index.search('اِسْتِمَارَة'))).to.deep.equal(['form-ar']);
    expect(ids(index.search('مستشفى'))).to.deep.equal(['form-ar']);
    expect(ids(index.search('المستشفي'))).to.deep.equal(['form-ar']);
    expect(ids(index.search('مواليد'))).to.deep.equal(['form-ar']); // item says المواليد
    expect(ids(index.search('السفر جواز'))).to.deep.equal(['passport-ar']);
    expect(ids(index.search('الجواز'))).to.deep.equal(['passport-ar']); // item says جواز
  });

  it('finds Kurdish text typed with Arabic kaf and yeh, or with the old heh spelling', () => {
    expect(ids(index.search('كوردستان'))).to.deep.equal(['erbil-ku', 'residence-ku']);
    expect(ids(index.search('خزمەتگوزاري'))).to.deep.equal(['erbil-ku']);
    expect(ids(index.search('ھەولێر'))).to.deep.equal(['erbil-ku']);
    expect(ids(index.search('هه\u200Cولێر'))).to.deep.equal(['erbil-ku']);
  });

  it('lets a keyboard without Kurdish letters find them, but keeps Kurdish letters exact', () => {
    expect(ids(index.search('هەولير'))).to.deep.equal(['erbil-ku']); // ێ typed as ي
    expect(ids(index.search('مولەت'))).to.deep.equal(['residence-ku']); // ۆ and ڵ typed as و and ل
    expect(ids(index.search('فيزا'))).to.deep.equal(['visa-ku']); // ڤ typed as ف
    expect(ids(index.search('ڤیزا'))).to.deep.equal(['visa-ku']);
    const words = createSearchIndex([{ id: 'kon', name: 'کۆن' }, { id: 'kun', name: 'کون' }], catalogueFields);
    expect(ids(words.search('کون'))).to.deep.equal(['kun', 'kon']); // exact word first
    expect(ids(words.search('کۆن'))).to.deep.equal(['kon']);
  });

  it('matches digits typed in any script', () => {
    const forms = createSearchIndex([{ id: 'f', name: 'Form 2026' }, { id: 'g', name: 'Form 1999' }], catalogueFields);
    expect(ids(forms.search('٢٠٢٦'))).to.deep.equal(['f']);
    expect(ids(forms.search('۲۰'))).to.deep.equal(['f']);
  });

  it('reads the fields once, when the index is built', () => {
    let calls = 0;
    const counted = createSearchIndex(catalogue, (entry) => {
      calls += 1;
      return catalogueFields(entry);
    });
    counted.search('passport');
    counted.search('birth');
    expect(calls).to.equal(catalogue.length);
  });

  it('is not affected by later changes to the input array, and gives fresh result arrays', () => {
    const entries = catalogue.slice(0, 2);
    const snapshot = createSearchIndex(entries, catalogueFields);
    entries.push(catalogue[2] as Entry);
    expect(snapshot.size).to.equal(2);
    const first = snapshot.search('');
    first.pop();
    expect(snapshot.search('')).to.have.length(2);
  });

  it('is exported from the package entry point', () => {
    expect(client.createSearchIndex).to.equal(createSearchIndex);
    expect(client.normalizeForSearch).to.equal(normalizeForSearch);
    expect(client.tokenize).to.equal(tokenize);
  });
});

describe('createSearchIndex properties', () => {
  const letters = [...'abcéÉ ’-', ...'أاإةهىيیكکەھۆوێ', '\u064E', '\u200C', ...'١2'];
  const name = fc.string({ unit: fc.constantFrom(...letters), maxLength: 12 });

  it('always returns the items whose name equals the query', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 15 }), fc.nat(), (names, pick) => {
        const entries = names.map((entryName, position) => ({ id: String(position), name: entryName }));
        const query = names[pick % names.length] as string;
        const found = new Set(createSearchIndex(entries, catalogueFields).search(query));
        return entries.filter((entry) => entry.name === query).every((entry) => found.has(entry));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same results when the query is typed keystroke by keystroke as when pasted', () => {
    // Few letters, so that words often contain one another.
    const wordLetters = fc.constantFrom(...'abé', ...'اةهەۆو', 'ک', 'ك');
    const text = fc.array(fc.string({ unit: wordLetters, minLength: 1, maxLength: 7 }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), text, (names, queryWords) => {
        const entries = names.map((words, position) => ({ id: String(position), name: words.join(' ') }));
        const query = queryWords.join(' ');
        const typed = createSearchIndex(entries, catalogueFields);
        for (let length = 1; length < query.length; length++) typed.search(query.slice(0, length));
        const pasted = createSearchIndex(entries, catalogueFields);
        expect(ids(typed.search(query))).to.deep.equal(ids(pasted.search(query)));
      }),
      { numRuns: 300 },
    );
  });

  it('returns each item at most once and only items of the index', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 15 }), name, (names, query) => {
        const entries = names.map((entryName, position) => ({ id: String(position), name: entryName }));
        const results = createSearchIndex(entries, catalogueFields).search(query);
        return new Set(results).size === results.length && results.every((entry) => entries.includes(entry));
      }),
      { numRuns: 300 },
    );
  });
});
