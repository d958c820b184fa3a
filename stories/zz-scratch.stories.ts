import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DiwanBackend } from '@diwan/client';
import '@diwan/elements/define/service-catalogue.js';
import { renderWidget } from './support/render.js';

const backend = (): DiwanBackend => ({
  capabilities: { catalogue: true, eligibility: false, tracking: { enabled: false, verification: null, live: 'none' }, feedback: { enabled: false, maxCommentLength: 10 } },
  listServices: async () => ({ categories: [{ id: 'health', name: { en: 'Health', ar: 'الصحة' } }], services: [
    { id: 'a-service', name: { en: 'Passport renewal', ar: 'تجديد جواز السفر' }, summary: { en: 'Renew it', ar: 'جدده' }, category: 'health', audiences: ['citizen'], channels: [{ kind: 'phone', phone: '+964 1 234' }], hasEligibilityCheck: true },
  ] }),
  getService: () => Promise.reject(new Error('x')),
  getEligibilityRules: () => Promise.reject(new Error('x')),
  findRequest: () => Promise.reject(new Error('x')),
  sendFeedback: () => Promise.reject(new Error('x')),
});
const meta = { title: 'Scratch', component: 'diwan-service-catalogue', tags: ['autodocs'], render: renderWidget('diwan-service-catalogue'), parameters: { diwan: { backend, settledPart: 'item' } } } satisfies Meta;
export default meta;
export const Ready: StoryObj = {};
export const Dark: StoryObj = { args: { theme: 'dark' } };
export const Detail: StoryObj = { parameters: { diwan: { backend, settledPart: 'detail' } }, play: async ({ canvasElement }) => {
  const w = canvasElement.querySelector('diwan-service-catalogue')!;
  for (let i = 0; i < 100 && !w.shadowRoot?.querySelector('[part~=item-button]'); i++) await new Promise((r) => setTimeout(r, 20));
  (w.shadowRoot!.querySelector('[part~=item-button]') as HTMLElement).click();
} };
export const BadContrast: StoryObj = { args: { '--diwan-color-text-muted': '#dddddd' }, globals: { locale: 'ar' } };
