'use client';
import { createContext, useContext } from 'react';
import type { DisplayOptions } from '../core/display/DisplayOptions';
import type { ErrorAction, ErrorDisplay } from '../core/display/ErrorDisplay';
import type { SmartcarVehicleInfo } from '../core/parse/SmartcarError';
import type { ColorScheme, SmartcarErrorTheme } from '../theme/SmartcarErrorTheme';

/** How the person can reach the app's support team. Rows without data are not shown. */
export interface SupportContact {
  readonly email?: string;
  /** Absolute http(s) URL of a help or contact page. */
  readonly url?: string;
  readonly phone?: string;
  /** Free text such as "Mon–Fri, 9:00–17:00 CET". */
  readonly hours?: string;
}

/**
 * Callbacks for actions the kit cannot perform itself. `vehicles` are the vehicles the action is
 * for: the display's vehicle (or none) from a banner or a toast, a whole group's from
 * `FleetIssueSummary`.
 */
export interface SmartcarErrorHandlers {
  /** The person pressed Retry (after any countdown). */
  readonly onRetry?: (display: ErrorDisplay, vehicles: readonly SmartcarVehicleInfo[]) => void;
  /** The person asked to reconnect the car(s) and the action carried no Connect URL. */
  readonly onReconnect?: (display: ErrorDisplay, vehicles: readonly SmartcarVehicleInfo[]) => void;
  /** Any action was pressed (called before the specific handler). */
  readonly onAction?: (
    action: ErrorAction,
    display: ErrorDisplay,
    vehicles: readonly SmartcarVehicleInfo[],
  ) => void;
}

/** What `SmartcarErrorProvider` hands down. Every field is optional. */
export interface SmartcarErrorConfig
  extends
    SmartcarErrorHandlers,
    Pick<DisplayOptions, 'appName' | 'locale' | 'locales' | 'messages' | 'actions'> {
  readonly support?: SupportContact;
  readonly theme?: SmartcarErrorTheme;
  readonly colorScheme?: ColorScheme;
}

/** Internal: the provider's value. Components and hooks read it with `useSmartcarErrorConfig`. */
export const SmartcarErrorContext = createContext<SmartcarErrorConfig>({});

/** The nearest provider's configuration, or `{}` without a provider. */
export function useSmartcarErrorConfig(): SmartcarErrorConfig {
  return useContext(SmartcarErrorContext);
}
