// jixiao review page. Every element of the document that holds text has
// data-o: the byte offset of its text in the canonical text, so that a span
// of the report (byte offsets) is found in the page by a binary search and
// a walk over the text of a few elements, counting UTF-8 bytes. Highlights wrap the
// text they cover in <mark> elements and unwrap them again. No network, no
// framework; everything is built with DOM calls, never from HTML strings.
(function () {
  'use strict';
  var doc = document.getElementById('doc');
  var card = document.getElementById('card');
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var segs = null; // the text elements, by offset; built on first use
  var shown = []; // the marks of the current highlight
  var activeCheck = null;
  var api = window.jixiaoReview = { last: null };

  function index() {
    if (segs) return segs;
    var els = doc.querySelectorAll('[data-o]'), sorted = true;
    segs = new Array(els.length);
    for (var i = 0; i < els.length; i++) {
      segs[i] = { el: els[i], o: +els[i].getAttribute('data-o') };
      if (i > 0 && segs[i].o < segs[i - 1].o) sorted = false;
    }
    // Text a table's cells miss is shown after the table: the one case
    // where the page's order is not the text's.
    if (!sorted) segs.sort(function (a, b) { return a.o - b.o; });
    return segs;
  }

  // at is the index of the last element whose text starts at or before
  // pos (0 when none does). The elements' texts do not overlap, so only it
  // can hold pos.
  function at(pos) {
    var s = index(), lo = 0, hi = s.length;
    while (lo < hi) {
      var m = (lo + hi) >> 1;
      if (s[m].o <= pos) lo = m + 1; else hi = m;
    }
    return Math.max(lo - 1, 0);
  }

  // pieces finds the text of bytes [start, end): [textNode, from, to], with
  // from and to in UTF-16 units of the node.
  function pieces(start, end) {
    var s = index(), out = [];
    for (var i = at(start); i < s.length && s[i].o < end; i++) collect(s[i], start, end, out);
    return out;
  }

  // textOf is the text of bytes [start, end) as the page shows it.
  function textOf(start, end) {
    return pieces(start, end).map(function (p) { return p[0].data.slice(p[1], p[2]); }).join('');
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

  // highlight marks every span with cls and scrolls to span number at.
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
    if (t) t.scrollIntoView({ block: 'center', inline: 'nearest' });
    api.last = { ms: performance.now() - t0, spans: spans.length, marks: shown.length };
  }

  // elementAt is the text element at pos, for a span that covers no text
  // (an empty cell).
  function elementAt(pos) {
    var s = index();
    return s.length ? s[at(pos)].el : null;
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
    c.s.forEach(function (s) {
      var b = el('button', 'sl', '第' + s[2] + '行 ');
      b.type = 'button';
      b.setAttribute('data-s', s[0] + '-' + s[1]);
      b.setAttribute('data-c', 'hl-pass');
      var t = textOf(s[0], s[1]).replace(/\s+/g, ' ').trim();
      b.appendChild(el('q', '', t.length > 16 ? t.slice(0, 16) + '…' : t));
      links.appendChild(b);
      links.appendChild(document.createTextNode(' '));
    });
    li.appendChild(links);
    return li;
  }

  // The figures of failed checks are underlined from the start; after the
  // first paint, so that a long page shows at once.
  setTimeout(function () {
    (data.f || []).forEach(function (s) {
      pieces(s[0], s[1]).forEach(function (p) { wrap(p, 'fig-fail', -1); });
    });
    api.ready = true;
  }, 0);

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
    var d = data.v[+v.getAttribute('data-v')];
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
})();
