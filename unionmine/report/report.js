
(function () {
  function key(td) {
    var v = td.getAttribute('data-v');
    if (v !== null) { return v === '' ? null : parseFloat(v); }
    return td.textContent.trim();
  }
  function sortBy(th) {
    var table = th.closest('table'), tbody = table.tBodies[0];
    var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[idx]), y = key(b.cells[idx]);
      if (x === null || x === '') { return (y === null || y === '') ? 0 : 1; }
      if (y === null || y === '') { return -1; }
      var c = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return asc ? c : -c;
    });
    rows.forEach(function (r) { tbody.appendChild(r); });
  }
  document.querySelectorAll('table.sortable th').forEach(function (th) {
    th.addEventListener('click', function () { sortBy(th); });
  });
  function openId(id) {
    var el = id && document.getElementById(id);
    if (el && el.tagName === 'DETAILS') { el.open = true; el.scrollIntoView(); }
  }
  function openTarget() { openId(decodeURIComponent(location.hash.slice(1))); }
  // Open on the click itself: hashchange fires later, and not at all for the hash already shown.
  document.querySelectorAll('a[href^="#"]').forEach(function (a) {
    a.addEventListener('click', function () { openId(decodeURIComponent(a.getAttribute('href').slice(1))); });
  });
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
