import { joinClasses } from './joinClasses';

/**
 * `{ className }` when there is a class, else `{}`. Radix's `Slot` (behind `Toast.Root`, the
 * viewport, `Action` and `Close`) joins a present-but-undefined `className` into `class=""`.
 */
export function classProp(...names: (string | undefined)[]): { className?: string } {
  const className = joinClasses(...names);
  return className === undefined ? {} : { className };
}
