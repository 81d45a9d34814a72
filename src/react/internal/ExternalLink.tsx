/**
 * Internal: a link that opens an http(s) URL in a new tab, and says so to assistive technology
 * (a visually hidden "(opens in a new tab)" plus a decorative icon). The URL is checked here
 * again: anything but `http:`/`https:` renders the children as plain text, never as a link.
 *
 * Props: `url` (checked), `newTabLabel` (the hidden hint text), `onClick`, `className`, `children`,
 * and `data-*` attributes passed through.
 */
import type { MouseEventHandler, ReactNode } from 'react';
import { httpUrl } from '../../core/url/httpUrl';
import { Icon } from './Icon';
import { VisuallyHidden } from './VisuallyHidden';

/** Props of the internal `ExternalLink`. */
export interface ExternalLinkProps {
  /** Anything; only an absolute http(s) URL becomes an `href`. */
  readonly url: unknown;
  /** Hidden hint appended to the name, e.g. "(opens in a new tab)". */
  readonly newTabLabel: string;
  readonly children: ReactNode;
  readonly onClick?: MouseEventHandler<HTMLAnchorElement> | undefined;
  readonly className?: string | undefined;
  readonly [dataAttribute: `data-${string}`]: string | undefined;
}

/** An `<a target="_blank">` for a safe URL, or the children as text. */
export function ExternalLink({
  url,
  newTabLabel,
  children,
  onClick,
  className,
  ...data
}: ExternalLinkProps) {
  const href = httpUrl(url);
  if (href === null) return <span className={className}>{children}</span>;
  return (
    <a
      {...data}
      className={className}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={onClick}
    >
      {children} <VisuallyHidden>{newTabLabel}</VisuallyHidden>
      <Icon name="external" size={12} />
    </a>
  );
}
