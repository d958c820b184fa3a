// Editor support generated from custom-elements.json:
//   vscode.html-custom-data.json — VS Code's HTML custom data (completion and hover for tags and
//     attributes in .html files; a project adds it with "html.customData" in .vscode/settings.json)
//   web-types.json — JetBrains web-types (WebStorm/IntelliJ find it through package.json "web-types")
import { customElementsOf, isBooleanType, publicFields, stringLiterals, summaryOf } from './manifest-elements.mjs';

function attributeDescription(attribute) {
  const parts = [attribute.description?.trim() ?? ''];
  if (attribute.default !== undefined) parts.push(`Default: \`${attribute.default}\`.`);
  return parts.filter(Boolean).join('\n\n');
}

function elementMarkdown(element) {
  const lines = [summaryOf(element)];
  const events = (element.events ?? []).map((event) => `- \`${event.name}\`: ${event.description ?? ''}`.trim());
  if (events.length) lines.push('', '**Events**', ...events);
  const parts = (element.cssParts ?? []).map((part) => `\`${part.name}\``);
  if (parts.length) lines.push('', `**CSS parts**: ${parts.join(', ')}`);
  return lines.join('\n');
}

/** VS Code HTML custom data, version 1.1. */
export function vscodeCustomData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: customElementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementMarkdown(element) },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = stringLiterals(attribute.type?.text);
        return {
          name: attribute.name,
          description: { kind: 'markdown', value: attributeDescription(attribute) },
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(isBooleanType(attribute.type?.text) ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

function webTypesValue(typeText) {
  if (isBooleanType(typeText)) return { kind: 'no-value', type: 'boolean' };
  const values = stringLiterals(typeText);
  if (values) return { kind: 'plain', type: values.map((value) => `'${value}'`).join(' | ') };
  return { kind: 'plain', type: 'string' };
}

/** JetBrains web-types (schema 2.x). */
export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: customElementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: elementMarkdown(element),
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attributeDescription(attribute),
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value: webTypesValue(attribute.type?.text),
          })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          js: {
            properties: publicFields(element).map((field) => ({
              name: field.name,
              description: field.description ?? '',
              type: field.type?.text ?? 'unknown',
            })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
          },
        })),
      },
    },
  };
}
