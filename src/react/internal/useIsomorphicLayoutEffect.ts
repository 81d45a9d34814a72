'use client';
import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server (where neither runs): the layout
 * variant lets a hook correct its first, server-safe value before the browser paints, without
 * React 18's server warning about layout effects.
 */
export const useIsomorphicLayoutEffect =
  typeof document !== 'undefined' ? useLayoutEffect : useEffect;
