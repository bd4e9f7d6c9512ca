// jixiao review page. Every element of the document that holds text has
// data-o and data-e: the byte offsets of its text in the canonical text, so
// that a span of the report (byte offsets) is found in the page by walking
// the text of a few elements and counting UTF-8 bytes. Highlights wrap the
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
    var els = doc.querySelectorAll('[data-o]');
    segs = new Array(els.length);
    for (var i = 0; i < els.length; i++) {
      segs[i] = { el: els[i], o: +els[i].getAttribute('data-o'), e: +els[i].getAttribute('data-e') };
    }
    segs.sort(function (a, b) { return a.o - b.o || a.e - b.e; });
    return segs;
  }

  // first is the index of the first element whose text ends after pos
  // (or at pos, when atEnd).
  function first(pos, atEnd) {
    var s = index(), lo = 0, hi = s.length;
    while (lo < hi) {
      var m = (lo + hi) >> 1;
      if (s[m].e < pos || (s[m].e === pos && !atEnd)) lo = m + 1; else hi = m;
    }
    return lo;
  }

  // pieces finds the text of bytes [start, end): [textNode, from, to], with
  // from and to in UTF-16 units of the node.
  function pieces(start, end) {
    var s = index(), out = [];
    for (var i = first(start, false); i < s.length && s[i].o < end; i++) collect(s[i], start, end, out);
    return out;
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
    var s = index(), i = first(pos, true);
    return i < s.length ? s[i].el : null;
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
    row(dl, '位置', '第' + d.l + '行，字节 ' + d.s + '–' + d.e);
    card.appendChild(dl);
    (data.w || []).forEach(function (w) {
      if (w.s < d.e && w.e > d.s) {
        var p = document.createElement('div');
        p.className = 'w';
        p.textContent = '⚠ ' + w.c + '：' + w.m;
        card.appendChild(p);
      }
    });
    card.hidden = false;
    var r = v.getBoundingClientRect(), h = card.offsetHeight, w = card.offsetWidth;
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    card.style.top = Math.max(0, top) + 'px';
    card.style.left = Math.max(0, Math.min(r.left, window.innerWidth - w - 8)) + 'px';
  }

  function hide() {
    clearTimeout(hideTimer);
    card.hidden = true;
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
  doc.addEventListener('scroll', hide, { passive: true });
})();
