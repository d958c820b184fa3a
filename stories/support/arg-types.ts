// Storybook reads argTypes from custom-elements.json, but keeps the manifest's TypeScript type text
// (`'light' | 'dark' | undefined`) as an unknown type name, so every control would be "Set object".
// This enhancer turns that text into Storybook types (nothing is written by hand per widget): string
// literal unions become a select, string/number/boolean their controls, and `--diwan-*` tokens a text
// or colour field (stories apply them as custom properties, see render.ts).
import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

/** The members of a TypeScript union written as text, without undefined/null. */
function unionMembers(text: string): string[] {
  return text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
}

function typeFromText(text: string): InputType['type'] | undefined {
  const members = unionMembers(text);
  if (members.length > 0 && members.every((member) => /^'[^']*'$|^"[^"]*"$/.test(member))) {
    return { name: 'enum', value: members.map((member) => member.slice(1, -1)) };
  }
  // `string | DiwanBackend`: the attribute form is a string
  if (members.includes('string')) return { name: 'string' };
  if (members.length === 1 && (members[0] === 'number' || members[0] === 'boolean')) return { name: members[0] };
  return undefined;
}

function withControl(name: string, argType: InputType): InputType {
  const category = argType.table?.category;
  if (category === 'events' || category === 'css shadow parts' || category === 'slots') return { ...argType, control: false };
  if (category === 'css custom properties') {
    return { ...argType, type: { name: 'string' }, control: { type: name.includes('-color-') ? 'color' : 'text' } };
  }
  const text = typeof argType.type === 'object' ? argType.type.name : argType.type;
  const type = typeof text === 'string' ? typeFromText(text) : undefined;
  return type ? { ...argType, type } : argType;
}

export function controlsFromManifestTypes(context: { argTypes: ArgTypes }): ArgTypes {
  return Object.fromEntries(Object.entries(context.argTypes).map(([name, argType]) => [name, withControl(name, argType)]));
}
