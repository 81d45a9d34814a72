import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import type { UiStrings } from '../../core/messages/LocalePack';

/** The locale's label for a display's severity ("Error", "Warning", "Information"). */
export function severityLabel(display: ErrorDisplay, ui: UiStrings): string {
  if (display.severity === 'critical') return ui.severityCritical;
  if (display.severity === 'warning') return ui.severityWarning;
  return ui.severityInfo;
}

/**
 * "<severity>: <title>. <message> <extra>", without doubled punctuation or empty parts. Shared
 * by the banner and the toaster, which say an error the same way (`extra`: a toast's repeat count).
 */
export function announcementText(display: ErrorDisplay, ui: UiStrings, extra = ''): string {
  const title = display.title.trim();
  const sentence = title === '' || /[.!?…:]$/.test(title) ? title : `${title}.`;
  return [`${severityLabel(display, ui)}:`, sentence, display.messageText.trim(), extra]
    .filter((part) => part !== '')
    .join(' ');
}
