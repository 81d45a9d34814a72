export { SmartcarError, isSmartcarError } from './SmartcarError';
export type {
  SmartcarErrorFields,
  SmartcarErrorFormat,
  SmartcarResolution,
  SmartcarVehicleInfo,
  SmartcarErrorDetailItem,
} from './SmartcarError';
