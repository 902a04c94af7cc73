// The demo loads the widgets from source through Vite; partners load dist/safety-widgets.js.
// The banner and the checklist first (./widgets.ts says why), then the quick exit and the loader.
import './widgets.js';
import '../src/index.js';

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) document.documentElement.lang = radio.value;
  });
}
