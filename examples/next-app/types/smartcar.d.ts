/**
 * The part of Smartcar's Node SDK (npm `smartcar`, a CommonJS package that ships no types) this
 * app uses; from its `index.js` (10.4.0).
 */
declare module 'smartcar' {
  const smartcar: {
    /** HMAC-SHA256 of `challenge` keyed by the Application Management Token, as lowercase hex. */
    hashChallenge(amt: string, challenge: string): string;
  };
  export = smartcar;
}
