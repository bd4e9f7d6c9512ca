// jixiao review index: sort the rows by a column (a click on its header, a
// second click reverses), filter them by what is typed in the filter box.
(function () {
  'use strict';
  var table = document.getElementById('files');
  var body = table.tBodies[0];
  var filter = document.getElementById('filter');
  var shown = document.getElementById('shown');
  var heads = table.tHead.rows[0].cells;

  function key(row, col, num) {
    var t = row.cells[col].textContent.trim();
    if (!num) return t;
    return t === '' ? -Infinity : Number(t);
  }

  function sortBy(col) {
    var th = heads[col], num = th.querySelector('button').getAttribute('data-type') === 'num';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    for (var i = 0; i < heads.length; i++) heads[i].setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows).map(function (r, i) {
      return { r: r, k: key(r, col, num), i: i };
    });
    rows.sort(function (a, b) {
      var c = num ? a.k - b.k : a.k.localeCompare(b.k, 'zh-CN');
      if (c !== 0 && !isNaN(c)) return dir * c;
      return a.i - b.i;
    });
    rows.forEach(function (x) { body.appendChild(x.r); });
  }

  function apply() {
    var q = filter.value.trim().toLowerCase(), n = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var hit = q === '' || r.textContent.toLowerCase().indexOf(q) >= 0;
      r.hidden = !hit;
      if (hit) n++;
    });
    shown.textContent = n + ' / ' + body.rows.length;
  }

  Array.prototype.forEach.call(heads, function (th, col) {
    th.querySelector('button').addEventListener('click', function () { sortBy(col); });
  });
  filter.addEventListener('input', apply);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === '/' && document.activeElement !== filter) {
      ev.preventDefault();
      filter.focus();
    }
  });
  apply();
})();
