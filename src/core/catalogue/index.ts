export { CATALOGUE } from './catalogue';
export type { SmartcarErrorCode } from './catalogue';
export type {
  CatalogueCodeSpec,
  CatalogueEntry,
  CatalogueTypeSpec,
  ResolutionType,
  SmartcarErrorType,
} from './catalogueTypes';
export {
  CATALOGUE_ENTRIES,
  PERSISTENT_ACTIONS,
  RESOLUTION_ACTIONS,
  SMARTCAR_ERROR_TYPES,
  actionForResolution,
  lookupCatalogue,
} from './lookupCatalogue';
export { MESSAGE_KEYS, VEHICLE_MESSAGE_KEYS } from './messageKeys';
export type { MessageKey } from './messageKeys';
