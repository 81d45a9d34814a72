/**
 * Where the docs examples get the signed-in user's Smartcar access token: a stand-in for an
 * app's own session store (here a `sc_access_token` cookie, or `SMARTCAR_ACCESS_TOKEN` for the
 * Server Action). Never send the token to the browser.
 */
export function accessTokenFor(request: Request): string {
  const cookie = request.headers.get('cookie') ?? '';
  return /(?:^|;\s*)sc_access_token=([^;]+)/.exec(cookie)?.[1] ?? '';
}

/** The signed-in user's token in a Server Action (an app reads its session here). */
export function currentAccessToken(): string {
  return process.env['SMARTCAR_ACCESS_TOKEN'] ?? '';
}
