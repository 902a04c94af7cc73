// The widgets inside a frame from another site (here: the same server as "localhost").
const frame = document.createElement('iframe');
frame.title = 'Help widget';
frame.width = '600';
frame.height = '300';
frame.src = `${location.origin.replace('127.0.0.1', 'localhost')}/quick-exit.html${location.search}`;
document.querySelector('main').append(frame);
