// @types/react-dom is not installed: the part of react-dom the wrapper test uses.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}

declare module 'react-dom' {
  export function flushSync<R>(fn: () => R): R;
}
