export { useSmartcarErrorConfig } from './SmartcarErrorContext';
export type {
  SmartcarErrorConfig,
  SmartcarErrorHandlers,
  SupportContact,
} from './SmartcarErrorContext';
