import { VehicleLocation } from './VehicleLocation';

export default function LocationPage() {
  return (
    <main>
      <h1>Location</h1>
      <VehicleLocation />
    </main>
  );
}
