// @vitest-environment node
// `npm start`'s pure parts: which port and arguments it takes, whether a port is free, and what
// it says when the port is taken (scripts/start.mjs).
import { createServer, type Server } from 'node:net';
import {
  DEFAULT_PORT,
  ownerFromSs,
  pageTitle,
  parseStartArgs,
  portProblem,
  portTakenMessage,
} from '../../scripts/start.mjs';

describe('parseStartArgs', () => {
  it('defaults to port 6006 and passes nothing on', () => {
    expect(DEFAULT_PORT).toBe(6006);
    expect(parseStartArgs([])).toEqual({ port: 6006, rest: [] });
  });

  it.each([[['--port', '6007']], [['--port=6007']], [['-p', '6007']], [['-p=6007']]])(
    'reads the port from %j',
    (argv) => {
      expect(parseStartArgs(argv)).toEqual({ port: 6007, rest: [] });
    },
  );

  it('passes every other argument to Storybook, in order; the last port wins', () => {
    expect(parseStartArgs(['--no-open', '-p', '7000', '--host', '0.0.0.0', '--port=7001'])).toEqual(
      { port: 7001, rest: ['--no-open', '--host', '0.0.0.0'] },
    );
  });

  it.each([[['--port']], [['--port', 'abc']], [['--port=0']], [['-p', '70000']], [['-p', '60.5']]])(
    'refuses %j with a message naming the range',
    (argv) => {
      const result = parseStartArgs(argv);
      expect(result).toEqual({
        error: expect.stringMatching(/--port needs a number from 1 to 65535/),
      });
    },
  );
});

describe('portProblem', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((done) => (server === null ? done() : server.close(() => done())));
    server = null;
  });

  it('is null for a free port and EADDRINUSE for one something listens on', async () => {
    const taken = createServer();
    server = taken;
    // Every interface, as Storybook listens; port 0 lets the system pick a free one.
    await new Promise<void>((done) => taken.listen(0, done));
    const address = taken.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await expect(portProblem(address.port)).resolves.toBe('EADDRINUSE');
    await new Promise<void>((done) => taken.close(() => done()));
    server = null;
    await expect(portProblem(address.port)).resolves.toBeNull();
  });
});

describe('what npm start says about a taken port', () => {
  it('reads the process from ss and the page title from HTML', () => {
    expect(ownerFromSs('LISTEN 0 511 *:6006 *:* users:(("node",pid=4242,fd=21))\n')).toBe(
      'node (pid 4242)',
    );
    expect(ownerFromSs('')).toBeNull();
    expect(pageTitle('<!doctype html><html><head><title> Storybook </title>')).toBe('Storybook');
    expect(pageTitle('Not HTML')).toBeNull();
  });

  it('names the owner and the page, and how to choose another port', () => {
    const message = portTakenMessage({
      port: 6006,
      code: 'EADDRINUSE',
      owner: 'node (pid 4242)',
      title: 'Storybook',
    });
    expect(message).toContain(
      'port 6006 is already in use: by node (pid 4242), serving a page titled "Storybook"',
    );
    expect(message).toContain('Storybook may already be running: open http://localhost:6006');
    expect(message).toContain('npm start -- --port 6007');
  });

  it('says only what it knows when the owner cannot be read', () => {
    const message = portTakenMessage({ port: 6007, code: 'EADDRINUSE', owner: null, title: null });
    expect(message.split('\n')).toEqual([
      'smartcar-error-kit: port 6007 is already in use.',
      '  Stop it, or choose another port: npm start -- --port 6008',
    ]);
  });
});
