/**
 * Private parts shared by the banner, the support card and the toasts. Not exported from the
 * package. Each file's top comment lists its props. All are presentational: they take an
 * `ErrorDisplay` / `ErrorAction`, labels and handlers as props, and read no context except
 * `useUiStrings` / `useActionHandlers` (which read the provider).
 */
export {
  ActionButtons,
  actionLinkUrl,
  type ActionButtonsProps,
  type ActionControlProps,
  type CountdownState,
} from './ActionButtons';
export { DetailList, type DetailListProps } from './DetailList';
export { DeveloperDetails, rawJson, type DeveloperDetailsProps } from './DeveloperDetails';
export { DismissButton, type DismissButtonProps } from './DismissButton';
export { ExternalLink, type ExternalLinkProps } from './ExternalLink';
export { Icon, type IconName, type IconProps } from './Icon';
export { MessageParts, type MessagePartsProps } from './MessageParts';
export { runAction, type ActionHandlers } from './runAction';
export { DEVELOPER_LABELS } from './uiExtras';
export { useActionHandlers } from './useActionHandlers';
export {
  ANNOUNCE_DELAY_MS,
  ANNOUNCEMENT_CLEAR_MS,
  useAnnouncer,
  type Announcer,
} from './useAnnouncer';
export { useHydrated } from './useHydrated';
export { useUiStrings, type KitUiStrings } from './useUiStrings';
export { VisuallyHidden, VISUALLY_HIDDEN_STYLE } from './VisuallyHidden';
export { joinClasses } from './joinClasses';
