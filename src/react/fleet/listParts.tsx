/** Internal: a list of names as one sentence of the language, each name isolated. */
import type { ReactNode } from 'react';

/**
 * "A, B and 8 more" in the language's list format, each item in a `<bdi>`: a Latin name with a
 * year in brackets, in an Arabic sentence, would otherwise be reordered by the bidi algorithm
 * ("(2019) Tesla Model 3"). A plain comma join where Intl lacks list formats.
 */
export function listParts(locale: string, items: readonly string[]): ReactNode[] {
  let parts: readonly { readonly type: string; readonly value: string }[];
  try {
    parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items);
  } catch {
    parts = items.flatMap((value, index) => [
      ...(index === 0 ? [] : [{ type: 'literal', value: ', ' }]),
      { type: 'element', value },
    ]);
  }
  return parts.map((part, index) =>
    part.type === 'element' ? <bdi key={index}>{part.value}</bdi> : part.value,
  );
}
