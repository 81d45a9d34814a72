/** Internal: space-joined class names, or undefined when there are none (no empty `class`). */
export function joinClasses(...classes: (string | null | undefined | false)[]): string | undefined {
  const joined = classes.filter((name) => typeof name === 'string' && name.trim() !== '').join(' ');
  return joined === '' ? undefined : joined;
}
