// Turbo Drive and htmx boosts, in a few lines: a link click replaces <body>
// (Turbo) or its children (htmx) without loading a new document.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-swap]');
  if (!link) return;
  event.preventDefault();
  const page = Number(new URL(link.href).searchParams.get('page'));
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = `Page ${page}`;
  const marker = document.createElement('div');
  marker.className = 'marker';
  const next = document.createElement('a');
  next.href = `?page=${page + 1}`;
  next.dataset.swap = link.dataset.swap;
  next.id = 'next';
  next.textContent = 'Next page';
  main.append(h1, marker, next);
  history.pushState({ page }, '', link.href);
  if (link.dataset.swap === 'body') {
    const body = document.createElement('body');
    body.append(main);
    document.body.replaceWith(body);
  } else {
    document.body.replaceChildren(main);
  }
});
