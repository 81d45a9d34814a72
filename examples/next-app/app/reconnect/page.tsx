import { APP_NAME } from '../appConfig';

/** Where the provider's `onReconnect` sends the person (a real app starts Smartcar Connect). */
export default function ReconnectPage() {
  return (
    <main>
      <h1>Connect your car to {APP_NAME}</h1>
      <p>Smartcar Connect would open here.</p>
    </main>
  );
}
