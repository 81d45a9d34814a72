/**
 * Two brands made only with the `theme` prop: an EV charging app (VoltPark: rounded, roomy,
 * emerald) and a fleet dashboard (Fleetwise: square, dense, blue and slate). Each has a light and
 * a dark token set, as an app with a dark mode would; colours meet WCAG 2.2 AA on the kit's
 * surfaces (the story tests run axe on them in both schemes).
 */
import { useSmartcarErrorConfig } from 'smartcar-error-kit';
import type { SmartcarErrorTheme } from 'smartcar-error-kit';

/** A brand's light and dark tokens. */
export interface BrandTheme {
  readonly name: string;
  readonly light: SmartcarErrorTheme;
  readonly dark: SmartcarErrorTheme;
}

export const EV_CHARGING_BRAND: BrandTheme = {
  name: 'VoltPark — EV charging app',
  light: {
    accent: '#047857',
    radius: '14px',
    fontFamily: '"Trebuchet MS", "Segoe UI", system-ui, sans-serif',
    fontSize: '15px',
    spacing: '10px',
    shadow: '0 10px 30px rgb(4 120 87 / 0.18)',
    critical: { background: '#fff1f2', border: '#be123c', text: '#881337', icon: '#be123c' },
    warning: { background: '#fffbeb', border: '#b45309', text: '#78350f', icon: '#b45309' },
    info: { background: '#ecfdf5', border: '#047857', text: '#064e3b', icon: '#047857' },
  },
  dark: {
    accent: '#6ee7b7',
    radius: '14px',
    fontFamily: '"Trebuchet MS", "Segoe UI", system-ui, sans-serif',
    fontSize: '15px',
    spacing: '10px',
    shadow: '0 10px 30px rgb(0 0 0 / 0.5)',
    critical: { background: '#3f0d1a', border: '#fb7185', text: '#ffe4e6', icon: '#fb7185' },
    warning: { background: '#3b2405', border: '#fbbf24', text: '#fef3c7', icon: '#fbbf24' },
    info: { background: '#052e22', border: '#6ee7b7', text: '#d1fae5', icon: '#6ee7b7' },
  },
};

export const FLEET_DASHBOARD_BRAND: BrandTheme = {
  name: 'Fleetwise — fleet dashboard',
  light: {
    accent: '#1d4ed8',
    radius: '2px',
    fontFamily: '"IBM Plex Sans", "Segoe UI", Roboto, system-ui, sans-serif',
    fontSize: '13px',
    spacing: '6px',
    shadow: '0 1px 2px rgb(15 23 42 / 0.25)',
    zIndex: 2000,
    critical: { background: '#fef2f2', border: '#b91c1c', text: '#7f1d1d', icon: '#b91c1c' },
    warning: { background: '#fefce8', border: '#a16207', text: '#713f12', icon: '#a16207' },
    info: { background: '#f1f5f9', border: '#475569', text: '#1e293b', icon: '#475569' },
  },
  dark: {
    accent: '#93c5fd',
    radius: '2px',
    fontFamily: '"IBM Plex Sans", "Segoe UI", Roboto, system-ui, sans-serif',
    fontSize: '13px',
    spacing: '6px',
    shadow: '0 1px 2px rgb(0 0 0 / 0.6)',
    zIndex: 2000,
    critical: { background: '#2a0f12', border: '#f87171', text: '#fee2e2', icon: '#f87171' },
    warning: { background: '#2a2105', border: '#facc15', text: '#fef9c3', icon: '#facc15' },
    info: { background: '#111827', border: '#94a3b8', text: '#e2e8f0', icon: '#94a3b8' },
  },
};

/** The brand's tokens for the colour scheme of the nearest provider (dark, else light). */
export function useBrandTheme(brand: BrandTheme): SmartcarErrorTheme {
  return useSmartcarErrorConfig().colorScheme === 'dark' ? brand.dark : brand.light;
}
