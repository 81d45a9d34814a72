/**
 * The Catalogue's gallery: the documented errors of one group, each as an `ErrorBanner` under a
 * caption that says what it is (type and code, HTTP status, documented resolution, source file),
 * filtered by severity and resolution.
 */
import {
  ErrorBanner,
  resolveLocalePack,
  useErrorDisplay,
  useSmartcarErrorConfig,
} from 'smartcar-error-kit';
import type { ErrorSeverity } from 'smartcar-error-kit';
import {
  CATALOGUE_GROUPS,
  errorsOfGroup,
  type CatalogueGroup,
  type DocumentedError,
  type ResolutionFilter,
} from './documentedErrors';

/** Props of `CatalogueGallery`. */
export interface CatalogueGalleryProps {
  /** Which documented errors to show. */
  readonly group: CatalogueGroup;
  /** Only errors of this severity. Default `'all'`. */
  readonly severity?: ErrorSeverity | 'all';
  /**
   * Only errors with this documented resolution (`'none'`: the docs give none). Default `'all'`.
   */
  readonly resolution?: ResolutionFilter | 'all';
}

/** One documented error: its caption and its banner (a list item). */
export function CatalogueItem({ item }: { item: DocumentedError }) {
  const display = useErrorDisplay(item.error);
  const config = useSmartcarErrorConfig();
  const ui = resolveLocalePack(display.locale, config.locales).ui;
  const severityLabel =
    display.severity === 'critical'
      ? ui.severityCritical
      : display.severity === 'warning'
        ? ui.severityWarning
        : ui.severityInfo;
  return (
    <li style={{ display: 'grid', gap: '0.375rem' }} data-catalogue-item={item.id}>
      {/* Codes and file names read left to right, also on a right-to-left page. */}
      <p dir="ltr" style={{ margin: 0, fontSize: '0.8125rem', textAlign: 'start' }}>
        <code dir="ltr">{item.label}</code>
        {` · HTTP ${item.status ?? '—'} · resolution ${item.resolution} · `}
        <span dir="ltr">{item.source}</span>
      </p>
      <ErrorBanner
        error={display}
        headingLevel={3}
        announce={false}
        // Many banners share a title here, so each region is named after its code as well
        // (B-1.2: a host names a banner with aria-label when the title alone is ambiguous).
        aria-label={`${severityLabel}: ${display.title} (${item.label})`}
      />
    </li>
  );
}

/** The documented errors of one group, filtered. */
export function CatalogueGallery({
  group,
  severity = 'all',
  resolution = 'all',
}: CatalogueGalleryProps) {
  const all = errorsOfGroup(group);
  const shown = all.filter(
    (item) =>
      (severity === 'all' || item.severity === severity) &&
      (resolution === 'all' || item.resolution === resolution),
  );
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '48rem' }}>
      <h2 style={{ margin: 0 }}>
        {CATALOGUE_GROUPS[group]}
        <span style={{ fontWeight: 'normal' }}>{` — ${shown.length} of ${all.length}`}</span>
      </h2>
      {shown.length === 0 ? (
        <p>No documented error of this group matches the severity and resolution filters.</p>
      ) : (
        <ul style={{ display: 'grid', gap: '1.25rem', margin: 0, padding: 0, listStyle: 'none' }}>
          {shown.map((item) => (
            <CatalogueItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
