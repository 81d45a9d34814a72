/**
 * Internal: the kit's icons as inline SVG (no asset loading, server-safe). Always decorative
 * (`aria-hidden`): whatever an icon means is also said in text (a visually hidden severity label,
 * a button's name). Drawn with `currentColor`, so a part's `color` sets it.
 *
 * Props: `name` (`'critical' | 'warning' | 'info' | 'close' | 'copy' | 'check' | 'external'`),
 * `className`, `size` in CSS pixels (default 16; styles.css sizes `[data-sek-icon]` at 1.25em).
 */

/** Every icon the kit draws. */
export type IconName = 'critical' | 'warning' | 'info' | 'close' | 'copy' | 'check' | 'external';

/** Default edge length of an icon, in CSS pixels. */
const DEFAULT_ICON_SIZE_PX = 16;

/** Filled shapes on a 16×16 grid; inner shapes are holes (`evenodd`), so one path per icon. */
const PATHS: Record<IconName, string> = {
  critical:
    'M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z' +
    'M7.25 4h1.5v5.25h-1.5zM8 10.5a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  warning: 'M8 1.2 15.4 14.4H.6z' + 'M7.25 5.5h1.5v4.5h-1.5zM8 11a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  info:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z' +
    'M7.25 6.75h1.5v4.75h-1.5zM8 3.75a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  close:
    'M3.7 2.3 8 6.6l4.3-4.3 1.4 1.4L9.4 8l4.3 4.3-1.4 1.4L8 9.4l-4.3 4.3-1.4-1.4L6.6 8 2.3 3.7z',
  copy: 'M1.5 1.5h9v2H9V3H3v6h.5v1.5h-2z' + 'M5 5h9.5v9.5H5zM6.5 6.5V13H13V6.5z',
  check: 'M13.3 3.3 14.7 4.7 6 13.4 1.3 8.7l1.4-1.4L6 10.6z',
  external:
    'M9 1.5h5.5V7H13V4.06L7.53 9.53 6.47 8.47 11.94 3H9z' + 'M2 3.5h5V5H3.5v7.5H11V9h1.5v5H2z',
};

export interface IconProps {
  /** Which icon. */
  readonly name: IconName;
  readonly className?: string | undefined;
  /** Edge length in CSS pixels. Default 16. */
  readonly size?: number;
}

/** A decorative icon, hidden from assistive technology. */
export function Icon({ name, className, size = DEFAULT_ICON_SIZE_PX }: IconProps) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
      data-sek-icon={name}
    >
      <path fillRule="evenodd" d={PATHS[name]} />
    </svg>
  );
}
