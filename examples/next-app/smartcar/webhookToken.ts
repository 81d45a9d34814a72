/**
 * The Application Management Token Smartcar signs webhooks with (Smartcar Dashboard →
 * Configuration → API Keys), read from the environment at request time. There is no fallback:
 * a receiver with a default secret would accept events anyone can sign. The example's tests
 * start the server with a test token (playwright.config.ts).
 */
export function webhookToken(): string | null {
  const token = process.env['SMARTCAR_MANAGEMENT_TOKEN'];
  return token === undefined || token === '' ? null : token;
}
