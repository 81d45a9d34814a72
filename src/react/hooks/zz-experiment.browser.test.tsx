import { render } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { useState } from 'react';

it('probe', async () => {
  const log: string[] = [];
  function B() {
    const [s, set] = useState('x');
    return (
      <button
        type="button"
        onClick={async () => {
          log.push('focus:' + document.hasFocus() + ' secure:' + window.isSecureContext + ' clip:' + typeof navigator.clipboard);
          try {
            await navigator.clipboard.writeText('hello-1');
            log.push('write ok');
          } catch (e) {
            log.push('write fail ' + String(e));
          }
          try {
            log.push('read ' + (await navigator.clipboard.readText()));
          } catch (e) {
            log.push('read fail ' + String(e));
          }
          const ta = document.createElement('textarea');
          ta.value = 'hello-2';
          document.body.append(ta);
          ta.focus();
          ta.select();
          document.addEventListener('copy', () => log.push('copy event sel=' + document.getSelection()?.toString() + ' active=' + (document.activeElement === ta)), { once: true });
          log.push('exec ' + document.execCommand('copy'));
          ta.remove();
          try {
            log.push('read2 ' + (await navigator.clipboard.readText()));
          } catch (e) {
            log.push('read2 fail ' + String(e));
          }
          set('done');
        }}
      >
        {s}
      </button>
    );
  }
  const { getByRole } = render(<B />);
  await userEvent.click(getByRole('button'));
  await new Promise((r) => setTimeout(r, 500));
  console.log(log.join('\n'));
});
