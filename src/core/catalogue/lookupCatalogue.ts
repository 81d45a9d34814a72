import { CATALOGUE } from './catalogue';
import type {
  CatalogueCodeSpec,
  CatalogueEntry,
  CatalogueTypeSpec,
  ErrorActionKind,
  ResolutionType,
  SmartcarErrorType,
} from './catalogueTypes';
import {
  isMessageKey,
  isTitleKey,
  mentionsVehicle,
  type MessageKey,
} from '../messages/messageKeys';

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
export const PERSISTENT_ACTIONS: ReadonlySet<ErrorActionKind> =
  /* @__PURE__ */ new Set<ErrorActionKind>(['reconnect', 'open-url', 'billing', 'contact-support']);

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
  const messageKey: MessageKey = spec.key ?? (isMessageKey(codeKey) ? codeKey : typeKey);
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
    titleKey: code !== null && isTitleKey(codeKey) ? codeKey : null,
    mentionsVehicle: mentionsVehicle(messageKey),
  });
}

interface TypeEntries {
  /** The type's default followed by its documented codes. */
  readonly entries: readonly [CatalogueEntry, ...CatalogueEntry[]];
  /** By code as documented and upper-cased. */
  readonly codes: ReadonlyMap<string, CatalogueEntry>;
}

/**
 * Each documented type's entries, made when the type is first looked up: a first `show` words one
 * error, so it builds one type's entries, not the whole catalogue's. Built lazily (not by
 * top-level loops) also so that a bundle which never looks an error up can drop the catalogue.
 */
const builtTypes = /* @__PURE__ */ new Map<string, TypeEntries>();

/**
 * The entries of `type` as documented, else upper- or lower-cased (the catalogue spells a few
 * types in lower case), or `undefined` for an unknown type.
 */
function typeEntries(type: string): TypeEntries | undefined {
  const documented = [type, type.toUpperCase(), type.toLowerCase()].find((spelling) =>
    Object.hasOwn(CATALOGUE, spelling),
  ) as SmartcarErrorType | undefined;
  return documented && (builtTypes.get(documented) ?? buildTypeEntries(documented));
}

function buildTypeEntries(type: SmartcarErrorType): TypeEntries {
  const typeSpec: CatalogueTypeSpec = CATALOGUE[type];
  const typeKey = typeSpec.key ?? (isMessageKey(type) ? type : 'UNKNOWN');
  const codes = new Map<string, CatalogueEntry>();
  const entries: [CatalogueEntry, ...CatalogueEntry[]] = [
    entryOf(type, null, typeSpec, typeSpec, typeKey),
  ];
  for (const [code, spec] of Object.entries(typeSpec.codes)) {
    const entry = entryOf(type, code, spec, typeSpec, typeKey);
    entries.push(entry);
    codes.set(code, entry).set(code.toUpperCase(), entry);
  }
  const built = { entries, codes };
  builtTypes.set(type, built);
  return built;
}

function catalogueEntries(): readonly CatalogueEntry[] {
  return Object.freeze(
    Object.keys(CATALOGUE).flatMap((type) => (typeEntries(type) as TypeEntries).entries),
  );
}

// `@__PURE__` marks these initialisers as free of side effects, so bundlers drop them (and the
// catalogue they read) when the export is unused, even inside the one shared dist chunk.

/** Every catalogue entry: each type's default (code `null`) followed by its documented codes. */
export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = /* @__PURE__ */ catalogueEntries();

/** Every documented type, as the API spells it. */
export const SMARTCAR_ERROR_TYPES = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(CATALOGUE),
) as readonly SmartcarErrorType[];

/**
 * What the kit knows about a type and code, ignoring case: the code's entry when documented,
 * else the type's default, else the generic default (`UNKNOWN`). Never throws.
 */
export function lookupCatalogue(type: string, code: string | null): CatalogueEntry {
  const { entries, codes } =
    (typeof type === 'string' && typeEntries(type)) || typeEntries('UNKNOWN')!;
  return (
    (typeof code === 'string' && (codes.get(code) ?? codes.get(code.toUpperCase()))) || entries[0]
  );
}
