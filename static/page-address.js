// Writes the origin this page was opened from in front of each printed line's path
// (src/lib/present/PrintedLine.svelte): the site has no canonical domain to put in at build time.
for (const el of document.querySelectorAll('[data-site-origin]')) el.textContent = location.origin;
