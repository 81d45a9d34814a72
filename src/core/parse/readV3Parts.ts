import { pick, type ErrorParts, type FieldReader } from './ErrorParts';
import type { ParseContext } from './ParseContext';
import { safeGet } from './safeGet';

/**
 * The first error of a v3 (JSON:API style) body: `status` is a string, `detail` is the
 * developer text (so it becomes `description`), the doc link is `links.about`.
 */
export function readV3Parts(
  item: object,
  readBody: FieldReader,
  context: ParseContext,
): ErrorParts {
  const read: FieldReader = (key) => safeGet(item, key);
  const detail = read('detail');
  const links = read('links');
  return {
    type: read('type'),
    code: read('code'),
    description: typeof detail === 'string' ? detail : pick(read, 'description', 'title'),
    statusCode: pick(read, 'status', 'statusCode'),
    requestId: pick(read, 'requestId', 'request_id') ?? pick(readBody, 'requestId', 'request_id'),
    docURL: safeGet(links, 'about') ?? read('docURL'),
    resolution: read('resolution'),
    suggestedUserMessage: read('suggestedUserMessage'),
    detail: typeof detail === 'string' ? null : detail,
    retryAfter: pick(read, 'retryAfter', 'retry_after'),
    vehicle: null,
    format: 'v3',
    context,
  };
}
