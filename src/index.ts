/**
 * `smartcar-error-kit`: the React kit — provider, hooks and components — plus everything in
 * `smartcar-error-kit/core`.
 */
export * from './core/index';
export * from './theme/index';
export * from './react/index';
