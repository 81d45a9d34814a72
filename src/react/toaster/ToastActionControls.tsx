'use client';
/**
 * Internal: a toast's actions (see `toastActions`). Buttons are Radix `Toast.Action`s with
 * `altText` (Radix closes the toast when one is pressed); links are the kit's `ExternalLink`
 * (http(s) only, new tab, announced as such) and close the toast when followed. A retry shows
 * the live countdown and stays disabled until it ends.
 */
import * as Toast from '@radix-ui/react-toast';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { useRetryCountdown } from '../hooks/useRetryCountdown';
import { retryLabel } from '../internal/ActionButtons';
import { ExternalLink } from '../internal/ExternalLink';
import { runAction, type ActionHandlers } from '../internal/runAction';
import type { KitUiStrings } from '../internal/useUiStrings';
import { classProp } from './classProp';
import type { ToastActionView } from './toastActions';

/** Props of the internal `ToastActionControls`. */
export interface ToastActionControlsProps {
  readonly display: ErrorDisplay;
  readonly views: readonly ToastActionView[];
  readonly handlers: ActionHandlers;
  readonly ui: KitUiStrings;
  /** Close the toast (after a link was followed). */
  readonly onClose: () => void;
  readonly className?: string | undefined;
  readonly actionClassName?: string | undefined;
}

/** The action controls of one toast, or nothing. */
export function ToastActionControls({
  display,
  views,
  handlers,
  ui,
  onClose,
  className,
  actionClassName,
}: ToastActionControlsProps) {
  const hasRetry = views.some((view) => view.action.kind === 'retry');
  const countdown = useRetryCountdown(hasRetry ? display : null);
  if (views.length === 0) return null;
  return (
    <div className={className} data-sek-part="actions">
      {views.map(({ action, url }, index) => {
        const common = {
          ...classProp(actionClassName),
          'data-sek-action': action.kind,
          'data-sek-priority': index === 0 ? 'primary' : 'secondary',
          'data-sek-button': '',
          'data-sek-variant': index === 0 ? 'primary' : 'secondary',
        } as const;
        if (url !== null) {
          const onAction = handlers.onAction;
          return (
            <ExternalLink
              key={`${action.kind}-${index}`}
              {...common}
              data-sek-part="action"
              url={url}
              newTabLabel={ui.opensInNewTab}
              onClick={() => {
                runAction(action, display, onAction ? { onAction } : {});
                onClose();
              }}
            >
              {action.label}
            </ExternalLink>
          );
        }
        const counting = action.kind === 'retry' && !countdown.ready;
        const label =
          action.kind === 'retry' ? retryLabel(action.label, ui, countdown) : action.label;
        return (
          <Toast.Action
            key={`${action.kind}-${index}`}
            {...common}
            data-sek-part="action"
            {...(action.kind === 'retry'
              ? { 'data-sek-countdown': counting ? 'running' : 'ready' }
              : {})}
            altText={action.label}
            disabled={counting}
            onClick={() => runAction(action, display, handlers)}
          >
            {label}
          </Toast.Action>
        );
      })}
    </div>
  );
}
