import { render } from '@testing-library/react';
import * as Toast from '@radix-ui/react-toast';
import { useState } from 'react';
import { ErrorToaster, ToastQueue, ToastQueueProvider } from 'smartcar-error-kit';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';

const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

it('timing', async () => {
  for (const n of [1000]) {
    const displays = Array.from({ length: n }, (_, i) => makeDisplay({ key: `k${i}`, title: `T${i}` }));
    const results: number[] = [];
    for (let round = 0; round < 3; round++) {
      const queue = new ToastQueue();
      const v = render(<ToastQueueProvider queue={queue}><ErrorToaster /></ToastQueueProvider>);
      await new Promise((r) => setTimeout(r, 300));
      const t0 = performance.now();
      for (const d of displays) queue.add(d);
      await new Promise((r) => setTimeout(r, 0));
      await frames();
      results.push(performance.now() - t0);
      v.unmount(); queue.destroy();
    }
    const naive: number[] = [];
    for (let round = 0; round < 3; round++) {
      let push: (d: typeof displays) => void = () => {};
      function Naive() {
        const [list, setList] = useState<typeof displays>([]);
        push = setList;
        return <Toast.Provider>{list.map((d) => <Toast.Root key={d.key}><Toast.Title>{d.title}</Toast.Title><Toast.Description>{d.messageText}</Toast.Description><Toast.Close>x</Toast.Close></Toast.Root>)}<Toast.Viewport /></Toast.Provider>;
      }
      const v = render(<Naive />);
      await new Promise((r) => setTimeout(r, 300));
      const t0 = performance.now();
      let acc: typeof displays = [];
      for (const d of displays) { acc = [...acc, d]; push(acc); }
      await new Promise((r) => setTimeout(r, 0));
      await frames();
      naive.push(performance.now() - t0);
      v.unmount();
    }
    console.log('TIMING', n, 'kit', results.map((x) => x.toFixed(1)).join(','), 'naive', naive.map((x) => x.toFixed(1)).join(','));
  }
});
