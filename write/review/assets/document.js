// jixiaoDocument draws the document of a jixiao review page from the
// page's data (docWriter in parts.go describes it): one line of JSON per
// part in #review-doc (packed for a long document: see unpack), each drawn
// into its placeholder in doc on demand, once load has read them.
// Every element it makes that holds text has data-o: the byte offset of
// its text in the canonical text, so that a span of the report (byte
// offsets) is found in a drawn part by a binary search and a walk over the
// text of a few elements, counting UTF-8 bytes. Report text only ever
// becomes text nodes and attribute values, never markup. api is the
// page's window.jixiaoReview: drawn counts the parts drawn, complete says
// they all are.
function jixiaoDocument(doc, data, api) {
  'use strict';
  var read = jixiaoRead;
  // The classes of value marks by kind code, in the order of kindCodes in
  // marks.go; heading elements by level; paragraph classes by code.
  var KINDS = ['amount', 'percent', 'quantity', 'count', 'duration', 'date', 'period', 'other'];
  var TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
  var PARA = ['', 'furn', 'stray'];

  // parts[k]: where part k's text starts, its estimated height, its
  // element, and once drawn the text elements in it by offset. lines[k]
  // is part k's line of data once read; a long document's element packs
  // the lines in groups (packed[g] holds those of the parts from
  // data.gp[g] on), each unpacked when one of its parts is needed, and
  // all of them while the browser is idle.
  var parts = [], lines = null, packed = null, unpacking = [], observer = null;
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

  // load reads the document's element; the lines of a packed one are
  // unpacked by need.
  function load() {
    var el = document.getElementById('review-doc');
    if (el.type === 'application/gzip') {
      packed = el.textContent.split('\n');
      packed.length = data.gp.length; // the content ends with a line break
      lines = [];
    } else {
      lines = el.textContent.split('\n');
    }
  }

  // need gives a promise that the lines of parts ks are read.
  function need(ks) {
    var want = [];
    if (packed) {
      for (var i = 0; i < ks.length; i++) {
        var k = ks[i];
        if (k >= 0 && k < parts.length && !parts[k].segs && typeof lines[k] !== 'string') want.push(unpack(groupOf(k)));
      }
    }
    return Promise.all(want);
  }

  // groupOf is the packed line that holds part k.
  function groupOf(k) {
    var gp = data.gp, lo = 0, hi = gp.length;
    while (lo < hi) {
      var m = (lo + hi) >> 1;
      if (gp[m] <= k) lo = m + 1; else hi = m;
    }
    return lo - 1;
  }

  function unpack(g) {
    if (!unpacking[g]) {
      unpacking[g] = jixiaoUnpack(packed[g]).then(function (s) {
        var ls = s.split('\n'), first = data.gp[g];
        for (var i = 0; i + 1 < ls.length; i++) if (!parts[first + i].segs) lines[first + i] = ls[i];
        packed[g] = null;
      });
    }
    return unpacking[g];
  }

  // draw draws part k, unless it is drawn.
  function draw(k) {
    var p = parts[k];
    if (!p || p.segs || !lines || typeof lines[k] !== 'string') return;
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

  // drawFirst draws the parts from the top until they fill room pixels by
  // their estimated heights, once their lines are read (a promise).
  function drawFirst(room) {
    var ks = [];
    for (var k = 0, h = 0; k < parts.length && h < room; k++) {
      ks.push(k);
      h += parts[k].h;
    }
    return need(ks).then(function () { ks.forEach(draw); });
  }

  // observe draws the parts that come within a screen of the view. The
  // document pane scrolls on a wide screen, the window on a narrow one.
  function observe() {
    if (!observer) {
      window.matchMedia('(max-width: 1000px)').addEventListener('change', function () { observer.disconnect(); observe(); });
    } else {
      observer.disconnect();
    }
    var pane = getComputedStyle(doc).overflowY !== 'visible';
    observer = new IntersectionObserver(function (entries) {
      var ks = [];
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) ks.push(+entries[i].target.getAttribute('data-k'));
      }
      need(ks).then(function () { ks.forEach(draw); });
    }, { root: pane ? doc : null, rootMargin: '100% 0px' });
    for (var k = 0; k < parts.length; k++) if (!parts[k].segs) observer.observe(parts[k].el);
  }

  // idle draws the parts not drawn yet (drawRest) or unpacks the lines not
  // unpacked yet (unpackRest) while the browser has nothing else to do;
  // api.idle says when it is done.
  function idle(drawRest) {
    if (!drawRest && !packed) return;
    var next = 0, later = window.requestIdleCallback || function (f) {
      return setTimeout(function () { f({ timeRemaining: function () { return 8; } }); }, 1);
    };
    later(function step(deadline) {
      if (drawRest) {
        while (next < parts.length && deadline.timeRemaining() > 2) draw(next++);
      } else if (next < packed.length) {
        unpack(next++).then(function () { later(step); });
        return;
      }
      if (next < (drawRest ? parts.length : packed.length)) later(step); else api.idle = true;
    });
  }

  // reveal scrolls to the heading or table an id names (s-N, a-N, t-N),
  // drawing its part first.
  function reveal(id) {
    var m = /^([sat])-(\d+)$/.exec(id);
    if (!m) return Promise.resolve();
    var n = +m[2], k = -1;
    if (m[1] === 's') k = data.sp[n - 1];
    else if (m[1] === 'a') k = data.ap[n - 1];
    else for (var i = 0; i < data.tp.length; i += 2) if (data.tp[i] === n) k = data.tp[i + 1];
    if (!(k >= 0)) return Promise.resolve();
    return need([k - 1, k, k + 1]).then(function () {
      draw(k);
      var el = document.getElementById(id);
      if (el) scrollTo(el, k, 'start');
    });
  }

  // around lists the parts that spans lie in, and those next to them: what
  // a highlight of the spans draws.
  function around(spans) {
    var ks = [];
    for (var i = 0; i < spans.length; i++) {
      for (var k = partAt(spans[i][0]) - 1; k < parts.length && (k <= partAt(spans[i][0]) + 1 || parts[k].start < spans[i][1]); k++) ks.push(k);
    }
    return ks;
  }

  return {
    load: load, need: need, around: around, packed: function () { return packed !== null; },
    draw: draw, drawAll: drawAll, drawFirst: drawFirst, observe: observe, idle: idle, reveal: reveal,
    pieces: pieces, wrap: wrap, unwrap: unwrap, elementAt: elementAt, partAt: partAt, scrollTo: scrollTo
  };
}

// read gives the text of a data element: its content, or for a packed one
// (type application/gzip) the text its content packs.
function jixiaoRead(el) {
  'use strict';
  var s = el.textContent;
  return el.type === 'application/gzip' ? jixiaoUnpack(s) : Promise.resolve(s);
}

// jixiaoUnpack gives the UTF-8 text that s packs: gzip, coded in base64
// (packer in pack.go). The browser inflates it (DecompressionStream:
// Chromium 80, Firefox 113, Safari 16.4 and later).
function jixiaoUnpack(s) {
  'use strict';
  if (!window.DecompressionStream) {
    return Promise.reject(new Error('this browser cannot unpack the document (DecompressionStream); open the page in a browser of 2023 or later'));
  }
  var bytes;
  if (Uint8Array.fromBase64) {
    bytes = Uint8Array.fromBase64(s);
  } else {
    var bin = atob(s);
    bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
