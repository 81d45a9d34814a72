'use client';
import { useQuery } from '@tanstack/react-query';
import { parseSmartcarResponse } from 'smartcar-error-kit';

interface Location {
  readonly latitude: number;
  readonly longitude: number;
}

async function fetchLocation(): Promise<Location> {
  const response = await fetch('/api/vehicles/123/location');
  // The QueryCache's onError (in providers.tsx) turns this into a toast.
  if (!response.ok) throw await parseSmartcarResponse(response);
  return (await response.json()) as Location;
}

export function VehicleLocation() {
  const query = useQuery({ queryKey: ['vehicles', '123', 'location'], queryFn: fetchLocation });
  if (query.data !== undefined) {
    return (
      <p>
        Your car is at {query.data.latitude}, {query.data.longitude}.
      </p>
    );
  }
  return <p>{query.isError ? 'Location unavailable.' : 'Locating your car…'}</p>;
}
