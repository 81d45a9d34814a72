/**
 * The part of Smartcar's Node SDK (npm `smartcar`, which ships no types) the docs examples use.
 * For the examples only: not part of the package's types.
 */
declare module 'smartcar' {
  interface Vehicle {
    odometer(): Promise<{ distance: number }>;
    startCharge(): Promise<{ status: string }>;
    lock(): Promise<{ status: string }>;
  }
  const smartcar: {
    Vehicle: new (id: string, accessToken: string, options?: { version?: string }) => Vehicle;
  };
  export default smartcar;
}
