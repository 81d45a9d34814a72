export { SmartcarError, isSmartcarError } from './SmartcarError';
export type {
  SmartcarErrorFields,
  SmartcarErrorFormat,
  SmartcarResolution,
  SmartcarVehicleInfo,
  SmartcarErrorDetailItem,
  SmartcarErrorJSON,
} from './SmartcarError';
export { parseSmartcarError } from './parseSmartcarError';
export { parseSmartcarResponse } from './parseSmartcarResponse';
export { parseConnectRedirect } from './parseConnectRedirect';
export { parseBatchResponse, type BatchItemError } from './parseBatchResponse';
export type { ParseContextInput } from './ParseContext';
export { NETWORK_ABORTED, NETWORK_TIMEOUT } from './readErrorInstanceParts';
