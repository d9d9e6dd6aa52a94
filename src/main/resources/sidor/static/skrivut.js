// The calculator's "Skriv ut" button: the browser's print dialog (the page's print CSS fits one A4 page).
document.addEventListener('click', function (e) {
  if (e.target && e.target.matches('[data-skriv-ut]')) { window.print(); }
});
