/**
 * The kit's one class helper: `{ className }` with the space-joined non-blank names, else `{}`,
 * to spread on an element. Never a present-but-undefined `className`: Radix's `Slot` (behind
 * `Toast.Root`, the viewport, `Action` and `Close`) joins one into `class=""`.
 */
export function classProp(...names: (string | undefined)[]): { className?: string } {
  const className = names.filter((name) => name?.trim()).join(' ');
  return className ? { className } : {};
}
