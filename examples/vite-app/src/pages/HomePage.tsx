import { Link } from '../router';

export function HomePage() {
  return (
    <main>
      <h1>VoltPark</h1>
      <p>Charge your car where you park it.</p>
      <ul>
        <li>
          <Link to="/battery">Battery</Link>: the car's charge, with an inline error banner.
        </li>
        <li>
          <Link to="/charging">Charging</Link>: start a charge; a failure shows as a toast.
        </li>
        <li>
          <Link to="/connect">Connect a car</Link>: Smartcar Connect and its redirect back.
        </li>
      </ul>
    </main>
  );
}
