// <diwan-service-catalogue> on an Open311 GeoReport v2 backend (SF311's recorded services, XML):
// groups become categories, descriptions summaries; everything else is the same widget.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@diwan/elements/define/service-catalogue.js';
import { open311SampleBackend } from './support/open311-sample.js';
import { renderWidget, type DiwanStoryParameters } from './support/render.js';

type Story = StoryObj;
const diwan = (parameters: DiwanStoryParameters) => ({ diwan: parameters });

const meta = {
  title: 'Backends/Open311',
  component: 'diwan-service-catalogue',
  render: renderWidget('diwan-service-catalogue'),
  parameters: diwan({ backend: open311SampleBackend, settledPart: 'item' }),
} satisfies Meta;
export default meta;

/**
 * The catalogue on an Open311 server: on a page, `<diwan-service-catalogue backend="open311"
 * api="https://city.example/open311/v2" jurisdiction="city.example">`. Here the server is SF311's
 * recorded `services.xml`, answered in the page.
 */
export const Catalogue: Story = {};

/** One Open311 group preselected as the category (`category` is the group's slug). */
export const OneGroup: Story = {
  args: { category: 'graffiti' },
};
