// The demo catalogue: every sample service, grouped by category file.
import { demoCategories } from './categories.js';
import { businessServices } from './business.js';
import { civilRegistryServices } from './civil.js';
import { educationServices } from './education.js';
import { employmentServices, justiceServices, taxServices } from './employment-tax-justice.js';
import { familyServices } from './family.js';
import { healthServices } from './health.js';
import { housingServices } from './housing.js';
import { identityServices } from './identity.js';
import { transportServices } from './transport.js';
import type { DemoCategory, DemoService } from './types.js';

export interface DemoCatalogue {
  categories: DemoCategory[];
  services: DemoService[];
}

export const demoCatalogue: DemoCatalogue = {
  categories: demoCategories,
  services: [
    ...civilRegistryServices,
    ...identityServices,
    ...familyServices,
    ...healthServices,
    ...educationServices,
    ...businessServices,
    ...transportServices,
    ...housingServices,
    ...employmentServices,
    ...taxServices,
    ...justiceServices,
  ],
};

export { demoEligibilityRules } from './eligibility.js';
export { demoCategories } from './categories.js';
export type * from './types.js';
