import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { isTrusted } from '../../core/display/readDisplay';
import { failuresIn } from './failuresIn';
import { createRepeatMemo } from './repeatMemo';

const UNREACHABLE = {
  type: 'VEHICLE_STATE',
  code: 'UNREACHABLE',
  description: 'The vehicle is unreachable.',
  statusCode: 409,
  requestId: 'req-1',
  resolution: { type: 'RETRY_LATER' },
};
const CONFIG = { appName: 'Volt' };

/** A memo and a `word` that counts its calls, as `show` uses them. */
function setup() {
  const memo = createRepeatMemo();
  let worded = 0;
  const show = (input: unknown, options: DisplayOptions = {}, config: object = CONFIG) =>
    memo(input, options, config, () => {
      worded += 1;
      return failuresIn(input, { ...config, ...options });
    });
  return { show, worded: () => worded };
}

describe('createRepeatMemo', () => {
  it('gives a repeat (another request id) the display wording would make, without wording it', () => {
    const { show, worded } = setup();
    // A kind is only noted the first time, and remembered from its second show on.
    show(UNREACHABLE, { vehicleName: 'Car 1' });
    show({ ...UNREACHABLE, requestId: 'req-0' }, { vehicleName: 'Car 1' });
    expect(worded()).toBe(2);
    const repeat = { ...UNREACHABLE, requestId: 'req-2' };
    const [display] = show(repeat, { vehicleName: 'Car 1' });
    expect(worded()).toBe(2);
    expect(display).toEqual(failuresIn(repeat, { ...CONFIG, vehicleName: 'Car 1' })[0]);
    expect(display!.requestId).toBe('req-2');
    expect(display!.error.requestId).toBe('req-2');
    // Like a worded one, a display the rest of the kit takes as read (never read again).
    expect(isTrusted(display)).toBe(true);
  });

  it('words again what differs in anything but the request id: body, vehicle name, config', () => {
    const { show, worded } = setup();
    show(UNREACHABLE, { vehicleName: 'Car 1' });
    show(UNREACHABLE, { vehicleName: 'Car 1' });
    show({ ...UNREACHABLE, requestId: 'req-2' }, { vehicleName: 'Car 1' });
    expect(worded()).toBe(2);
    show({ ...UNREACHABLE, requestId: 'req-3', description: 'Other.' }, { vehicleName: 'Car 1' });
    show({ ...UNREACHABLE, requestId: 'req-4' }, { vehicleName: 'Car 2' });
    show({ ...UNREACHABLE, requestId: 'req-4' }, { vehicleName: 'Car 2' });
    show({ ...UNREACHABLE, requestId: 'req-5' }, { vehicleName: 'Car 1' }, { appName: 'Other' });
    expect(worded()).toBe(6);
    // Overrides (which may hold functions) are always worded.
    const messages = { VEHICLE_STATE: { title: 'Offline' } };
    show({ ...UNREACHABLE, requestId: 'req-6' }, { messages });
    show({ ...UNREACHABLE, requestId: 'req-7' }, { messages });
    show({ ...UNREACHABLE, requestId: 'req-8' }, { messages });
    expect(worded()).toBe(9);
  });

  it('never remembers what depends on the clock, a RESOLVED state or no request id', () => {
    const { show, worded } = setup();
    const retryLater = { ...UNREACHABLE, code: 'ASLEEP', retryAfter: 30 };
    show(retryLater);
    show(retryLater);
    const [later] = show({ ...retryLater, requestId: 'req-2' });
    expect(later!.retryAt).not.toBeNull();
    const noId = { ...UNREACHABLE, code: 'DOOR_OPEN', requestId: undefined };
    show(noId);
    show(noId);
    show(noId);
    const resolved = { ...UNREACHABLE, state: 'RESOLVED' };
    show(resolved);
    show(resolved);
    show({ ...resolved, requestId: 'req-2' });
    expect(worded()).toBe(9);
  });

  it('leaves what is not a plain object, and displays, to wording', () => {
    const { show, worded } = setup();
    const text = JSON.stringify(UNREACHABLE);
    show(text);
    show(text);
    show(text);
    const [display] = show(UNREACHABLE) as ErrorDisplay[];
    show({ ...display, requestId: 'req-2' });
    show({ ...display, requestId: 'req-3' });
    show({ ...display, requestId: 'req-4' });
    expect(worded()).toBe(7);
  });

  it('never throws on hostile input: it is worded as the parser reads it', () => {
    const { show, worded } = setup();
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    expect(() => show(hostile)).not.toThrow();
    expect(worded()).toBe(1);
  });
});
