export { useSmartcarErrorConfig } from './SmartcarErrorContext';
export type {
  SmartcarErrorConfig,
  SmartcarErrorHandlers,
  SupportContact,
} from './SmartcarErrorContext';
export * from './provider/index';
export * from './hooks/index';
export * from './banner/index';
export * from './support-card/index';
export * from './toaster/index';
