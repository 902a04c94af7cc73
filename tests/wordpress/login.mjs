/**
 * A real login through wp-login.php's form, in a page of the caller's context.
 *
 * On a busy machine the form was seen once to come back to wp-login.php (CI, 2026-12-05; the message it showed
 * was not recorded), so: up to three tries, and the page's own message in the failure.
 */
import assert from 'node:assert/strict';

const IN_ADMIN = /\/wp-admin\//;

export async function submitLogin(page, origin, { user, password }) {
  let said = '';
  for (let attempt = 1; attempt <= 3 && !IN_ADMIN.test(page.url()); attempt += 1) {
    await page.goto(`${origin}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click('#wp-submit')]);
    await page.waitForLoadState('load', { timeout: 60_000 });
    if (!IN_ADMIN.test(page.url())) {
      said = (await page.locator('#login_error, #login .message').allTextContents()).join(' ').trim() || '(no message)';
      console.log(`# login as ${user}, try ${attempt}: still at ${page.url()}: ${said}`);
    }
  }
  assert.match(page.url(), IN_ADMIN, `${user} could not log in: ${said}`);
}
