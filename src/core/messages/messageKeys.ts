import { englishLocale } from './englishLocale';

/**
 * A key of the kit's wording (`'VEHICLE_STATE.DOOR_OPEN'`, `'NETWORK'`, …), which every locale
 * pack provides. Several catalogue entries may share one key when the person using the app is in
 * the same situation (all five UPSTREAM codes read alike to them), which keeps each locale pack
 * small; the catalogue maps every documented type and code to one.
 */
export type MessageKey =
  | 'AUTHENTICATION'
  | 'BILLING'
  | 'COMPATIBILITY'
  | 'CONNECT'
  | 'CONNECT.vehicle_incompatible'
  | 'CONNECTED_SERVICES_ACCOUNT'
  | 'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES'
  | 'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION'
  | 'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED'
  | 'NETWORK'
  | 'PERMISSION'
  | 'RATE_LIMIT'
  | 'UNKNOWN'
  | 'UPSTREAM'
  | 'VEHICLE_STATE'
  | 'VEHICLE_STATE.ASLEEP'
  | 'VEHICLE_STATE.CHARGING_IN_PROGRESS'
  | 'VEHICLE_STATE.CHARGING_PLUG_CONNECTED'
  | 'VEHICLE_STATE.DOOR_OPEN'
  | 'VEHICLE_STATE.FULLY_CHARGED'
  | 'VEHICLE_STATE.IGNITION_ON'
  | 'VEHICLE_STATE.LOW_BATTERY'
  | 'VEHICLE_STATE.NOT_CHARGING'
  | 'VEHICLE_STATE.REMOTE_ACCESS_DISABLED'
  | 'VEHICLE_STATE.TRUNK_OPEN'
  | 'VEHICLE_STATE.UNREACHABLE';

/**
 * A documented `'TYPE.CODE'` whose failure has its own title but shares its message key's wording
 * (HOOD_OPEN reads like DOOR_OPEN, but the title says which is open). Every locale pack gives a
 * title for each in `titles`; a title says what happened, so two failures never share one.
 */
export type TitleKey =
  | 'SERVER.INTERNAL'
  | 'SERVER.MULTIPLE_RECORDS_FOUND'
  | 'SERVER.RECORD_NOT_FOUND'
  | 'VEHICLE_STATE.CHARGE_FAULT'
  | 'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED'
  | 'VEHICLE_STATE.HOOD_OPEN';

/** True when `key` (a documented `'TYPE.CODE'`) has a title of its own. */
export const isTitleKey = (key: string): key is TitleKey =>
  Object.hasOwn(englishLocale.titles, key);

/**
 * Every message key, in the English pack's order (its keys are typed as exactly these). Read in
 * a pure call as a whole: with `Object.keys(englishLocale.messages)` the bundler keeps the
 * argument (`englishLocale.messages;`) when the call is unused, and with it all the English
 * wording in every bundle of the core chunk (`parseSmartcarErrors` alone, `parseBatchResponse`…).
 */
export const MESSAGE_KEYS: readonly MessageKey[] = /* @__PURE__ */ (() =>
  Object.keys(englishLocale.messages) as MessageKey[])();

/** True when `key` is one of the kit's message keys. */
export const isMessageKey = (key: string): key is MessageKey =>
  Object.hasOwn(englishLocale.messages, key);

/**
 * True when the key's message names the vehicle through the `{vehicle}` token — in English, and
 * so in every language (localePacks.test.ts holds each pack to it). With a `vehicleName`, the kit
 * prefers its own wording for these so the car is named.
 */
export const mentionsVehicle = (key: MessageKey): boolean =>
  englishLocale.messages[key].message.includes('{vehicle}');

/** The keys whose message names the vehicle (see `mentionsVehicle`). */
export const VEHICLE_MESSAGE_KEYS: ReadonlySet<MessageKey> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ MESSAGE_KEYS.filter(mentionsVehicle),
);
