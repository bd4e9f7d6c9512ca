// jixiao review page: the panels (checks, facts, warnings, outline), the
// highlights their links make in the document, the value card and the
// keyboard. The document is drawn by jixiaoDocument (document.js, which
// comes before this in the page's one script). Highlights wrap the text
// they cover in <mark> elements and unwrap them again. No network, no
// framework; everything is built with DOM calls, never from HTML strings.
(function () {
  'use strict';
  var doc = document.getElementById('doc');
  var card = document.getElementById('card');
  var data = JSON.parse(document.getElementById('review-data').textContent); // docJSON in data.go
  var lists = null; // the panels' data (listsJSON in data.go), once read (readLists)
  var shown = []; // the marks of the current highlight
  var activeCheck = null;
  var api = window.jixiaoReview = { last: null, ready: false, complete: false, drawn: 0, highlights: 0 };
  var D = jixiaoDocument(doc, data, api);
  var listsRead = null;

  // readLists gives a promise of the panels' data, read on first use.
  function readLists() {
    if (!listsRead) {
      listsRead = jixiaoRead(document.getElementById('review-lists')).then(function (s) {
        lists = JSON.parse(s);
        makeLists();
        api.timing.lists = performance.now();
      });
    }
    return listsRead;
  }

  function parse(list) {
    var out = [];
    (list || '').split(' ').forEach(function (s) {
      var d = s.indexOf('-');
      if (d > 0) out.push([+s.slice(0, d), +s.slice(d + 1)]);
    });
    return out;
  }

  var wanted = 0; // the highlights asked for; only the last is made

  function clear() {
    wanted++;
    D.unwrap(shown);
    shown = [];
    setActive(null);
  }

  // highlight marks every span with cls and scrolls to span number at,
  // once the parts they lie in, and those around, are read (at once but
  // for a long document whose lines are still packed); chk is the check
  // that asked, if any. api.done is a promise of it; api.last says how
  // long it took and what it marked.
  function highlight(spans, cls, at, chk) {
    var t0 = performance.now(), me = ++wanted;
    api.done = D.need(D.around(spans)).then(function () {
      if (me !== wanted) return; // another was asked for since
      clear();
      var targets = [];
      for (var k = 0; k < spans.length; k++) {
        var ps = D.pieces(spans[k][0], spans[k][1]), firstMark = null;
        for (var i = 0; i < ps.length; i++) {
          var m = D.wrap(ps[i], 'hl ' + cls, k);
          shown.push(m);
          if (!firstMark) firstMark = m;
        }
        targets.push(firstMark || D.elementAt(spans[k][0]));
      }
      var t = targets[at || 0];
      if (t) D.scrollTo(t, D.partAt(spans[at || 0][0]), 'center');
      setActive(chk || null);
      api.last = { ms: performance.now() - t0, spans: spans.length, marks: shown.length };
      api.highlights++;
    });
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
      highlight(parse(go.getAttribute('data-spans')), go.getAttribute('data-c'), at, chk);
      return;
    }
    highlight(parse(t.getAttribute('data-s')), cls, 0, null);
  });

  // Long lists: the page writes the first items of the failed and warned
  // checks, the warnings and the outline, and leaves the rest to the
  // script (see listed in lists.go), which lists them a chunk at a time
  // when the list's end comes into view or its button is pressed. The
  // passed checks are all left to the script, listed when their list is
  // first opened.
  var CHUNK = 300, LABELS = { fail: '不通过', warn: '提示', pass: '通过' };

  // more lets list show items beyond those it holds, made by make. Its
  // next(n) lists n more (all for Infinity); left() says how many are left.
  function more(list, items, make) {
    var shown = 0, li = null, seen = null;
    function next(n) {
      if (li) {
        if (seen) seen.unobserve(li);
        list.removeChild(li);
        li = null;
      }
      var end = Math.min(shown + n, items.length), frag = document.createDocumentFragment();
      for (; shown < end; shown++) frag.appendChild(make(items[shown]));
      list.appendChild(frag);
      if (shown < items.length) {
        li = el('li', 'more');
        var b = el('button', '', '显示更多 show more (' + (items.length - shown) + ')');
        b.type = 'button';
        b.addEventListener('click', function () { next(CHUNK); });
        li.appendChild(b);
        list.appendChild(li);
        seen = seen || new IntersectionObserver(function (entries) {
          if (entries[entries.length - 1].isIntersecting) next(CHUNK);
        });
        seen.observe(li);
      }
    }
    return { next: next, left: function () { return items.length - shown; } };
  }

  var openMore = null;
  function makeLists() {
    var passed = document.getElementById('passed');
    if (lists.o && lists.o.length) {
      openMore = more(document.querySelector('#checks > ol.checks'), lists.o, checkItem);
      openMore.next(0);
    }
    if (passed) {
      var passedMore = more(passed.querySelector('ol'), lists.p, checkItem);
      var open = function () { if (passed.open && passedMore.left() === lists.p.length) passedMore.next(CHUNK); };
      passed.addEventListener('toggle', open);
      open();
    }
    var moreWarnings = lists.w.filter(function (w) { return w.s; });
    if (moreWarnings.length) more(document.querySelector('#warnings > ul.warnings'), moreWarnings, warningItem).next(0);
    if (lists.ol && lists.ol.length) more(document.querySelector('#outline > ul.sections'), lists.ol, outlineItem).next(0);
    if (lists.al && lists.al.length) more(document.querySelector('#outline > ul.annexes'), lists.al, outlineItem).next(0);
  }
  // listAll lists every failed and warned check (a promise).
  api.listAll = function () {
    return readLists().then(function () { if (openMore) openMore.next(Infinity); });
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // checkItem makes the item of a check as the page's template makes it.
  function checkItem(c) {
    var st = c.st || 'pass', li = el('li', 'chk ' + st), go = el('button', 'go');
    li.setAttribute('data-rule', c.r);
    li.setAttribute('data-i', c.i);
    go.type = 'button';
    go.setAttribute('data-spans', c.s.map(function (s) { return s[0] + '-' + s[1]; }).join(' '));
    go.setAttribute('data-c', 'hl-' + st);
    go.appendChild(el('span', 'badge', LABELS[st]));
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
    if (c.s.length) {
      var links = el('p', 'links');
      c.s.forEach(function (s, i) {
        var b = el('button', 'sl', '第' + s[2] + '行 ');
        b.type = 'button';
        b.setAttribute('data-s', s[0] + '-' + s[1]);
        b.setAttribute('data-c', 'hl-' + st);
        b.appendChild(el('q', '', c.t[i]));
        links.appendChild(b);
        links.appendChild(document.createTextNode(' '));
      });
      li.appendChild(links);
    }
    return li;
  }

  // warningItem makes the item of a warning as the page's template does.
  function warningItem(w) {
    var li = el('li'), b = el('button', 'sl', '第' + w.l + '行');
    b.type = 'button';
    b.setAttribute('data-s', w.s[0] + '-' + w.s[1]);
    b.setAttribute('data-c', 'hl-warn');
    li.appendChild(b);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('code', '', w.c));
    li.appendChild(document.createTextNode(' ' + w.m));
    return li;
  }

  // outlineItem makes an outline entry and those under it as the page's
  // template does.
  function outlineItem(it) {
    var li = el('li'), a = el('a', '', it.m + ' ' + it.t);
    a.href = '#' + it.i;
    a.setAttribute('data-s', it.s);
    a.setAttribute('data-c', 'hl-fact');
    li.appendChild(a);
    if (it.c) {
      var ul = el('ul');
      it.c.forEach(function (c) { ul.appendChild(outlineItem(c)); });
      li.appendChild(ul);
    }
    return li;
  }

  // The start: draw what is in view (or the part the address names), then
  // the rest as the document's length allows; then read the panels' data
  // and make their long lists. api.timing says when (performance.now(), in
  // ms) the start reached each step, for the tests that measure a long
  // page; api.ready that the document is drawn in view.
  function start() {
    var timing = api.timing = { start: performance.now() };
    D.load();
    timing.loaded = performance.now();
    var first = data.draw === 'all' ? Promise.resolve(D.drawAll()) :
      D.drawFirst(2 * Math.max(doc.clientHeight, window.innerHeight));
    first.then(function () {
      timing.drawn = performance.now();
      if (data.draw !== 'all') {
        D.observe();
        D.idle(data.draw === 'idle');
      }
      return location.hash ? D.reveal(location.hash.slice(1)) : null;
    }).then(function () {
      timing.ready = performance.now();
      api.ready = true;
      return readLists();
    }).catch(function (err) {
      doc.textContent = '';
      doc.appendChild(el('p', 'none', '无法显示正文 the document cannot be shown: ' + err.message));
      api.error = err.message;
    });
  }
  window.addEventListener('hashchange', function () { D.reveal(location.hash.slice(1)); });
  // Printing prints the whole document (of a long one, what is unpacked:
  // all of it once api.idle is true, a moment after the page is shown).
  window.addEventListener('beforeprint', D.drawAll);
  api.drawAll = D.drawAll;

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

  // step goes to the next (dir 1) or previous (-1) failed or warned
  // check, listing more of them at the end of those listed.
  function step(dir) {
    var list = document.querySelectorAll('.chk.fail > .go, .chk.warn > .go');
    if (!list.length) return;
    var cur = -1;
    for (var i = 0; i < list.length; i++) if (activeCheck && list[i].parentNode === activeCheck) cur = i;
    if (openMore && openMore.left() && (dir > 0 ? cur === list.length - 1 : cur <= 0)) {
      openMore.next(dir > 0 ? CHUNK : Infinity);
      list = document.querySelectorAll('.chk.fail > .go, .chk.warn > .go');
    }
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

  // value gives (a promise of) the card of value i. The cards come as
  // lines of JSON (each packed on its own in a long document's page), each
  // read when one of its values is first shown.
  var valuesEl = document.getElementById('review-values'), valueLines = null;
  function value(i) {
    if (!valueLines) valueLines = valuesEl.textContent.split('\n');
    var k = Math.floor(i / data.vc), line = valueLines[k];
    if (typeof line === 'string') {
      line = valueLines[k] = (valuesEl.type === 'application/gzip' ? jixiaoUnpack(line) : Promise.resolve(line))
        .then(function (s) { return s ? JSON.parse(s) : []; });
    }
    return line ? Promise.all([line, readLists()]).then(function (r) { return r[0][i - k * data.vc]; }) : Promise.resolve(null);
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

  var asked = null; // the value whose card is on its way
  function show(v) {
    asked = v;
    clearTimeout(hideTimer);
    value(+v.getAttribute('data-v')).then(function (d) { if (d && asked === v) fillCard(v, d); });
  }

  function fillCard(v, d) {
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
      var w = lists.w[i], p = document.createElement('div');
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
    asked = null;
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
