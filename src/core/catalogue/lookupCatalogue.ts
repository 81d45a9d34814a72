import type { ErrorActionKind } from '../display/ErrorDisplay';
import { CATALOGUE } from './catalogue';
import type {
  CatalogueCodeSpec,
  CatalogueEntry,
  CatalogueTypeSpec,
  ResolutionType,
  SmartcarErrorType,
} from './catalogueTypes';
import { MESSAGE_KEYS, VEHICLE_MESSAGE_KEYS, type MessageKey } from './messageKeys';

/** The primary action each resolution implies. */
export const RESOLUTION_ACTIONS: Readonly<Record<ResolutionType, ErrorActionKind>> = {
  RETRY_LATER: 'retry',
  REAUTHENTICATE: 'reconnect',
  ACTION_REQUIRED: 'open-url',
  USER_ACTION_REQUIRED: 'open-url',
  CONTACT_SUPPORT: 'contact-support',
  FINANCE: 'billing',
};

/** Primary actions that need the person, so the error stays until they act. */
export const PERSISTENT_ACTIONS: ReadonlySet<ErrorActionKind> = new Set<ErrorActionKind>([
  'reconnect',
  'open-url',
  'billing',
  'contact-support',
]);

/** The action a resolution type implies (any case), or `null` for none or an unknown one. */
export function actionForResolution(resolution: string | null): ErrorActionKind | null {
  if (typeof resolution !== 'string') return null;
  if (Object.hasOwn(RESOLUTION_ACTIONS, resolution)) {
    return RESOLUTION_ACTIONS[resolution as ResolutionType];
  }
  const upper = resolution.toUpperCase();
  return Object.hasOwn(RESOLUTION_ACTIONS, upper)
    ? RESOLUTION_ACTIONS[upper as ResolutionType]
    : null;
}

const KEYS: ReadonlySet<string> = new Set(MESSAGE_KEYS);

function entryOf(
  type: SmartcarErrorType,
  code: string | null,
  spec: CatalogueCodeSpec,
  typeSpec: CatalogueTypeSpec,
  typeKey: MessageKey,
): CatalogueEntry {
  const resolution =
    spec.resolution !== undefined ? spec.resolution : (typeSpec.resolution ?? null);
  const action =
    spec.action ??
    (resolution === null ? (typeSpec.action ?? 'dismiss') : RESOLUTION_ACTIONS[resolution]);
  const codeKey = `${type}.${code}`;
  const messageKey: MessageKey =
    spec.key ?? (KEYS.has(codeKey) ? (codeKey as MessageKey) : typeKey);
  const severity = spec.severity ?? typeSpec.severity;
  return Object.freeze({
    type,
    code,
    kind: `${type}.${code ?? ''}`.toUpperCase(),
    severity,
    politeness: severity === 'critical' ? 'assertive' : 'polite',
    resolution,
    action,
    persistent: PERSISTENT_ACTIONS.has(action),
    messageKey,
    mentionsVehicle: VEHICLE_MESSAGE_KEYS.has(messageKey),
  });
}

interface TypeEntries {
  readonly fallback: CatalogueEntry;
  /** By code as documented and upper-cased. */
  readonly codes: ReadonlyMap<string, CatalogueEntry>;
}

const BY_TYPE = new Map<string, TypeEntries>();
const ENTRIES: CatalogueEntry[] = [];
for (const [type, typeSpec] of Object.entries(CATALOGUE) as [
  SmartcarErrorType,
  CatalogueTypeSpec,
][]) {
  const typeKey = typeSpec.key ?? (KEYS.has(type) ? (type as MessageKey) : 'UNKNOWN');
  const fallback = entryOf(type, null, typeSpec, typeSpec, typeKey);
  const codes = new Map<string, CatalogueEntry>();
  ENTRIES.push(fallback);
  for (const [code, spec] of Object.entries(typeSpec.codes)) {
    const entry = entryOf(type, code, spec, typeSpec, typeKey);
    ENTRIES.push(entry);
    codes.set(code, entry).set(code.toUpperCase(), entry);
  }
  const entries = { fallback, codes };
  BY_TYPE.set(type, entries).set(type.toUpperCase(), entries);
}

/** Every catalogue entry: each type's default (code `null`) followed by its documented codes. */
export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = Object.freeze(ENTRIES);

/** Every documented type, as the API spells it. */
export const SMARTCAR_ERROR_TYPES = Object.freeze(
  Object.keys(CATALOGUE),
) as readonly SmartcarErrorType[];

const GENERIC = (BY_TYPE.get('UNKNOWN') as TypeEntries).fallback;

/**
 * What the kit knows about a type and code, ignoring case: the code's entry when documented,
 * else the type's default, else the generic default (`UNKNOWN`). Never throws.
 */
export function lookupCatalogue(type: string, code: string | null): CatalogueEntry {
  if (typeof type !== 'string') return GENERIC;
  const entries = BY_TYPE.get(type) ?? BY_TYPE.get(type.toUpperCase());
  if (entries === undefined) return GENERIC;
  if (typeof code !== 'string') return entries.fallback;
  return entries.codes.get(code) ?? entries.codes.get(code.toUpperCase()) ?? entries.fallback;
}
