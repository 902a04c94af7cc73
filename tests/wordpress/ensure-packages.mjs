// Before the WordPress tests: are WordPress, MariaDB, Apache, PHP and Chromium here?
// As root, installs what is missing from Debian (saying so in one line); otherwise
// stops with one line naming the apt-get command to run.
import { ensurePackages } from './stack.mjs';

try {
  ensurePackages();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
