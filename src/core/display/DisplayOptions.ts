import type { ErrorActionKind } from '../catalogue/catalogueTypes';
import type { ErrorAction } from './ErrorDisplay';
import type { LocalePack } from '../messages/LocalePack';

/** A title and/or message that replaces the kit's and the API's wording for one kind of error. */
export interface MessageOverride {
  readonly title?: string;
  /**
   * May use `{app}` and `{vehicle}` tokens; `{vehicle}` belongs at a sentence start ("Your car").
   */
  readonly message?: string;
}

/**
 * Overrides keyed by `'TYPE'`, `'TYPE.CODE'` or `'CONNECT.<error>'` (e.g.
 * `'VEHICLE_STATE.ASLEEP'`). The most specific key wins.
 */
export type MessageOverrides = Readonly<Record<string, MessageOverride>>;

/** Action list overrides by the same keys; a bare kind takes the locale's label. */
export type ActionOverrides = Readonly<Record<string, readonly (ErrorActionKind | ErrorAction)[]>>;

/**
 * How a failure is worded. Taken by `toErrorDisplay`, `useErrorDisplay`, `show` and the
 * components, where each option given wins over the provider's.
 */
export interface DisplayOptions {
  /** The host app's name, filled into `<app name>`. Without it a neutral phrase is used. */
  readonly appName?: string;
  /** BCP 47 tag; falls back by language (`fr-CA` → `fr`), then to English. Default `'en'`. */
  readonly locale?: string;
  /** Locale packs available besides the built-in English. */
  readonly locales?: readonly LocalePack[];
  readonly messages?: MessageOverrides;
  readonly actions?: ActionOverrides;
  /** The vehicle's display name ("Model 3"), used by messages about the car. */
  readonly vehicleName?: string;
  /** Epoch ms used for `retryAt`. Default `Date.now()`. */
  readonly now?: number;
}
