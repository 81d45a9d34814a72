/**
 * Internal: `display.detail` (e.g. the candidate battery capacities of MULTIPLE_RECORDS_FOUND) as
 * a labelled list. Renders nothing without detail or items.
 *
 * Props: `detail` (an `ErrorDetailView` or null), `className`, `labelClassName`.
 * Exposes `data-sek-part="detail"`.
 */
import { useId } from 'react';
import type { ErrorDetailView } from '../../core/display/ErrorDisplay';

/** Most items shown; the display model caps too, this guards hand-built displays. */
const MAX_DETAIL_ITEMS = 20;

/** Props of the internal `DetailList`. */
export interface DetailListProps {
  readonly detail: ErrorDetailView | null;
  readonly className?: string | undefined;
  readonly labelClassName?: string | undefined;
}

/** A labelled list of the error's detail, or nothing. */
export function DetailList({ detail, className, labelClassName }: DetailListProps) {
  const labelId = useId();
  const items = Array.isArray(detail?.items)
    ? detail.items.filter((item) => typeof item === 'string').slice(0, MAX_DETAIL_ITEMS)
    : [];
  if (!detail || items.length === 0) return null;
  return (
    <div className={className} data-sek-part="detail">
      <span id={labelId} className={labelClassName} data-sek-part="detail-label">
        {detail.label}
      </span>
      <ul aria-labelledby={labelId}>
        {items.map((item, index) => (
          <li key={index}>
            {/* Isolated so "83.9 kWh" or "field: message" keep their order inside RTL text. */}
            <bdi>{item}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
