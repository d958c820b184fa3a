// The one render used by every widget story: a fresh element with the story's args applied, the way
// Storybook's web-components renderer does by default, plus the few things args cannot say.
import type { Meta } from '@storybook/web-components-vite';
import type { DiwanBackend } from '@diwan/client';

/** Story parameters under `parameters.diwan`. */
export interface DiwanStoryParameters {
  /**
   * Builds the backend object set as the widget's `backend` property (a fresh one per render), unless
   * the story's args name a backend (`backend: 'demo'`, `api: …`): the public attributes win.
   */
  backend?: () => DiwanBackend;
  /** The css part that is on screen once the story's state is (the CI story test waits for it). */
  settledPart?: string;
}

export function diwanParameters(parameters: Record<string, unknown> | undefined): DiwanStoryParameters {
  return (parameters?.['diwan'] ?? {}) as DiwanStoryParameters;
}

/** `onDiwanServiceSelect` → `diwan-service-select` (Storybook's action arg names for manifest events). */
function eventName(argName: string): string {
  return argName.slice(2).replace(/[A-Z]/g, (letter, index: number) => `${index ? '-' : ''}${letter.toLowerCase()}`);
}

/**
 * Applies args the way the manifest names them: `on*` functions listen to the event (so Storybook's
 * actions log the widget's events), `--diwan-*` set a css custom property, names with a dash are
 * attributes (`api-key`, `sync-url`), anything else is a property.
 */
export function applyArgs(element: HTMLElement, args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    if (/^on[A-Z]/.test(name) && typeof value === 'function') element.addEventListener(eventName(name), value as EventListener);
    else if (name.startsWith('--')) element.style.setProperty(name, String(value));
    else if (name.includes('-')) element.setAttribute(name, String(value));
    else (element as unknown as Record<string, unknown>)[name] = value;
  }
}

/** A story render for a widget tag: `render: renderWidget('diwan-service-catalogue')`. */
export function renderWidget(tag: string): NonNullable<Meta['render']> {
  return (args, context) => {
    const element = document.createElement(tag);
    applyArgs(element, args);
    const { backend } = diwanParameters(context.parameters);
    if (backend && !args['backend'] && !args['api']) (element as HTMLElement & { backend?: unknown }).backend = backend();
    return element;
  };
}
