// A partner page's own script, as real pages have them: an "unsaved changes"
// prompt (?prompt: onbeforeunload set before the widgets' script, a listener
// added after it; ?prompt-early: a listener added before it, which no script
// that comes later can stop), single-page-app routes added after load (?routes=N).
const options = new URLSearchParams(location.search);
const ask = (event) => {
  event.preventDefault();
  event.returnValue = '';
};
if (options.has('prompt')) {
  window.onbeforeunload = ask; // this file runs before the widgets' script
  addEventListener('load', () => addEventListener('beforeunload', ask));
  document.addEventListener('input', () => addEventListener('beforeunload', ask), { once: true });
}
if (options.has('prompt-early')) addEventListener('beforeunload', ask);
const routes = Number(options.get('routes')) || 0;
if (routes) {
  addEventListener('load', () => {
    for (let i = 1; i <= routes; i++) {
      const url = new URL(location.href);
      url.searchParams.set('route', String(i));
      history.pushState({ route: i }, '', url);
      document.querySelector('h1').textContent = `Private help page, part ${i}`;
    }
  });
}
