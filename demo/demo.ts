// The demo loads the widgets from source through Vite; partners load dist/safety-widgets.js.
import '../src/index.js';
import '../src/widgets.js';

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) document.documentElement.lang = radio.value;
  });
}
