/**
 * Internal: an e-mail address, URL, request id or error code as text with a line-break
 * opportunity (`<wbr>`) after each `@`, `.`, `/` and `-` — the points where a reader expects such
 * a value to continue on the next line ("support@" / "voltpark.example"). Without them a narrow
 * column breaks the value wherever the line runs out ("support@voltpark.e" / "xample"), and a
 * hyphen before a digit (`3f79-4246`) is no break point at all (UAX #14). A run of separators
 * (`https://`) gets one opportunity, after the run. Text only: React escapes it, nothing is HTML.
 *
 * Props: `text`.
 */
import { Fragment } from 'react';

/**
 * One piece: text up to and including a run of `@ . / -`. (No lookbehind: Safari before 16.4
 * cannot parse it, and a syntax error would take the whole bundle down.)
 */
const PIECE = /[^@./-]*[@./-]*/g;

export interface BreakableTextProps {
  readonly text: string;
}

/** `text` with a `<wbr>` after each run of `@`, `.`, `/` and `-`. */
export function BreakableText({ text }: BreakableTextProps) {
  const pieces = (text.match(PIECE) ?? []).filter((piece) => piece !== '');
  return pieces.map((piece, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {piece}
    </Fragment>
  ));
}
