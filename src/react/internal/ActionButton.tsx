'use client';
/**
 * Internal: one `ErrorAction` as a control. `reconnect`, `open-url` and `billing` with an http(s)
 * `url` render as a link opening a new tab (a click calls only `onAction`: the link itself does
 * the rest); everything else renders as a `<button type="button">` that runs `runAction`.
 *
 * Props: `action`, `display`, `handlers` (see `runAction`), `newTabLabel`, `priority`
 * (`'primary' | 'secondary'`, exposed as styles.css's `data-sek-variant`), `disabled` (buttons only),
 * `children` (visible content; default the action's label), `className`, `buttonRef`.
 * Exposes `data-sek-part="action"`, `data-sek-action="<kind>"` and `data-sek-button`.
 */
import type { ReactNode, Ref } from 'react';
import { warnOnce } from '../../core/dev';
import type { ErrorAction, ErrorDisplay } from '../../core/display/ErrorDisplay';
import { httpUrl } from '../../core/url/httpUrl';
import { ExternalLink } from './ExternalLink';
import { runAction, type ActionHandlers } from './runAction';

/** Replaced by the app's bundler; declared here, not through @types/node (see core/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Kinds that are links when they carry a URL. */
const LINK_KINDS: ReadonlySet<ErrorAction['kind']> = /* @__PURE__ */ new Set([
  'reconnect',
  'open-url',
  'billing',
]);

/** The action's URL when it should render as a link, else null. */
export function actionLinkUrl(action: ErrorAction): string | null {
  return LINK_KINDS.has(action.kind) ? httpUrl(action.url) : null;
}

/** Development warning for a button that nothing will answer. */
function warnIfInert(action: ErrorAction, handlers: ActionHandlers): void {
  if (handlers.onAction) return;
  if (action.kind === 'retry' && !handlers.onRetry) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        'action:retry',
        'a Retry action is shown but no onRetry (or onAction) handler is set.',
      );
    }
  } else if (
    action.kind === 'reconnect' &&
    actionLinkUrl(action) === null &&
    !handlers.onReconnect
  ) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        'action:reconnect',
        'a Reconnect action has no Connect URL and no onReconnect (or onAction) handler is set.',
      );
    }
  }
}

/** Props of the internal `ActionButton`. */
export interface ActionButtonProps {
  readonly action: ErrorAction;
  readonly display: ErrorDisplay;
  readonly handlers: ActionHandlers;
  /** Hidden hint for links, e.g. "(opens in a new tab)". */
  readonly newTabLabel: string;
  /** Default `'secondary'`. */
  readonly priority?: 'primary' | 'secondary';
  /** Disables a button (ignored for links). Default false. */
  readonly disabled?: boolean;
  /** Visible content. Default `action.label`. */
  readonly children?: ReactNode;
  readonly className?: string | undefined;
  readonly buttonRef?: Ref<HTMLButtonElement> | undefined;
  /** Extra data attributes for the control (e.g. `data-sek-countdown`). */
  readonly data?: Readonly<Record<`data-${string}`, string>>;
}

/** One action: a new-tab link for a URL, else a button. */
export function ActionButton({
  action,
  display,
  handlers,
  newTabLabel,
  priority = 'secondary',
  disabled = false,
  children,
  className,
  buttonRef,
  data,
}: ActionButtonProps) {
  if (process.env.NODE_ENV !== 'production') warnIfInert(action, handlers);
  const content = children ?? action.label;
  const common = {
    ...data,
    className,
    'data-sek-part': 'action',
    'data-sek-action': action.kind,
    'data-sek-button': '',
    'data-sek-variant': priority,
  };
  const url = actionLinkUrl(action);
  if (url !== null) {
    const onAction = handlers.onAction;
    return (
      <ExternalLink
        {...common}
        url={url}
        newTabLabel={newTabLabel}
        onClick={() => runAction(action, display, onAction ? { onAction } : {})}
      >
        {content}
      </ExternalLink>
    );
  }
  return (
    <button
      {...common}
      ref={buttonRef}
      type="button"
      disabled={disabled}
      onClick={() => runAction(action, display, handlers)}
    >
      {content}
    </button>
  );
}
