import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import {
  createErrorToasts,
  createVehicleIssues,
  ErrorToaster,
  parseSmartcarError,
  SmartcarErrorProvider,
} from 'smartcar-error-kit';
import type { ErrorToastStore } from 'smartcar-error-kit';
import resolvedEvent from '../../testing/smartcar/payloads/WEBHOOK__VEHICLE_ERROR__2.json';
import {
  fakeVehicleIssues,
  issueOf,
  TESLA,
  UNREACHABLE_TESLA as UNREACHABLE,
} from '../../../test/fixtures/fakeVehicleIssues';

const PERMISSION = parseSmartcarError({
  type: 'CONNECTED_SERVICES_ACCOUNT',
  code: 'AUTHENTICATION_FAILED',
  description: 'The owner changed their password.',
  statusCode: 400,
  requestId: 'req-1',
});
const ASLEEP = parseSmartcarError({
  type: 'VEHICLE_STATE',
  code: 'ASLEEP',
  description: 'The vehicle is asleep.',
  statusCode: 409,
  requestId: 'req-2',
});

async function flush(): Promise<void> {
  await act(async () => {});
}

function counts(store: ErrorToastStore): Array<[string, number]> {
  return store.getSnapshot().visible.map((item) => [item.display.key, item.count]);
}

function renderFollowing(strict = false) {
  const toasts = createErrorToasts();
  const issues = fakeVehicleIssues();
  const tree = (
    <SmartcarErrorProvider appName="Volt" toasts={toasts}>
      <ErrorToaster issues={issues.store} />
    </SmartcarErrorProvider>
  );
  const view = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { toasts, issues, view };
}

describe('ErrorToaster following a vehicle-issues store', () => {
  it('shows a toast for each new issue and counts a repeat up', async () => {
    const { toasts, issues } = renderFollowing();
    act(() => issues.set([issueOf(PERMISSION)]));
    await flush();
    expect(counts(toasts)).toEqual([[expect.any(String), 1]]);
    act(() => issues.set([issueOf(PERMISSION, 3), issueOf(ASLEEP)]));
    await flush();
    expect(counts(toasts).map(([, count]) => count)).toEqual([3, 1]);
    toasts.dismissAll();
  });

  it('shows the issues already open when it mounts, once even under StrictMode', async () => {
    const toasts = createErrorToasts();
    const issues = fakeVehicleIssues();
    issues.set([issueOf(UNREACHABLE, 2)]);
    render(
      <StrictMode>
        <SmartcarErrorProvider appName="Volt" toasts={toasts}>
          <ErrorToaster issues={issues.store} />
        </SmartcarErrorProvider>
      </StrictMode>,
    );
    await flush();
    expect(counts(toasts)).toEqual([[expect.stringContaining(TESLA.vin), 2]]);
    toasts.dismissAll();
  });

  it('closes the toast of a resolved issue and leaves the others', async () => {
    const { toasts, issues } = renderFollowing();
    act(() => issues.set([issueOf(PERMISSION), issueOf(UNREACHABLE)]));
    await flush();
    expect(toasts.getSnapshot().visible).toHaveLength(2);
    act(() => issues.set([issueOf(PERMISSION)]));
    await flush();
    const [only] = toasts.getSnapshot().visible;
    expect(toasts.getSnapshot().visible).toHaveLength(1);
    expect(only?.display.key).not.toContain(TESLA.vin);
    toasts.dismissAll();
  });

  it('shows an issue raised again after it was resolved as new', async () => {
    const { toasts, issues } = renderFollowing();
    act(() => issues.set([issueOf(ASLEEP, 4, 1)]));
    act(() => issues.set([]));
    act(() => issues.set([issueOf(ASLEEP, 1, 2)]));
    await flush();
    expect(counts(toasts).map(([, count]) => count)).toEqual([1]);
    toasts.dismissAll();
  });

  it('stops following when it unmounts', async () => {
    const { toasts, issues, view } = renderFollowing();
    view.unmount();
    issues.set([issueOf(ASLEEP)]);
    await flush();
    expect(toasts.getSnapshot().visible).toHaveLength(0);
  });
});

describe('ErrorToaster following createVehicleIssues() fed with webhook events', () => {
  /** The documented RESOLVED event as a delivery of `state`, `minutes` after it. */
  function delivery(state: 'ERROR' | 'RESOLVED', eventId: string, minutes: number) {
    const [item] = resolvedEvent.data.errors;
    return {
      ...resolvedEvent,
      eventId,
      data: { ...resolvedEvent.data, errors: [{ ...item, state }] },
      meta: {
        ...resolvedEvent.meta,
        deliveredAt: resolvedEvent.meta.deliveredAt + minutes * 60_000,
      },
    };
  }

  it('shows, counts up, ignores a duplicate delivery and closes on RESOLVED', async () => {
    const toasts = createErrorToasts();
    const issues = createVehicleIssues();
    render(
      <SmartcarErrorProvider appName="Volt" toasts={toasts}>
        <ErrorToaster issues={issues} />
      </SmartcarErrorProvider>,
    );
    act(() => {
      issues.ingest(delivery('ERROR', 'e-1', -3));
    });
    await flush();
    expect(counts(toasts).map(([, count]) => count)).toEqual([1]);
    act(() => {
      issues.ingest(delivery('ERROR', 'e-1', -3));
      issues.ingest(delivery('ERROR', 'e-2', -2));
    });
    await flush();
    expect(counts(toasts).map(([, count]) => count)).toEqual([2]);
    act(() => {
      issues.ingest(delivery('RESOLVED', 'e-3', 0));
    });
    await flush();
    expect(toasts.getSnapshot().visible).toHaveLength(0);
  });
});
