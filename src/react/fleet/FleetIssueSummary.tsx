'use client';
/**
 * `FleetIssueSummary`: what is wrong right now across a fleet, one row per group of a
 * vehicle-issues store ("3 cars need reconnecting — Reconnect"), the cars named where known and
 * folded past a few, changes announced politely through the kit's one announcer. A named region
 * whose DOM stays small at any fleet size. Contract: ./SPEC.md (F-…).
 */
import { useMemo } from 'react';
import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import { fleetStringsFor } from '../../core/messages/fleetLocales';
import { completeUi } from '../../core/display/completeUi';
import { resolveLocalePack } from '../../core/messages/resolveLocalePack';
import { useRegionShell } from '../internal/useRegionShell';
import { namedForwardRef } from '../internal/namedForwardRef';
import { subHeadingLevel } from '../internal/headingLevel';
import { useActionHandlers } from '../internal/useActionHandlers';
import { useAnnouncer } from '../internal/useAnnouncer';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import { FleetIssueGroupRow } from './FleetIssueGroupRow';
import type { FleetIssueSummaryProps } from './FleetIssueSummaryProps';
import { groupKeyOf, groupSentence, maxNamesOr3, vehicleCountOf } from './groupFacts';
import { useFleetAnnouncements } from './useFleetAnnouncements';
import { useFleetEvents } from './useFleetEvents';
import { useVehicleIssues } from './useVehicleIssues';

/**
 * Shows the groups of a vehicle-issues store, each with its one action. A `ref` receives the
 * root `<section>` (React 18 and 19).
 */
export const FleetIssueSummary: ForwardRefExoticComponent<
  FleetIssueSummaryProps & RefAttributes<HTMLElement>
> = /* @__PURE__ */ namedForwardRef<HTMLElement, FleetIssueSummaryProps>(
  'FleetIssueSummary',
  function FleetIssueSummary(props, ref) {
    const {
      issues,
      appName,
      locale,
      messages,
      actions,
      onRetry,
      onReconnect,
      onAction,
      onContactSupport,
      support,
      maxNames,
      announce = true,
      ...shellProps
    } = props;
    const snapshot = useVehicleIssues(issues);

    const config = useSmartcarErrorConfig();
    const pack = resolveLocalePack(locale ?? config.locale, config.locales);
    const ui = useMemo(() => completeUi(pack), [pack]);
    const fleet = fleetStringsFor(pack);
    const handlers = useActionHandlers({ onAction, onRetry, onReconnect }, 'fleet-summary');
    useFleetEvents(snapshot.issues);
    const displayOptions = useMemo(
      () => ({ appName, locale, messages, actions }),
      [appName, locale, messages, actions],
    );
    const { rootProps, titleId, level, classNames } = useRegionShell(shellProps);
    const Heading = `h${level}` as const;
    const announcer = useAnnouncer();

    const rows = useMemo(
      () =>
        snapshot.groups.map((group) => {
          const key = groupKeyOf(group);
          const count = vehicleCountOf(group);
          return { group, key, count, sentence: groupSentence(fleet, key, count, pack.locale) };
        }),
      [snapshot.groups, fleet, pack.locale],
    );
    useFleetAnnouncements({ groups: rows, emptyText: fleet.empty, announcer, enabled: announce });

    const rowLevel = subHeadingLevel(level);

    return (
      <section {...rootProps} ref={ref} data-sek-component="fleet" data-sek-surface="">
        <Heading id={titleId} className={classNames?.title} data-sek-part="title">
          {fleet.title}
        </Heading>
        {rows.length === 0 ? (
          <p data-sek-part="empty" data-sek-muted="">
            {fleet.empty}
          </p>
        ) : (
          <ul data-sek-part="groups">
            {rows.map((row) => (
              <FleetIssueGroupRow
                key={row.key}
                group={row.group}
                sentence={row.sentence}
                count={row.count}
                fleet={fleet}
                ui={ui}
                locale={pack.locale}
                displayOptions={displayOptions}
                handlers={handlers}
                onContactSupport={onContactSupport}
                supportUrl={support?.url ?? config.support?.url}
                maxNames={maxNamesOr3(maxNames)}
                headingLevel={rowLevel}
                classNames={classNames}
              />
            ))}
          </ul>
        )}
        {announcer.regions}
      </section>
    );
  },
);
