import { parseSmartcarResponse } from 'smartcar-error-kit/core';
import { mockSmartcarFetch } from '../../../smartcar/mockSmartcarFetch';

/**
 * A server component that throws the SmartcarError it got: `app/error.tsx` shows it. Next adds
 * a `digest` to the thrown error and, in production, sends the browser only a generic message.
 */
export default async function OdometerPage(): Promise<never> {
  const response = await mockSmartcarFetch('permission');
  throw await parseSmartcarResponse(response);
}
