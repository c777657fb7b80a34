(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
  var filtered = Array.prototype.slice.call(document.querySelectorAll('[data-filtered]'));
  var note = document.getElementById('filter-note');

  function shown() {
    var set = {};
    boxes.forEach(function (box) { if (box.checked) { set[box.value] = true; } });
    return set;
  }

  function apply() {
    var set = shown();
    var hidden = 0;
    filtered.forEach(function (element) {
      element.hidden = !set[element.getAttribute('data-outcome')];
      if (element.hidden) { hidden++; }
    });
    document.querySelectorAll('section.clause').forEach(function (section) {
      section.hidden = section.querySelectorAll('tr[data-filtered]:not([hidden])').length === 0;
    });
    note.textContent = hidden === 0 ? '' : hidden + ' hidden by the filter';
  }

  function fromHash() {
    var match = /(?:^#|&)show=([A-Z_,]*)/.exec(window.location.hash);
    if (!match) { return; }
    var wanted = match[1].split(',');
    boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
  }

  function toHash() {
    var values = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    try {
      window.history.replaceState(null, '', '#show=' + values.join(','));
    } catch (ignored) {
      // some browsers refuse to rewrite the address of a file:// page; the filter works all the same
    }
  }

  fromHash();
  boxes.forEach(function (box) { box.addEventListener('change', function () { apply(); toHash(); }); });
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
  apply();
  document.body.setAttribute('data-ready', 'true');
}());
