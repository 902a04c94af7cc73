// A host page with its own globals of the same names our bundle uses inside.
window.i18next = { owner: 'host', t: () => 'host translation' };
window.lit = { owner: 'host' };
window.litHtmlVersions = ['host'];
