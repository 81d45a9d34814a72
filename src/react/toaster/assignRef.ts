import type { ForwardedRef } from 'react';

/** Internal: give `node` to a forwarded ref, whether it is a callback, an object or absent. */
export function assignRef<T>(ref: ForwardedRef<T>, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref !== null) ref.current = node;
}
