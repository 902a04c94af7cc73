// The page's language from ?lang= (an external script: the strict CSP allows no inline one).
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
