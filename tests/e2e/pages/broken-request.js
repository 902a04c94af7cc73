fetch('https://tracker.example/collect?page=' + encodeURIComponent(location.href)).catch(() => {});
