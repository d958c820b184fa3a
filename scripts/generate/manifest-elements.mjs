// Reading custom-elements.json for the generators (editor data, React wrappers): the public custom
// elements with their attributes, properties, events, parts and tokens, in a stable order.

/** @typedef {{ name: string, description?: string, type?: { text: string }, default?: string, fieldName?: string }} Attribute */

/** Custom elements with a tag, sorted by tag, each with the module path it is declared in. */
export function customElementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push({ ...declaration, modulePath: module.path });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** One paragraph for tooltips: the summary, else the description. */
export function summaryOf(element) {
  return (element.summary ?? element.description ?? '').trim();
}

/** `'light' | 'dark' | undefined` → ['light', 'dark']; undefined when the type is not a union of string literals. */
export function stringLiterals(typeText) {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

export function isBooleanType(typeText) {
  return typeText?.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined').join('|') === 'boolean';
}

/** Public fields (the properties a developer sets from script), without the static ones. */
export function publicFields(element) {
  return (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy === undefined || member.privacy === 'public'),
  );
}

/** `diwan-service-select` → `onDiwanServiceSelect` (the React prop name). */
export function eventPropName(eventName) {
  return `on${eventName.split('-').map((word) => word[0].toUpperCase() + word.slice(1)).join('')}`;
}

/** `diwan-service-catalogue` → `service-catalogue` (the define entry's file name). */
export function defineEntryName(tagName) {
  return tagName.replace(/^diwan-/, '');
}
