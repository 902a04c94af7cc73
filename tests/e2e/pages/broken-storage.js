localStorage.setItem('answers', 'checked'); sessionStorage.setItem('seen', '1'); document.cookie = 'visited=1; path=/'; indexedDB.open('answers');
