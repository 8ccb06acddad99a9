// The secretariat's pages: drag and drop of a batch, and live progress of a call's screening.
(function () {
  var zone = document.getElementById('dropzone');
  var input = document.getElementById('call-files');
  if (zone && input) {
    var chosen = document.getElementById('chosen');
    var show = function () {
      var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
      chosen.textContent = names.length ? names.length + ' file(s): ' + names.join(', ') : '';
    };
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) { input.files = e.dataTransfer.files; show(); });
  }

  var box = document.getElementById('progress');
  if (!box || box.dataset.finished === 'true') return;
  var set = function (id, v) { document.getElementById(id).textContent = v; };
  var poll = function () {
    fetch(box.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (p) {
        var screened = p.done + p.failed;
        var bar = document.getElementById('progress-bar');
        bar.max = p.total; bar.value = screened;
        set('progress-text', screened + ' of ' + p.total + ' screened');
        set('count-queued', p.queued); set('count-running', p.running);
        set('count-done', p.done); set('count-failed', p.failed);
        if (p.finished) {
          set('progress-state', 'finished');
          window.location.reload();
        } else {
          setTimeout(poll, 1500);
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  };
  setTimeout(poll, 1000);
})();
