/**
 * The Application Management Token the test server runs with (playwright.config.ts sets
 * SMARTCAR_MANAGEMENT_TOKEN) and the tests sign webhooks with. A test value, not a secret.
 */
export const TEST_MANAGEMENT_TOKEN = 'voltpark-test-management-token';
