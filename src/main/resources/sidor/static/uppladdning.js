// The upload of a kommun's table: the progress bar follows htmx's upload progress (htmx:xhr:progress).
document.addEventListener('htmx:xhr:progress', function (e) {
  var framsteg = document.getElementById('inmatning-framsteg');
  if (framsteg && e.detail.lengthComputable && e.detail.total > 0) {
    framsteg.value = Math.round(e.detail.loaded * 100 / e.detail.total);
  }
});
