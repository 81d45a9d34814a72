/**
 * Internal: `display.detail` (e.g. the candidate battery capacities of MULTIPLE_RECORDS_FOUND) as
 * a labelled list. Renders nothing without detail or items.
 *
 * Props: `detail` (an `ErrorDetailView` or null), `className`, `labelClassName`.
 * Exposes `data-sek-part="detail"`.
 */
import { useId } from 'react';
import type { ErrorDetailView } from '../../core/display/ErrorDisplay';

/** Most items shown: a longer list is not read by anyone (the rest stays in the display's data). */
const MAX_SHOWN_ITEMS = 20;

export interface DetailListProps {
  readonly detail: ErrorDetailView | null;
  readonly className?: string | undefined;
  readonly labelClassName?: string | undefined;
}

/** A labelled list of the error's detail, or nothing. */
export function DetailList({ detail, className, labelClassName }: DetailListProps) {
  const labelId = useId();
  if (detail === null || detail.items.length === 0) return null;
  return (
    <div className={className} data-sek-part="detail">
      <span id={labelId} className={labelClassName} data-sek-part="detail-label">
        {detail.label}
      </span>
      <ul aria-labelledby={labelId}>
        {detail.items.slice(0, MAX_SHOWN_ITEMS).map((item, index) => (
          <li key={index}>
            {/* Isolated so "83.9 kWh" or "field: message" keep their order inside RTL text. */}
            <bdi>{item}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
