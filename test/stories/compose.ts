// Renders CSF stories the way Storybook's web-components renderer does, without Storybook's runtime:
// args = meta.args + story.args, render = story.render ?? meta.render ?? "create the component and set
// args as properties", decorators story → meta → project (innermost first), the result rendered with
// lit into the canvas, then the play function with { canvasElement, args }.
import { render as litRender, nothing } from 'lit';
import type { Args, Decorator, Meta, StoryContext, StoryObj, WebComponentsRenderer } from '@storybook/web-components-vite';
import { decorators as projectDecorators, type StoryGlobals } from '../../stories/support/globals.js';

export interface CsfModule {
  default: Meta;
  [exportName: string]: unknown;
}

export interface ComposedStory {
  exportName: string;
  /** As Storybook names it: `story.name`, else the export name in words (`NoResults` → `No Results`). */
  name: string;
  meta: Meta;
  story: StoryObj;
  args: Args;
  parameters: Record<string, unknown>;
  /** Globals the story pins (e.g. `globals: { locale: 'ar' }`). */
  globals: StoryGlobals;
}

/** Storybook's storyNameFromExport, for the export names we use (PascalCase, digits). */
export function storyNameFromExport(exportName: string): string {
  return exportName
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/^./, (first) => first.toUpperCase());
}

/** Every story of a CSF module (named exports, in order; the default export is the meta). */
export function storiesOf(module: CsfModule): ComposedStory[] {
  const meta = module.default;
  const order = (module['__namedExportsOrder'] as string[] | undefined) ?? Object.keys(module);
  return order
    .filter((exportName) => exportName !== 'default' && exportName !== '__namedExportsOrder')
    .map((exportName) => {
      const story = module[exportName] as StoryObj;
      return {
        exportName,
        name: story.name ?? storyNameFromExport(exportName),
        meta,
        story,
        args: { ...meta.args, ...story.args },
        parameters: combineParameters(meta.parameters, story.parameters),
        globals: { ...(meta.globals as StoryGlobals | undefined), ...(story.globals as StoryGlobals | undefined) },
      };
    });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Storybook's combineParameters: plain objects merge deeply, anything else is replaced. */
export function combineParameters(...layers: Array<Record<string, unknown> | undefined>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      const previous = result[key];
      result[key] = isPlainObject(value) && isPlainObject(previous) ? combineParameters(previous, value) : value;
    }
  }
  return result;
}

function defaultRender(args: Args, context: StoryContext): HTMLElement {
  if (!context.component) throw new Error(`Story ${context.id} has no component`);
  const element = document.createElement(context.component as string);
  for (const [key, value] of Object.entries(args)) (element as unknown as Record<string, unknown>)[key] = value;
  return element;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Renders a composed story into `canvas` with the given globals; resolves after its play function. */
export async function renderStory(composed: ComposedStory, globals: StoryGlobals, canvas: HTMLElement): Promise<void> {
  const { meta, story } = composed;
  const context = {
    id: `${meta.title}--${composed.exportName}`,
    name: composed.name,
    title: meta.title,
    component: meta.component,
    args: composed.args,
    initialArgs: composed.args,
    argTypes: {},
    globals: { ...globals, ...composed.globals },
    parameters: composed.parameters,
    viewMode: 'story',
    canvasElement: canvas,
    loaded: {},
  } as unknown as StoryContext;

  const render = (story.render ?? meta.render ?? defaultRender) as (args: Args, context: StoryContext) => WebComponentsRenderer['storyResult'];
  let storyFn = (ctx: StoryContext) => render(ctx.args, ctx);
  const decorators = [...asArray(story.decorators), ...asArray(meta.decorators), ...projectDecorators] as Decorator[];
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = (ctx) =>
      decorator((update) => inner(update ? ({ ...ctx, ...update, args: { ...ctx.args, ...update.args } } as StoryContext) : ctx), ctx);
  }

  const result = storyFn(context);
  if (result instanceof Node) canvas.replaceChildren(result);
  else litRender(result, canvas);
  await (story.play ?? meta.play)?.({ ...context, canvasElement: canvas } as never);
}

/** A fresh canvas in the document (lit keeps state on its container: never reuse one). */
export function createCanvas(): HTMLElement {
  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  document.body.append(canvas);
  return canvas;
}

/** Unmounts whatever a story rendered (disconnecting widgets aborts their loads) and drops the canvas. */
export function removeCanvas(canvas: HTMLElement): void {
  litRender(nothing, canvas);
  canvas.remove();
}
