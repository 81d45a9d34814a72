import { ChargeButton } from './ChargeButton';

export default function ChargePage() {
  return (
    <main>
      <h1>Charging</h1>
      <ChargeButton />
    </main>
  );
}
