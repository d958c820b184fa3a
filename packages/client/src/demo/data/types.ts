import type {
  Audience, Category, Channel, EligibilityRules, Fee, Outcome, ProcessingTime, RequiredDocument, Service,
} from '../../schemas/index.js';

/**
 * Text in all four demo locales. The sample data is typed with it (instead of the looser
 * LocalizedText) so a missing translation is a compile error, not a blank label.
 */
export type Text4 = { en: string; ar: string; ckb: string; fr: string };

export type DemoChannel = Omit<Channel, 'label' | 'address' | 'note'> & { label?: Text4; address?: Text4; note?: Text4 };
export type DemoFee = Omit<Fee, 'label'> & { label: Text4 };
export type DemoDocument = Omit<RequiredDocument, 'name' | 'note'> & { name: Text4; note?: Text4 };
export type DemoCategory = Omit<Category, 'name' | 'description'> & { name: Text4; description: Text4 };

export type DemoService = Omit<
  Service,
  'name' | 'summary' | 'description' | 'audiences' | 'keywords' | 'channels' | 'fees' | 'documents' | 'processingTime'
> & {
  name: Text4;
  summary: Text4;
  /** Two to four sentences. */
  description: Text4;
  audiences: Audience[];
  /** Synonyms, common misspellings and other-language terms, for search. */
  keywords: string[];
  channels: DemoChannel[];
  fees: DemoFee[];
  documents: DemoDocument[];
  processingTime: ProcessingTime;
};

export type DemoOutcome = Omit<Outcome, 'reason' | 'legalReference'> & {
  reason: Text4;
  legalReference?: { title: Text4; url?: string };
};
export type DemoEligibilityRules = Omit<EligibilityRules, 'outcomes' | 'nextSteps'> & {
  outcomes: DemoOutcome[];
  nextSteps: Text4[];
};
