// jixiao review page. The document comes as data (docWriter in parts.go
// describes it): one line of JSON per part in #review-doc. A part is drawn
// into its placeholder when it comes near the view, when a link targets
// it, and before printing; a short document is drawn whole at once. Every
// element of the document that holds text has data-o: the byte offset of
// its text in the canonical text, so that a span of the report (byte
// offsets) is found in a drawn part by a binary search and a walk over the
// text of a few elements, counting UTF-8 bytes. Highlights wrap the text
// they cover in <mark> elements and unwrap them again. No network, no
// framework; report text only ever becomes text nodes and attribute
// values, never markup.
(function () {
  'use strict';
  var doc = document.getElementById('doc');
  var card = document.getElementById('card');
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var shown = []; // the marks of the current highlight
  var activeCheck = null;
  var api = window.jixiaoReview = { last: null, ready: false, complete: false, drawn: 0 };

  // A document of up to EAGER bytes is drawn whole before the first paint;
  // up to BACKGROUND bytes, what is not in view is drawn while the browser
  // is idle; a longer one only as it comes near the view (so that a 10 MB
  // report opens in a second and its page stays light).
  var EAGER = 256 * 1024, BACKGROUND = 2 * 1024 * 1024;

  // The classes of value marks by kind code, in the order of kindCodes in
  // marks.go; heading elements by level; paragraph classes by code.
  var KINDS = ['amount', 'percent', 'quantity', 'count', 'duration', 'date', 'period', 'other'];
  var TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
  var PARA = ['', 'furn', 'stray'];

  // parts[k]: where part k's text starts, its estimated height, its
  // element, and once drawn the text elements in it by offset.
  var parts = [], lines = null, observer = null;
  (function () {
    var frag = document.createDocumentFragment(), p = data.parts;
    for (var i = 0; i < p.length; i += 2) {
      var e = document.createElement('section');
      e.className = 'part';
      e.style.height = p[i + 1] + 'px';
      e.setAttribute('data-k', i / 2);
      frag.appendChild(e);
      parts.push({ start: p[i], h: p[i + 1], el: e, segs: null });
    }
    doc.appendChild(frag);
  })();

  // draw draws part k, unless it is drawn.
  function draw(k) {
    var p = parts[k];
    if (!p || p.segs) return;
    if (!lines) lines = document.getElementById('review-doc').textContent.split('\n');
    var d = JSON.parse(lines[k]);
    lines[k] = null;
    // r is the part being drawn: its text, the end of the last block or
    // cell read (offsets from the part's start, as the data counts them),
    // the text elements made, and a cursor that turns byte offsets into
    // indexes of the text.
    var r = { t: d[0], base: p.start, prev: 0, marks: marks(d[2]), segs: [], b: 0, u: 0 };
    var frag = document.createDocumentFragment(), blocks = d[1];
    for (var i = 0; i < blocks.length; i++) frag.appendChild(block(r, blocks[i]));
    p.el.textContent = '';
    p.el.appendChild(frag);
    p.el.style.height = '';
    p.el.style.containIntrinsicSize = 'auto ' + p.h + 'px';
    p.el.className = 'part drawn';
    var segs = r.segs;
    for (i = 1; i < segs.length; i++) {
      // Text a table's cells miss comes after the table: the one case
      // where the page's order is not the text's.
      if (segs[i].o < segs[i - 1].o) { segs.sort(function (a, b) { return a.o - b.o; }); break; }
    }
    p.segs = segs;
    if (observer) observer.unobserve(p.el);
    // The figures of failed checks are underlined from the start.
    var f = d[3], at = p.start;
    for (i = 0; i < f.length; i += 2) {
      var ps = [];
      at += f[i];
      collectPart(k, at, at + f[i + 1], ps);
      for (var j = 0; j < ps.length; j++) wrap(ps[j], 'fig-fail', -1);
    }
    if (++api.drawn === parts.length) api.complete = true;
  }

  // marks turns a part's marks, counted each from the one before, into
  // start, end, value and class, offsets from the part's start.
  function marks(m) {
    var out = new Array(m.length), end = 0, v = 0;
    for (var i = 0; i < m.length; i += 4) {
      out[i] = end + m[i];
      end = out[i + 1] = out[i] + m[i + 1];
      v = out[i + 2] = v + m[i + 2];
      out[i + 3] = m[i + 3];
    }
    return out;
  }

  function drawAll() {
    for (var k = 0; k < parts.length; k++) draw(k);
  }

  // span reads where the text of a block or cell starts and ends: [start,
  // end), the start counted from the end of the one before.
  function span(r, d, len) {
    var o = r.prev + d;
    r.prev = o + len;
    return o;
  }

  // block makes the element of a block of part r (see docWriter).
  function block(r, b) {
    var e, o;
    switch (b[0]) {
      case 0:
        o = span(r, b[1], b[2]);
        e = holder(r, 'p', o);
        if (b[3]) e.className = PARA[b[3]] || '';
        fill(r, e, o, r.prev);
        return e;
      case 1:
        o = span(r, b[1], b[2]);
        e = holder(r, TAGS[Math.min(Math.max(b[3], 1), TAGS.length) - 1], o);
        if (b[4] < 0) { e.className = 'annex'; e.id = 'a-' + (-b[4]); } else e.id = 's-' + b[4];
        fill(r, e, o, r.prev);
        return e;
      case 2: // a run-in heading, as a heading to assistive technology
        o = r.prev + b[1];
        var hEnd = o + b[2], level = Math.min(b[4], TAGS.length), h = document.createElement('span');
        r.prev = hEnd + b[3];
        e = holder(r, 'p', o);
        h.className = 'rh rh' + level;
        h.id = 's-' + b[5];
        h.setAttribute('role', 'heading');
        h.setAttribute('aria-level', level + 1);
        fill(r, h, o, hEnd);
        e.appendChild(h);
        fill(r, e, hEnd, r.prev);
        return e;
      case 3:
        return table(r, b);
      default:
        e = document.createElement('div');
        e.className = 'pg';
        e.setAttribute('role', 'separator');
        e.setAttribute('data-page', b[1]);
        e.textContent = '第 ' + b[1] + ' 页';
        return e;
    }
  }

  // table makes a table: merges as rowSpan and colSpan; a cell holding
  // nested tables holds their blocks.
  function table(r, b) {
    var div = document.createElement('div'), t = document.createElement('table'), body = document.createElement('tbody');
    div.className = 'tbl';
    if (b[1] >= 0) t.id = 't-' + b[1];
    var rows = b[2];
    for (var i = 0; i < rows.length; i++) {
      var tr = document.createElement('tr'), row = rows[i];
      for (var j = 0; j < row.length; j++) {
        var c = row[j], td, o = r.prev + c[0], end = o + c[1];
        if (c.length > 5) {
          td = document.createElement('td');
          td.className = 'nest';
          r.prev = o;
          for (var n = 0; n < c[5].length; n++) td.appendChild(block(r, c[5][n]));
        } else {
          td = holder(r, 'td', o);
          fill(r, td, o, end);
        }
        r.prev = end;
        if (c[2] > 1) td.rowSpan = c[2];
        if (c[3] > 1) td.colSpan = c[3];
        if (c[4]) td.title = c[4];
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    t.appendChild(body);
    div.appendChild(t);
    return div;
  }

  // holder makes an element that holds the text from offset o of part r.
  function holder(r, tag, o) {
    var e = document.createElement(tag);
    e.setAttribute('data-o', r.base + o);
    r.segs.push({ el: e, o: r.base + o });
    return e;
  }

  // fill appends the text of bytes [o, e) of part r to el, with the value
  // marks in it.
  function fill(r, el, o, e) {
    var m = r.marks, lo = 0, hi = m.length >> 2;
    while (lo < hi) { // the first mark that ends after o
      var mid = (lo + hi) >> 1;
      if (m[mid * 4 + 1] > o) hi = mid; else lo = mid + 1;
    }
    var pos = o;
    for (var i = lo * 4; i < m.length && m[i] < e; i += 4) {
      var s = Math.max(m[i], o), end = Math.min(m[i + 1], e), c = m[i + 3];
      if (s > pos) el.appendChild(text(r, pos, s));
      var mk = document.createElement('mark');
      mk.className = 'v k-' + KINDS[c >> 1] + (c & 1 ? ' warned' : '');
      mk.setAttribute('data-v', m[i + 2]);
      mk.tabIndex = 0;
      mk.appendChild(text(r, s, end));
      el.appendChild(mk);
      pos = end;
    }
    if (pos < e) el.appendChild(text(r, pos, e));
  }

  // text is a text node of bytes [a, b) of part r.
  function text(r, a, b) {
    var from = u16(r, a);
    return document.createTextNode(r.t.slice(from, u16(r, b)));
  }

  // u16 turns a byte offset of part r into an index of its text (UTF-16
  // units), walking from the last one turned, or from the start.
  function u16(r, b) {
    if (b < r.b) { r.b = 0; r.u = 0; }
    var t = r.t, o = r.b, u = r.u, n = t.length;
    while (o < b && u < n) {
      var c = t.charCodeAt(u);
      if (c < 0x80) { o += 1; u += 1; }
      else if (c < 0x800) { o += 2; u += 1; }
      else if (c >= 0xD800 && c <= 0xDBFF) { o += 4; u += 2; }
      else { o += 3; u += 1; }
    }
    r.b = o;
    r.u = u;
    return u;
  }

  // partAt is the index of the part that holds offset pos.
  function partAt(pos) {
    var lo = 0, hi = parts.length;
    while (lo < hi) {
      var m = (lo + hi) >> 1;
      if (parts[m].start <= pos) lo = m + 1; else hi = m;
    }
    return Math.max(lo - 1, 0);
  }

  // segAt is the index of the last text element of a drawn part whose
  // text starts at or before pos (0 when none does). The elements' texts
  // do not overlap, so only it can hold pos.
  function segAt(segs, pos) {
    var lo = 0, hi = segs.length;
    while (lo < hi) {
      var m = (lo + hi) >> 1;
      if (segs[m].o <= pos) lo = m + 1; else hi = m;
    }
    return Math.max(lo - 1, 0);
  }

  // pieces finds the text of bytes [start, end), drawing the parts it
  // lies in: [textNode, from, to], with from and to in UTF-16 units of the
  // node.
  function pieces(start, end) {
    var out = [], k0 = partAt(start);
    for (var k = k0; k < parts.length && (k === k0 || parts[k].start < end); k++) {
      draw(k);
      collectPart(k, start, end, out);
    }
    return out;
  }

  function collectPart(k, start, end, out) {
    var s = parts[k].segs;
    for (var i = segAt(s, start); i < s.length && s[i].o < end; i++) collect(s[i], start, end, out);
  }

  function collect(seg, start, end, out) {
    var w = document.createTreeWalker(seg.el, NodeFilter.SHOW_TEXT), n, off = seg.o;
    while ((n = w.nextNode()) && off < end) {
      var str = n.data, len = str.length, a = -1, j = 0;
      while (j < len && off < end) {
        if (a < 0 && off >= start) a = j;
        var c = str.charCodeAt(j);
        if (c < 0x80) { off += 1; j += 1; }
        else if (c < 0x800) { off += 2; j += 1; }
        else if (c >= 0xD800 && c <= 0xDBFF) { off += 4; j += 2; }
        else { off += 3; j += 1; }
      }
      if (a >= 0 && a < j) out.push([n, a, j]);
    }
  }

  function wrap(p, cls, k) {
    var n = p[0];
    if (p[2] < n.length) n.splitText(p[2]);
    if (p[1] > 0) n = n.splitText(p[1]);
    var m = document.createElement('mark');
    m.className = cls;
    if (k >= 0) m.setAttribute('data-h', k);
    n.parentNode.insertBefore(m, n);
    m.appendChild(n);
    return m;
  }

  function unwrap(marks) {
    var parents = [];
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i], p = m.parentNode;
      if (!p) continue;
      while (m.firstChild) p.insertBefore(m.firstChild, m);
      p.removeChild(m);
      parents.push(p);
    }
    for (i = 0; i < parents.length; i++) parents[i].normalize();
  }

  function parse(list) {
    var out = [];
    (list || '').split(' ').forEach(function (s) {
      var d = s.indexOf('-');
      if (d > 0) out.push([+s.slice(0, d), +s.slice(d + 1)]);
    });
    return out;
  }

  function clear() {
    unwrap(shown);
    shown = [];
    setActive(null);
  }

  // highlight marks every span with cls and scrolls to span number at,
  // drawing the parts they lie in and the parts around the one scrolled
  // to (so that the place does not move as those are drawn).
  function highlight(spans, cls, at) {
    var t0 = performance.now();
    clear();
    var targets = [];
    for (var k = 0; k < spans.length; k++) {
      var ps = pieces(spans[k][0], spans[k][1]), firstMark = null;
      for (var i = 0; i < ps.length; i++) {
        var m = wrap(ps[i], 'hl ' + cls, k);
        shown.push(m);
        if (!firstMark) firstMark = m;
      }
      targets.push(firstMark || elementAt(spans[k][0]));
    }
    var t = targets[at || 0];
    if (t) scrollTo(t, partAt(spans[at || 0][0]), 'center');
    api.last = { ms: performance.now() - t0, spans: spans.length, marks: shown.length };
  }

  // scrollTo draws the parts around part k, which holds el, and scrolls el
  // into view. Those parts are laid out in full while the view moves (a
  // drawn part off screen takes its estimated height until it comes into
  // view), and left to the browser again two frames later, by when their
  // size is known.
  function scrollTo(el, k, where) {
    var near = [];
    for (var j = k - 1; j <= k + 1; j++) {
      if (!parts[j]) continue;
      draw(j);
      parts[j].el.style.contentVisibility = 'visible';
      near.push(parts[j].el);
    }
    el.scrollIntoView({ block: where, inline: 'nearest' });
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        near.forEach(function (e) { e.style.contentVisibility = ''; });
      });
    });
  }

  // elementAt is the text element at pos, for a span that covers no text
  // (an empty cell).
  function elementAt(pos) {
    var k = partAt(pos);
    if (!parts.length) return null;
    draw(k);
    var s = parts[k].segs;
    return s.length ? s[segAt(s, pos)].el : parts[k].el;
  }

  function setActive(chk) {
    if (activeCheck) activeCheck.classList.remove('active');
    activeCheck = chk;
    if (chk) chk.classList.add('active');
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target.closest('[data-spans], [data-s]');
    if (!t) return;
    ev.preventDefault();
    var chk = t.closest('.chk'), cls = t.getAttribute('data-c') || 'hl-fact';
    if (chk) {
      var go = chk.querySelector('.go'), at = 0;
      if (t !== go) at = Array.prototype.indexOf.call(chk.querySelectorAll('.sl'), t);
      highlight(parse(go.getAttribute('data-spans')), go.getAttribute('data-c'), at);
      setActive(chk);
      return;
    }
    highlight(parse(t.getAttribute('data-s')), cls, 0);
  });

  // The passed checks are listed when their list is opened, a few hundred
  // at a time: a long report has tens of thousands.
  var passed = document.getElementById('passed'), listed = 0;
  if (passed) {
    passed.addEventListener('toggle', function () {
      if (passed.open && listed === 0) listMore();
    });
  }

  function listMore() {
    var ol = passed.querySelector('ol'), more = ol.querySelector('.more');
    if (more) ol.removeChild(more);
    var end = Math.min(listed + 300, data.p.length);
    for (; listed < end; listed++) ol.appendChild(passedItem(data.p[listed]));
    if (listed < data.p.length) {
      var li = el('li', 'more'), b = el('button', '', '显示更多 show more (' + (data.p.length - listed) + ')');
      b.type = 'button';
      b.addEventListener('click', listMore);
      li.appendChild(b);
      ol.appendChild(li);
    }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // passedItem makes the item of a passed check as the page's template
  // makes the others.
  function passedItem(c) {
    var li = el('li', 'chk pass'), go = el('button', 'go');
    li.setAttribute('data-rule', c.r);
    li.setAttribute('data-i', c.i);
    go.type = 'button';
    go.setAttribute('data-spans', c.s.map(function (s) { return s[0] + '-' + s[1]; }).join(' '));
    go.setAttribute('data-c', 'hl-pass');
    go.appendChild(el('span', 'badge', '通过'));
    go.appendChild(document.createTextNode(' '));
    go.appendChild(el('code', '', c.r));
    li.appendChild(go);
    li.appendChild(el('p', 'msg', c.m));
    if (c.f) {
      var dl = el('dl', 'fig');
      c.f.forEach(function (f) {
        var d = el('div');
        d.appendChild(el('dt', '', f[0]));
        d.appendChild(el('dd', '', f[1]));
        dl.appendChild(d);
      });
      li.appendChild(dl);
    }
    var links = el('p', 'links');
    c.s.forEach(function (s, i) {
      var b = el('button', 'sl', '第' + s[2] + '行 ');
      b.type = 'button';
      b.setAttribute('data-s', s[0] + '-' + s[1]);
      b.setAttribute('data-c', 'hl-pass');
      b.appendChild(el('q', '', c.t[i]));
      links.appendChild(b);
      links.appendChild(document.createTextNode(' '));
    });
    li.appendChild(links);
    return li;
  }

  // The start: draw what is in view (or the part the address names), then
  // the rest as the document's length allows.
  function start() {
    if (data.n <= EAGER) {
      drawAll();
    } else {
      var room = 2 * Math.max(doc.clientHeight, window.innerHeight), h = 0;
      for (var k = 0; k < parts.length && h < room; k++) {
        draw(k);
        h += parts[k].h;
      }
      observe();
      if (data.n <= BACKGROUND) idle();
    }
    if (location.hash) reveal(location.hash.slice(1));
    api.ready = true;
  }

  // observe draws the parts that come within a screen of the view. The
  // document pane scrolls on a wide screen, the window on a narrow one.
  function observe() {
    if (observer) observer.disconnect();
    var pane = getComputedStyle(doc).overflowY !== 'visible';
    observer = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) draw(+entries[i].target.getAttribute('data-k'));
      }
    }, { root: pane ? doc : null, rootMargin: '100% 0px' });
    for (var k = 0; k < parts.length; k++) if (!parts[k].segs) observer.observe(parts[k].el);
  }

  // idle draws the parts not drawn yet while the browser has nothing else
  // to do.
  function idle() {
    if (!window.requestIdleCallback) return;
    var next = 0;
    requestIdleCallback(function step(deadline) {
      while (next < parts.length && deadline.timeRemaining() > 2) draw(next++);
      if (next < parts.length) requestIdleCallback(step);
    });
  }

  // reveal scrolls to the heading or table an id names (s-N, a-N, t-N),
  // drawing its part first.
  function reveal(id) {
    var m = /^([sat])-(\d+)$/.exec(id);
    if (!m) return;
    var n = +m[2], k = -1;
    if (m[1] === 's') k = data.sp[n - 1];
    else if (m[1] === 'a') k = data.ap[n - 1];
    else for (var i = 0; i < data.tp.length; i += 2) if (data.tp[i] === n) k = data.tp[i + 1];
    if (!(k >= 0)) return;
    draw(k);
    var el = document.getElementById(id);
    if (el) scrollTo(el, k, 'start');
  }
  window.addEventListener('hashchange', function () { reveal(location.hash.slice(1)); });
  window.matchMedia('(max-width: 1000px)').addEventListener('change', function () { if (observer) observe(); });
  // Printing prints the whole document.
  window.addEventListener('beforeprint', drawAll);
  api.drawAll = drawAll;

  // Keyboard: n / p to the next / previous failed or warned check, Escape to
  // clear.
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = ev.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || ev.target.isContentEditable) return;
    if (ev.key === 'n' || ev.key === 'p') {
      ev.preventDefault();
      step(ev.key === 'n' ? 1 : -1);
    } else if (ev.key === 'Escape') {
      clear();
      hide();
    }
  });

  function step(dir) {
    var list = document.querySelectorAll('.chk.fail > .go, .chk.warn > .go');
    if (!list.length) return;
    var cur = -1;
    for (var i = 0; i < list.length; i++) if (activeCheck && list[i].parentNode === activeCheck) cur = i;
    var next = cur < 0 ? (dir > 0 ? 0 : list.length - 1) : (cur + dir + list.length) % list.length;
    list[next].focus();
    list[next].click();
  }

  // The value card.
  var kinds = { amount: '金额 amount', percent: '百分比 percent', quantity: '数量 quantity', count: '计数 count',
    duration: '时长 duration', date: '日期 date', period: '期间 period' };
  var sources = { written: '原文写明 written', column: '列标题 column header', row: '行标题 row header',
    title: '表格标题 table title' };
  var ops = { '>=': '≥ 不低于', '<=': '≤ 不高于', '>': '> 高于', '<': '< 低于', '=': '= 等于' };
  var hideTimer = 0;
  var anchor = null; // the value the card is about

  // value is the card of value i. The cards come as lines of JSON, each
  // parsed when one of its values is first shown.
  var valueLines = null;
  function value(i) {
    if (!valueLines) valueLines = document.getElementById('review-values').textContent.split('\n');
    var k = Math.floor(i / data.vc), line = valueLines[k];
    if (typeof line === 'string') line = valueLines[k] = line ? JSON.parse(line) : [];
    return line ? line[i - k * data.vc] : null;
  }

  function group(s) {
    var m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
    if (!m) return s;
    return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] || '');
  }

  function row(dl, label, value) {
    var dt = document.createElement('dt'), dd = document.createElement('dd');
    dt.textContent = label;
    if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function show(v) {
    var d = value(+v.getAttribute('data-v'));
    if (!d) return;
    clearTimeout(hideTimer);
    card.textContent = '';
    var raw = document.createElement('div');
    raw.className = 'raw';
    raw.textContent = v.textContent;
    card.appendChild(raw);
    var dl = document.createElement('dl');
    row(dl, '类别', kinds[d.k] || d.k);
    if (d.n) row(dl, '数字', group(d.n) + (d.u ? ' ' + d.u : ''));
    if (d.y) row(dl, '折合', group(d.y) + ' 元');
    if (d.nc) row(dl, '规范值', group(d.nc) + (d.uc ? ' ' + d.uc : ''));
    if (d.op) row(dl, '比较', ops[d.op] || d.op);
    if (d.ap) row(dl, '约数', '是（约、余、左右）');
    if (d.lo || d.hi) row(dl, '区间', group(d.lo || '') + ' – ' + group(d.hi || '') + (d.k === 'amount' ? ' 元' : ''));
    if (d.d) row(dl, '日期', d.d);
    if (d.fr || d.to) row(dl, '期间', (d.fr || '') + ' – ' + (d.to || ''));
    if (d.us) {
      var src = document.createTextNode(sources[d.us] || d.us);
      if (d.usp) {
        var b = document.createElement('button');
        b.type = 'button';
        b.setAttribute('data-s', d.usp[0] + '-' + d.usp[1]);
        b.setAttribute('data-c', 'hl-fact');
        b.textContent = sources[d.us] || d.us;
        src = b;
      }
      row(dl, '单位来源', src);
    }
    row(dl, '位置', '第' + d.l + '行');
    card.appendChild(dl);
    (d.w || []).forEach(function (i) {
      var w = data.w[i], p = document.createElement('div');
      p.className = 'w';
      p.textContent = '⚠ ' + w.c + '：' + w.m;
      card.appendChild(p);
    });
    card.hidden = false;
    anchor = v;
    place();
  }

  // place puts the card under its value (above it near the bottom of the
  // window), or hides it when the value has scrolled out of the document
  // pane.
  function place() {
    var r = anchor.getBoundingClientRect(), d = doc.getBoundingClientRect();
    if (r.bottom < d.top || r.top > d.bottom) { hide(); return; }
    var h = card.offsetHeight, w = card.offsetWidth, top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    card.style.top = Math.max(0, top) + 'px';
    card.style.left = Math.max(0, Math.min(r.left, window.innerWidth - w - 8)) + 'px';
  }

  function hide() {
    clearTimeout(hideTimer);
    card.hidden = true;
    anchor = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  doc.addEventListener('mouseover', function (ev) {
    var v = ev.target.closest('mark.v');
    if (v) show(v);
  });
  doc.addEventListener('mouseout', function (ev) {
    var v = ev.target.closest('mark.v');
    if (v && !v.contains(ev.relatedTarget)) hideSoon();
  });
  doc.addEventListener('focusin', function (ev) {
    var v = ev.target.closest('mark.v');
    if (v) show(v);
  });
  doc.addEventListener('focusout', hideSoon);
  card.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
  card.addEventListener('mouseleave', hideSoon);
  doc.addEventListener('scroll', function () { if (anchor) place(); }, { passive: true });
  start();
})();
