/**
 * `smartcar-error-kit/core`: the framework-free part of the kit — parsing, the catalogue,
 * English wording, the display model and the toast queue. No React import may reach this file
 * (checked by `npm run check:core`).
 */
export * from './parse/index';
export * from './catalogue/index';
export * from './messages/index';
export * from './display/index';
export * from './queue/index';
