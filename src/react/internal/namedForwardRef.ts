import { forwardRef } from 'react';
import type {
  ForwardRefExoticComponent,
  ForwardRefRenderFunction,
  PropsWithoutRef,
  RefAttributes,
} from 'react';

/**
 * `forwardRef` plus a `displayName`, as one call. A top-level `Component.displayName = …`
 * statement is a side effect that keeps the component (and all it imports, Radix for the toaster)
 * in every bundle that imports the entry; call this with a pure annotation instead:
 * `export const X = /* @__PURE__ *\/ namedForwardRef('X', function X(props, ref) { … })`.
 */
export function namedForwardRef<T, P>(
  displayName: string,
  render: ForwardRefRenderFunction<T, PropsWithoutRef<P>>,
): ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<T>> {
  const component = forwardRef<T, P>(render);
  component.displayName = displayName;
  return component;
}
