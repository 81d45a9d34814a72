/**
 * Internal: an icon-only close button whose accessible name is `label` (e.g. "Dismiss").
 *
 * Props: `label`, `onClick`, `className`. Exposes `data-sek-part="dismiss"`, `data-sek-button`,
 * `data-sek-variant="ghost"`.
 */
import { Icon } from '../internal/Icon';

export interface DismissButtonProps {
  readonly label: string;
  readonly onClick: () => void;
  readonly className?: string | undefined;
}

/** A ghost "×" button. */
export function DismissButton({ label, onClick, className }: DismissButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      onClick={onClick}
      data-sek-part="dismiss"
      data-sek-button=""
      data-sek-variant="ghost"
    >
      <Icon name="close" />
    </button>
  );
}
