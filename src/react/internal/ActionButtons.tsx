'use client';
/**
 * Internal: a display's actions, primary first, in one `data-sek-part="actions"` group. A retry
 * action shows the countdown it is given ("Retry in 12 s") and stays disabled until `ready`;
 * its state is `data-sek-countdown="running" | "ready"`. `dismiss` actions are left out: each
 * component renders its own dismiss control.
 *
 * Props: `display`, `handlers`, `ui` (labels), `countdown` (from `useRetryCountdown(display)`;
 * null or absent = no countdown), `className` (the group), `actionClassName` (each control),
 * `exclude` (more kinds to leave out), `retryRef` (the retry button).
 * Renders nothing when no action is left.
 */
import type { Ref } from 'react';
import type { ErrorActionKind, ErrorDisplay } from '../../core/display/ErrorDisplay';
import { formatTemplate } from '../../core/messages/formatTemplate';
import { ActionButton } from './ActionButton';
import type { ActionHandlers } from './runAction';
import type { KitUiStrings } from './useUiStrings';

/** A retry countdown's state, as `useRetryCountdown` returns it. */
export interface CountdownState {
  readonly secondsLeft: number;
  readonly ready: boolean;
}

/** Props of the internal `ActionButtons`. */
export interface ActionButtonsProps {
  readonly display: ErrorDisplay;
  readonly handlers: ActionHandlers;
  readonly ui: KitUiStrings;
  readonly countdown?: CountdownState | null | undefined;
  readonly className?: string | undefined;
  readonly actionClassName?: string | undefined;
  /** Kinds to leave out besides `dismiss`. */
  readonly exclude?: readonly ErrorActionKind[];
  readonly retryRef?: Ref<HTMLButtonElement> | undefined;
}

/** The visible label of a retry action under a countdown. */
export function retryLabel(
  label: string,
  ui: KitUiStrings,
  countdown: CountdownState | null | undefined,
): string {
  if (!countdown || countdown.ready) return label;
  return formatTemplate(ui.actionRetryIn, { seconds: String(countdown.secondsLeft) });
}

/** The action controls of one display. */
export function ActionButtons({
  display,
  handlers,
  ui,
  countdown,
  className,
  actionClassName,
  exclude = [],
  retryRef,
}: ActionButtonsProps) {
  const actions = display.actions.filter(
    (action) => action.kind !== 'dismiss' && !exclude.includes(action.kind),
  );
  if (actions.length === 0) return null;
  return (
    <div className={className} data-sek-part="actions">
      {actions.map((action, index) => {
        const isRetry = action.kind === 'retry';
        const counting = isRetry && countdown != null;
        return (
          <ActionButton
            key={`${action.kind}-${index}`}
            action={action}
            display={display}
            handlers={handlers}
            newTabLabel={ui.opensInNewTab}
            priority={index === 0 ? 'primary' : 'secondary'}
            disabled={counting && !countdown.ready}
            className={actionClassName}
            buttonRef={isRetry ? retryRef : undefined}
            {...(counting
              ? { data: { 'data-sek-countdown': countdown.ready ? 'ready' : 'running' } }
              : {})}
          >
            {isRetry ? retryLabel(action.label, ui, countdown) : action.label}
          </ActionButton>
        );
      })}
    </div>
  );
}
