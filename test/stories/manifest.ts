// The checked-in custom-elements.json, typed for the tests that compare it with the real elements.
import manifest from '../../packages/elements/custom-elements.json';

interface Named {
  name: string;
  description?: string;
}

export interface ManifestElement {
  name: string;
  tagName: string;
  attributes?: Named[];
  members?: Array<Named & { privacy?: string }>;
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

interface ManifestDeclaration extends Partial<ManifestElement> {
  customElement?: boolean;
}

/** Every declaration with a tag name: the elements an embedder can put on a page. */
export function documentedElements(): ManifestElement[] {
  const modules = (manifest as { modules: Array<{ declarations?: ManifestDeclaration[] }> }).modules;
  return modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ManifestDeclaration & ManifestElement => Boolean(declaration.customElement && declaration.tagName));
}

/** The documented css parts of a tag. */
export function documentedParts(tagName: string): string[] {
  return (documentedElements().find((element) => element.tagName === tagName)?.cssParts ?? []).map((part) => part.name);
}
