'use client';
import { useInsertionEffect, useRef } from 'react';

/**
 * Internal: a ref that holds the latest `value`, for callbacks made once (stable handlers, a
 * store's config reader, a subscription) that must read today's props. Set in an insertion
 * effect, which runs before every layout effect, so even a child's layout effect reads the
 * latest value; never during render (a render may be thrown away).
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
