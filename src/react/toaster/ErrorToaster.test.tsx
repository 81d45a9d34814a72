import { render } from '@testing-library/react';
import { createRef } from 'react';
import { ErrorToaster, SmartcarErrorProvider } from 'smartcar-error-kit';

describe('ErrorToaster — ref (React 18 and 19)', () => {
  it('hands the toast list (the Radix viewport <ol>) to a ref, with no console error', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ref = createRef<HTMLOListElement>();
    const { unmount } = render(
      <SmartcarErrorProvider>
        <ErrorToaster ref={ref} />
      </SmartcarErrorProvider>,
    );
    expect(ref.current).toBe(document.querySelector('[data-sek-toaster]'));
    expect(ref.current?.tagName).toBe('OL');
    unmount();
    expect(ref.current).toBeNull();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('has a display name for React DevTools', () => {
    expect(ErrorToaster.displayName).toBe('ErrorToaster');
  });
});
