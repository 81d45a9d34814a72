'use client';
/**
 * Internal: the one action renderer of the banner and the toasts — a display's actions, primary
 * first, in one `data-sek-part="actions"` group. An action with a link URL (see `linkOf`) renders
 * as a new-tab link (a click calls only `onAction`: the link itself does the rest, then
 * `onFollow`); every other action as a button that runs `runAction`. A retry under a countdown
 * reads "Try again in 12 s" and stays disabled until `ready` (`data-sek-countdown="running" |
 * "ready"`). Each control exposes `data-sek-part="action"`, `data-sek-action="<kind>"`,
 * `data-sek-button` and `data-sek-variant="primary" | "secondary"`. Renders nothing when there is
 * no action.
 */
import type { ButtonHTMLAttributes, ComponentType } from 'react';
import { warnOnce } from '../../core/internal/dev';
import type { ErrorAction, ErrorDisplay } from '../../core/display/ErrorDisplay';
import type { SmartcarVehicleInfo } from '../../core/parse/SmartcarError';
import { formatTemplate } from '../../core/messages/formatTemplate';
import { ExternalLink } from './ExternalLink';
import { runAction, type ActionHandlers } from './runAction';
import type { UiStrings } from '../../core/messages/LocalePack';

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** A retry countdown's state, as `useRetryCountdown` returns it. */
export interface CountdownState {
  readonly secondsLeft: number;
  readonly ready: boolean;
}

/**
 * What a button control receives; `altText` is the action's label (Radix `Toast.Action` wants it).
 */
export type ActionControlProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  readonly altText: string;
};

export interface ActionButtonsProps {
  readonly display: ErrorDisplay;
  /** The actions to show, primary first. Default: the display's, without `dismiss`. */
  readonly actions?: readonly ErrorAction[];
  readonly handlers: ActionHandlers;
  readonly ui: UiStrings;
  /** From `useRetryCountdown(display)`; null or absent = no countdown. */
  readonly countdown?: CountdownState | null | undefined;
  /** The URL an action links to, or null for a button. Default `actionLinkUrl`. */
  readonly linkOf?: (action: ErrorAction) => string | null;
  /** The button control. Default a plain `<button type="button">`. */
  readonly Button?: ComponentType<ActionControlProps>;
  /** Called after a link was followed. */
  readonly onFollow?: () => void;
  /** The vehicles the actions are for, passed to the handlers. Default: the display's. */
  readonly vehicles?: readonly SmartcarVehicleInfo[];
  readonly className?: string | undefined;
  readonly actionClassName?: string | undefined;
}

/** The URL of a `reconnect`, `open-url` or `billing` action (checked when the display was read). */
export function actionLinkUrl(action: ErrorAction): string | null {
  return action.kind === 'reconnect' || action.kind === 'open-url' || action.kind === 'billing'
    ? (action.url ?? null)
    : null;
}

function PlainButton({ altText: _altText, ...props }: ActionControlProps) {
  return <button type="button" {...props} />;
}

/** Development warning for a button that nothing will answer. */
function warnIfInert(action: ErrorAction, handlers: ActionHandlers): void {
  if (handlers.onAction) return;
  const inertRetry = action.kind === 'retry' && !handlers.onRetry;
  const inertReconnect = action.kind === 'reconnect' && !handlers.onReconnect;
  if (process.env.NODE_ENV !== 'production' && inertRetry) {
    warnOnce(
      'action:retry',
      'a Retry action is shown but no onRetry (or onAction) handler is set.',
    );
  }
  if (process.env.NODE_ENV !== 'production' && inertReconnect) {
    warnOnce(
      'action:reconnect',
      'a Reconnect action has no Connect URL and no onReconnect (or onAction) handler is set.',
    );
  }
}

/** The action controls of one display. */
export function ActionButtons({
  display,
  actions = display.actions.filter((action) => action.kind !== 'dismiss'),
  handlers,
  ui,
  countdown,
  linkOf = actionLinkUrl,
  Button = PlainButton,
  onFollow,
  vehicles,
  className,
  actionClassName,
}: ActionButtonsProps) {
  if (actions.length === 0) return null;
  return (
    <div className={className} data-sek-part="actions">
      {actions.map((action, index) => {
        const common = {
          className: actionClassName,
          'data-sek-part': 'action',
          'data-sek-action': action.kind,
          'data-sek-button': '',
          'data-sek-variant': index === 0 ? 'primary' : 'secondary',
        };
        const url = linkOf(action);
        if (url !== null) {
          return (
            <ExternalLink
              key={index}
              {...common}
              url={url}
              newTabLabel={ui.opensInNewTab}
              onClick={() => {
                runAction(action, display, handlers, vehicles, true);
                onFollow?.();
              }}
            >
              {action.label}
            </ExternalLink>
          );
        }
        if (process.env.NODE_ENV !== 'production') warnIfInert(action, handlers);
        const counting = action.kind === 'retry' && countdown != null;
        return (
          <Button
            key={index}
            {...common}
            {...(counting && { 'data-sek-countdown': countdown.ready ? 'ready' : 'running' })}
            altText={action.label}
            disabled={counting && !countdown.ready}
            onClick={() => runAction(action, display, handlers, vehicles)}
          >
            {counting && !countdown.ready
              ? formatTemplate(ui.actionRetryIn, { seconds: String(countdown.secondsLeft) })
              : action.label}
          </Button>
        );
      })}
    </div>
  );
}
