import { expect, runtime, skipReason, test } from './designerApp';

test.skip(!runtime.available, skipReason);

test('the page runs sandboxed on app:// with only the designer API exposed', async ({ designer: { page } }) => {
  expect(page.url()).toBe('app://designer/index.html');
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      Buffer: typeof scope.Buffer,
      api: Object.keys(scope.designer as object).sort(),
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    api: ['autosave', 'clearAutosave', 'closeWindow', 'exportFile', 'onMenuCommand', 'openDocument', 'openExternal', 'readAutosave', 'resetDocument', 'saveDocument', 'setDocumentState'],
  });
});

test('window.open is denied and navigation away is blocked', async ({ designer: { app, page } }) => {
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(await page.evaluate(() => window.open('app://designer/index.html') === null)).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

  for (const url of ['https://example.com/', 'file:///etc/passwd']) {
    await page.evaluate((target) => {
      window.location.href = target;
    }, url);
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://designer/index.html');
  }
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test('responses carry the CSP, remote requests fail and paths cannot leave dist/renderer', async ({ designer: { page } }) => {
  const result = await page.evaluate(async () => {
    const index = await fetch('./index.html');
    const remote = await fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    );
    const traversal = await fetch('app://designer/%2e%2e/%2e%2e/package.json').then((r) => r.status);
    const encodedBackslash = await fetch('app://designer/..%5c..%5cpackage.json').then((r) => r.status);
    return { csp: index.headers.get('content-security-policy'), type: index.headers.get('content-type'), remote, traversal, encodedBackslash };
  });
  expect(result.csp).toContain("default-src 'self'");
  expect(result.csp).toContain("script-src 'self'");
  expect(result.type).toContain('text/html');
  expect(result.remote).toBe('blocked');
  expect(result.traversal).toBe(404);
  expect(result.encodedBackslash).toBe(403);
});

test('permission requests are denied', async ({ designer: { page } }) => {
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        setTimeout(() => resolve('no answer'), 5000);
        navigator.geolocation.getCurrentPosition(
          () => resolve('granted'),
          (error) => resolve(error.code === error.PERMISSION_DENIED ? 'denied' : `error ${error.code}`),
        );
      }),
  );
  expect(outcome).toBe('denied');
});

test('code injected into the page cannot run: no eval, no inline script', async ({ designer: { page } }) => {
  const outcome = await page.evaluate(() => {
    let evalResult = 'ran';
    try {
      eval('1 + 1');
    } catch {
      evalResult = 'blocked';
    }
    const flag = globalThis as { injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'globalThis.injected = true';
    document.body.append(script);
    return { evalResult, inline: flag.injected === true ? 'ran' : 'blocked' };
  });
  expect(outcome).toEqual({ evalResult: 'blocked', inline: 'blocked' });
});

test('a link with target=_blank, clicked or middle-clicked, opens no window and leaves the page', async ({ designer: { app, page } }) => {
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.com/';
    link.target = '_blank';
    link.textContent = 'outside link';
    link.dataset.testid = 'injected-link';
    document.body.append(link);
  });
  const link = page.getByTestId('injected-link');
  await link.click();
  await link.click({ button: 'middle' });
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(page.url()).toBe('app://designer/index.html');
});
