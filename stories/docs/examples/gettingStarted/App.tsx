import { ErrorToaster, SmartcarErrorProvider } from 'smartcar-error-kit';
import fr from 'smartcar-error-kit/locales/fr';
import { Routes, startSmartcarConnect } from './yourApp';

// Module constants: the provider memoises on them.
const LOCALES = [fr];
const SUPPORT = { email: 'support@voltpark.example', url: 'https://help.voltpark.example' };

export function App() {
  return (
    <SmartcarErrorProvider
      appName="VoltPark"
      locale={navigator.language}
      locales={LOCALES}
      support={SUPPORT}
      onReconnect={() => startSmartcarConnect()}
    >
      <Routes />
      <ErrorToaster />
    </SmartcarErrorProvider>
  );
}
