/**
 * The shape of a locale pack: the kit's own wording in one language.
 * English is built into `./core`; other languages are the default export of
 * `smartcar-error-kit/locales/<tag>` and are passed in through `locales`.
 * Templates use `{name}` tokens, filled by `formatTemplate`.
 */
import type { MessageKey, TitleKey } from './messageKeys';

/** A title and a message for one kind of error. */
export interface MessageEntry {
  readonly title: string;
  /** May use `{app}` (the app's name) and `{vehicle}` (the vehicle's name) tokens. */
  readonly message: string;
}

/** Labels used by the display model and the components. `{token}`s noted per entry. */
export interface UiStrings {
  /** Neutral stand-in for the app's name, e.g. "this app". */
  readonly appNameFallback: string;
  /** Stand-in for the vehicle, e.g. "your car". */
  readonly vehicleFallback: string;
  /**
   * Vehicle described by Connect's make/model/year: `{year}`, `{make}`, `{model}` (all filled or
   * dropped).
   */
  readonly vehicleDescription: string;
  /** Text of the link that replaces `<link to Smartcar Connect>`. */
  readonly connectLinkText: string;
  readonly actionRetry: string;
  /** Retry label while the countdown runs: `{seconds}`. */
  readonly actionRetryIn: string;
  readonly actionReconnect: string;
  readonly actionOpenUrl: string;
  readonly actionContactSupport: string;
  readonly actionBilling: string;
  readonly actionDismiss: string;
  /** Accessible label of the icon per severity. */
  readonly severityCritical: string;
  readonly severityWarning: string;
  readonly severityInfo: string;
  /** Label of the battery capacities list of SERVER MULTIPLE_RECORDS_FOUND. */
  readonly detailCapacities: string;
  /** Label of the invalid fields list of VALIDATION errors. */
  readonly detailFields: string;
  /** Label of any other detail list. */
  readonly detailOther: string;
  /** Toast region label: `{hotkey}`. */
  readonly toastRegion: string;
  /** Toast close button label. */
  readonly toastClose: string;
  /** Visible repeat count: `{count}` (e.g. "×3"). */
  readonly toastRepeat: string;
  /** Accessible repeat count: `{count}`. */
  readonly toastRepeatLabel: string;
  /** Queued toasts affordance: `{count}`. */
  readonly toastMore: string;
  /** Said politely when a followed issue is resolved and its toast closes: `{title}`. */
  readonly toastResolved: string;
  readonly supportTitle: string;
  readonly supportIntro: string;
  readonly supportNoRequestId: string;
  readonly supportRequestId: string;
  readonly supportCode: string;
  readonly supportTime: string;
  readonly supportEmail: string;
  readonly supportUrl: string;
  readonly supportPhone: string;
  readonly supportHours: string;
  readonly supportCopy: string;
  readonly supportCopied: string;
  readonly supportCopyFailed: string;
  /** Mail subject: `{app}`, `{code}`, `{requestId}`. */
  readonly supportEmailSubject: string;
  /** Mail body: `{app}`, `{requestId}`, `{type}`, `{code}`, `{status}`, `{time}`. */
  readonly supportEmailBody: string;
  readonly developerDetails: string;
  /** Appended, visually hidden, to links that open a new tab. */
  readonly opensInNewTab: string;
  /** Announced once when a retry countdown ends. */
  readonly retryReady: string;
  /** The one notice shown while the browser is offline (network failures wait for it). */
  readonly offline: string;
}

/**
 * A text per plural category of the language (`Intl.PluralRules`); `other` is required and used
 * for any category left out. `{count}` is the number, written in the language's number format.
 */
export type PluralText = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

/** What a fleet group's vehicles need: a `VehicleIssueAction`, `'none'` when nobody can act. */
export type FleetGroupKey =
  'reconnect' | 'billing' | 'open-url' | 'contact-support' | 'retry' | 'none';

/** The wording of `FleetIssueSummary`. Counted texts are `PluralText`s. */
export interface FleetStrings {
  /** Heading of the summary, e.g. "Vehicles with problems". */
  readonly title: string;
  /** Shown (and announced) when nothing is wrong. */
  readonly empty: string;
  /** "{count} cars", for sentences that say `{cars}` (languages whose verb does not agree). */
  readonly cars?: PluralText;
  /** One sentence per group: "{count} cars need reconnecting". May use `{count}` and `{cars}`. */
  readonly groups: Readonly<Record<FleetGroupKey, PluralText>>;
  /** The last item of a folded list of names: "{count} more". */
  readonly more: PluralText;
  /** The disclosure that lists a group's vehicles, and folds them again. */
  readonly showMore: string;
  readonly showFewer: string;
}

/** One language's wording. */
export interface LocalePack {
  /** BCP 47 tag of the language, e.g. `'fr'`. */
  readonly locale: string;
  /** Wording by message key (see the catalogue's `messageKey`): every key must be present. */
  readonly messages: Readonly<Record<string, MessageEntry>>;
  /**
   * Titles of failures that share a message key's wording but not its title, by `'TYPE.CODE'`
   * (see `TitleKey`). A missing one falls back to the message key's title in this pack.
   */
  readonly titles?: Readonly<Record<string, string>>;
  readonly ui: UiStrings;
  /**
   * Wording of `FleetIssueSummary`, over the kit's own for the pack's language (built into the
   * summary for the nine languages the kit ships, so packs stay small). Default: the built-in.
   */
  readonly fleet?: FleetStrings;
}

/** A pack with wording for every catalogue message key, as the kit's own packs are typed. */
export interface CompleteLocalePack extends LocalePack {
  readonly messages: Readonly<Record<MessageKey, MessageEntry>>;
  readonly titles: Readonly<Record<TitleKey, string>>;
}
