// Drag and drop onto a .dropzone: the dropped file goes into the zone's file input, then the form is submitted.
document.querySelectorAll('.dropzone').forEach(function (zone) {
  var input = zone.querySelector('input[type=file]');
  var label = zone.querySelector('.chosen');
  function show() { if (label && input.files.length) { label.textContent = Array.from(input.files).map(function (f) { return f.name; }).join(', '); } }
  zone.addEventListener('click', function (e) { if (e.target === zone) { input.click(); } });
  input.addEventListener('change', show);
  ['dragenter', 'dragover'].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('over'); }); });
  ['dragleave', 'drop'].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove('over'); }); });
  zone.addEventListener('drop', function (e) {
    if (!e.dataTransfer || !e.dataTransfer.files.length) { return; }
    input.files = e.dataTransfer.files;
    show();
    if (zone.dataset.autosubmit !== undefined) { zone.closest('form').submit(); }
  });
});
