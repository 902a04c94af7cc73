// WebKit (the engine of every iPhone browser) for web-test-runner: Debian's
// WebKitGTK MiniBrowser, driven by WebKitWebDriver on a virtual display.
// The stock webdriverLauncher only connects to a running driver, so this one
// starts Xvfb and the driver itself, and stops both (with MiniBrowser) at the end.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

export async function waitForPort(port, ms = 20000) {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

/** Starts Xvfb on a free display; resolves with the display number. */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.on('error', reject);
    xvfb.stdio[3].once('data', (data) => resolve({ process: xvfb, display: `:${String(data).trim()}` }));
  });
}

class WebkitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {} });
    this.processes = [];
  }

  async initialize(config) {
    const xvfb = await startXvfb();
    this.processes.push(xvfb.process);
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: xvfb.display },
    });
    this.processes.push(driver);
    await waitForPort(port);
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    };
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const child of this.processes.reverse()) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    this.processes = [];
  }
}

export const webkitLauncher = () => new WebkitLauncher();
