export { ErrorBanner } from './ErrorBanner';
export type {
  ErrorBannerProps,
  ErrorBannerPart,
  ErrorBannerHeadingLevel,
} from './ErrorBannerProps';
