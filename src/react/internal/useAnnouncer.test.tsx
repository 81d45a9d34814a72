import { act, render, screen } from '@testing-library/react';
import {
  ANNOUNCE_DELAY_MS,
  ANNOUNCEMENT_CLEAR_MS,
  useAnnouncer,
  type Announcer,
} from './useAnnouncer';
import { modalFollowingBox } from './modalFollowingBox';

describe('useAnnouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes and clears the text without re-rendering the component that announces', () => {
    let renders = 0;
    let announcer: Announcer | null = null;
    function Toaster({ followModals }: { readonly followModals: boolean }) {
      renders += 1;
      announcer = useAnnouncer(followModals ? modalFollowingBox : undefined);
      return announcer.regions;
    }
    for (const followModals of [false, true]) {
      renders = 0;
      const { unmount } = render(<Toaster followModals={followModals} />);
      const rendered = renders;
      act(() => announcer!.announce('Vehicle unreachable.', 'polite'));
      act(() => announcer!.announce('Reconnect your car.', 'assertive'));
      expect(screen.getByRole('status')).toHaveTextContent('');
      act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
      expect(screen.getByRole('status')).toHaveTextContent('Vehicle unreachable.');
      expect(screen.getByRole('alert')).toHaveTextContent('Reconnect your car.');
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_CLEAR_MS));
      expect(screen.getByRole('status')).toHaveTextContent('');
      expect(screen.getByRole('alert')).toHaveTextContent('');
      expect(renders).toBe(rendered);
      unmount();
    }
  });
});
