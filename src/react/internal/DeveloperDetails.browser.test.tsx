import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { ErrorBanner } from 'smartcar-error-kit';
import '../../theme/styles.css';

/** A v2 Smartcar error body: its description, doc URL and JSON are English whatever the UI's. */
const ASLEEP = {
  type: 'VEHICLE_STATE',
  code: 'ASLEEP',
  description: 'The vehicle is in a sleep state and temporarily unable to perform your request.',
  docURL: 'https://smartcar.com/docs/errors/api-errors/vehicle-state-errors#asleep',
  statusCode: 409,
  requestId: '5dea93a1-3f79-4246-90c5-89610a20471b',
  resolution: { type: null },
  suggestedUserMessage: 'Your car is asleep.',
};

/** Screen x of the character at `index` in the text node inside `element` that holds `text`. */
function charX(element: Element, text: string, index: number): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at + index);
    range.setEnd(node, at + index + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`no text node holds ${text}`);
}

describe('DeveloperDetails in Chromium — right to left', () => {
  it('lays the English description and the JSON out left to right in an RTL banner', async () => {
    render(<ErrorBanner error={ASLEEP} dir="rtl" locale="en" showDeveloperDetails />);
    const details = document.querySelector('[data-sek-part="developer-details"]')!;
    await userEvent.click(details.querySelector('summary')!);
    expect(details).toHaveAttribute('open');

    // The sentence's full stop follows "request" on its right, not on the left of the line.
    const description = screen.getByText(ASLEEP.description);
    const end = 'request.';
    expect(charX(description, end, end.length - 1)).toBeGreaterThan(
      charX(description, end, end.length - 2),
    );

    // Each JSON line reads `"type": "VEHICLE_STATE",` with its comma last (on the right of the
    // closing quote), and the object's opening brace starts on the left of the box.
    const raw = details.querySelector('[data-sek-part="developer-raw"]')!;
    const line = '"VEHICLE_STATE",';
    expect(charX(raw, line, line.length - 1)).toBeGreaterThan(charX(raw, line, line.length - 2));
    const box = raw.getBoundingClientRect();
    expect(charX(raw, '{', 0) - box.left).toBeLessThan(box.width / 2);
  });
});
