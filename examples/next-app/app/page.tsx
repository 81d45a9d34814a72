import Link from 'next/link';
import { APP_NAME } from './appConfig';

export default function HomePage() {
  return (
    <main>
      <h1>{APP_NAME}</h1>
      <p>Each page shows one way a Smartcar failure reaches the person using the app.</p>
      <nav aria-label="Examples">
        <ul>
          <li>
            <Link href="/vehicle">Battery (banner rendered from a server-side failure)</Link>
          </li>
          <li>
            <Link href="/vehicle/throws">Odometer (a server component throws)</Link>
          </li>
          <li>
            <Link href="/charge">Charging (a Server Action fails)</Link>
          </li>
          <li>
            <Link href="/location">Location (a TanStack Query request fails)</Link>
          </li>
          <li>
            <Link href="/fleet">Fleet (live from Smartcar webhooks)</Link>
          </li>
        </ul>
      </nav>
    </main>
  );
}
