/**
 * Internal: a link that opens an http(s) URL in a new tab, and says so to assistive technology
 * (a visually hidden "(opens in a new tab)" plus a decorative icon). The URL was checked where it
 * entered (`httpUrl`, when the error or the display was read, or the support contact's prop).
 *
 * Props: `url`, `newTabLabel` (the hidden hint text), `onClick`, `className`, `children`, and
 * `data-*` attributes passed through.
 */
import type { MouseEventHandler, ReactNode } from 'react';
import { Icon } from './Icon';
import { VisuallyHidden } from './VisuallyHidden';

export interface ExternalLinkProps {
  /** An absolute http(s) URL already checked by `httpUrl`. */
  readonly url: string;
  /** Hidden hint appended to the name, e.g. "(opens in a new tab)". */
  readonly newTabLabel: string;
  readonly children: ReactNode;
  readonly onClick?: MouseEventHandler<HTMLAnchorElement> | undefined;
  readonly className?: string | undefined;
  readonly [dataAttribute: `data-${string}`]: string | undefined;
}

/** An `<a target="_blank">` to `url`. */
export function ExternalLink({ url, newTabLabel, children, ...rest }: ExternalLinkProps) {
  return (
    <a {...rest} href={url} target="_blank" rel="noopener noreferrer">
      {children} <VisuallyHidden>{newTabLabel}</VisuallyHidden>
      <Icon name="external" size={12} />
    </a>
  );
}
