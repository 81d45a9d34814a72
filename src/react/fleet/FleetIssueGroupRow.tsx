'use client';
/**
 * Internal: one group of `FleetIssueSummary` — an icon, the sentence ("3 cars need
 * reconnecting") as a heading, the vehicles named (folded past `maxNames`, unfolded to at most
 * `MAX_LISTED_VEHICLES`) and the group's one action, drawn by the kit's action renderer with the
 * group's vehicles. The display (wording, severity, action label and URL) is the group's first
 * issue's, through `useErrorDisplay`. Contract: ./SPEC.md (F-1.3, F-3, F-4).
 */
import { useId, useMemo, useState } from 'react';
import type { ErrorAction } from '../../core/display/ErrorDisplay';
import { ACTION_LABELS } from '../../core/display/resolveActions';
import type { VehicleIssueGroup } from '../../core/issues/types';
import { formatPlural } from '../../core/messages/formatPlural';
import type { FleetStrings, UiStrings } from '../../core/messages/LocalePack';
import { httpUrl } from '../../core/parse/httpUrl';
import type { LooseDisplayOptions } from '../internal/mergeSmartcarErrorConfig';
import { useErrorDisplay } from '../hooks/useErrorDisplay';
import { ActionButtons, actionLinkUrl } from '../internal/ActionButtons';
import { Icon } from '../internal/Icon';
import type { HeadingLevel } from '../internal/headingLevel';
import type { ActionHandlers } from '../internal/runAction';
import type { FleetIssueSummaryProps } from './FleetIssueSummaryProps';
import { vehicleNamesOf } from './groupFacts';
import { listParts } from './listParts';

export interface FleetIssueGroupRowProps {
  readonly group: VehicleIssueGroup;
  readonly sentence: string;
  readonly count: number;
  readonly fleet: FleetStrings;
  readonly ui: UiStrings;
  readonly locale: string;
  readonly displayOptions: LooseDisplayOptions;
  readonly handlers: ActionHandlers;
  readonly onContactSupport: FleetIssueSummaryProps['onContactSupport'];
  /** The support page (a prop or the provider's: checked here, by `httpUrl`). */
  readonly supportUrl: unknown;
  readonly maxNames: number;
  readonly headingLevel: HeadingLevel;
  readonly classNames: FleetIssueSummaryProps['classNames'];
}

/** One group: what is wrong, which cars, and the one thing to do. */
export function FleetIssueGroupRow(props: FleetIssueGroupRowProps) {
  const { group, sentence, count, fleet, ui, locale, handlers, classNames } = props;
  const display = useErrorDisplay(group.issues[0]?.error, props.displayOptions);
  const [expanded, setExpanded] = useState(false);
  const sentenceId = useId();
  const vehiclesId = useId();
  const Heading = `h${props.headingLevel}` as const;

  const names = useMemo(() => vehicleNamesOf(group, ui.vehicleDescription), [group, ui]);
  const shown = expanded ? names : names.slice(0, props.maxNames);
  const rest = count - shown.length;
  const more = rest > 0 ? formatPlural(fleet.more, rest, locale) : null;
  const foldable = names.length > props.maxNames;

  // The group's one action, labelled (and linked) like the banner's action of that kind.
  const kind = group.action;
  const action: ErrorAction | null =
    kind === null
      ? null
      : (display.actions.find((candidate) => candidate.kind === kind) ?? {
          kind,
          label: ui[ACTION_LABELS[kind]],
        });
  const supportUrl = httpUrl(props.supportUrl);
  const { onContactSupport } = props;
  // No dead controls: contact-support with nowhere to go, open-url without a URL (F-4.3, F-4.4).
  const dead =
    action === null ||
    (action.kind === 'contact-support' && supportUrl === null && !onContactSupport) ||
    (action.kind === 'open-url' && action.url === undefined);
  const actions = dead ? [] : [action];
  const rowHandlers: ActionHandlers = {
    ...handlers,
    ...(onContactSupport && { onContactSupport: () => onContactSupport(display, group.vehicles) }),
  };
  const linkOf = (candidate: ErrorAction): string | null => {
    if (candidate.kind === 'contact-support') return supportUrl;
    // One failure's Connect URL does not reconnect a fleet: the app's handler does (F-4.3).
    if (candidate.kind === 'reconnect' && handlers.onReconnect) return null;
    return actionLinkUrl(candidate);
  };

  return (
    <li
      className={classNames?.group}
      data-sek-part="group"
      data-sek-action={kind ?? 'none'}
      data-sek-severity={display.severity}
    >
      <span data-sek-part="icon">
        <Icon name={display.severity} />
      </span>
      <div data-sek-part="body">
        <Heading id={sentenceId} className={classNames?.sentence} data-sek-part="sentence">
          {sentence}
        </Heading>
        {shown.length > 0 &&
          (expanded ? (
            <ul id={vehiclesId} className={classNames?.vehicles} data-sek-part="vehicles">
              {shown.map((name, index) => (
                <li key={index}>
                  <bdi>{name}</bdi>
                </li>
              ))}
              {more !== null && <li>{more}</li>}
            </ul>
          ) : (
            <p id={vehiclesId} className={classNames?.vehicles} data-sek-part="vehicles">
              {listParts(locale, more === null ? shown : [...shown, more])}
            </p>
          ))}
        {foldable && (
          <button
            type="button"
            className={classNames?.toggle}
            data-sek-part="toggle"
            data-sek-link=""
            aria-expanded={expanded}
            aria-controls={vehiclesId}
            aria-describedby={sentenceId}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? fleet.showFewer : fleet.showMore}
          </button>
        )}
      </div>
      <ActionButtons
        display={display}
        actions={actions}
        handlers={rowHandlers}
        ui={ui}
        linkOf={linkOf}
        vehicles={group.vehicles}
        className={classNames?.actions}
      />
    </li>
  );
}
