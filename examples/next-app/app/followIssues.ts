'use client';
import { createContext, useContext, useEffect } from 'react';
import type { VehicleIssuesStore } from 'smartcar-error-kit';

/**
 * How a page hands the app's one toaster (providers.tsx) a vehicle-issues store to follow. The
 * page owns its store (so the server renders it filled); the toaster is the app's.
 */
export const FollowIssuesContext = createContext<(issues: VehicleIssuesStore | undefined) => void>(
  () => {},
);

/**
 * While the calling component is mounted, the app's toaster follows `issues`: a new issue shows
 * a toast, a repeat counts it up, a resolved issue closes its toast.
 */
export function useToasterFollows(issues: VehicleIssuesStore): void {
  const follow = useContext(FollowIssuesContext);
  useEffect(() => {
    follow(issues);
    return () => follow(undefined);
  }, [follow, issues]);
}
