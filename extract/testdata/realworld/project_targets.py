import json, re, zipfile, xml.etree.ElementTree as ET, posixpath

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'

def independent(path):
    """Cells of each sheet read with the standard library alone, for the cross-check."""
    z = zipfile.ZipFile(path)
    sst = []
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
        sst.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m']) ))
    rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
    out = {}
    for sh in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', NS):
        part = posixpath.normpath('xl/' + rels[sh.get(R)])
        cells = {}
        for c in ET.fromstring(z.read(part)).iter('{%s}c' % NS['m']):
            v = c.find('m:v', NS)
            if v is None: continue
            cells[c.get('r')] = sst[int(v.text)] if c.get('t') == 's' else v.text
        out[sh.get('name')] = cells
    return out

def reading(raw):
    t = raw.strip()
    op = None
    if re.search(r'≥|>=|不低于|不少于|以上|达到|大于等于|至少', t): op = '>='
    if re.search(r'≤|<=|不超过|不高于|以内|以下|小于等于|不大于|控制在', t): op = '<='
    m = re.search(r'(\d+(?:\.\d+)?)\s*%', t)
    if m: return {'kind': 'percent', 'number': m.group(1), 'unit': '%', 'op': op}
    m = re.search(r'(\d+(?:\.\d+)?)\s*(万元|元)', t)
    if m: return {'kind': 'amount', 'number': m.group(1), 'unit': m.group(2), 'op': op}
    m = re.search(r'(\d+(?:\.\d+)?)\s*(个工作日|工作日|小时|分钟|天|日|个月|月|年|次|人次|人|户|处|个|份|场|家|项|辆|台|套|间|平方米|米|公里|吨|册|期|批|条|所)', t)
    if m and not re.search(r'\d+月底|\d+月\d+日|\d{4}年', t): return {'kind': 'count', 'number': m.group(1), 'unit': m.group(2), 'op': op}
    m = re.search(r'(\d+(?:\.\d+)?)\s*分', t)
    if m: return {'kind': 'count', 'number': m.group(1), 'unit': '分', 'op': op}
    return {'kind': 'text', 'number': None, 'unit': None, 'op': op}

def unit_of(label):
    m = re.search(r'(万元|元)', label)
    return m.group(1) if m else None

def project(sheet, cells):
    c = {x['Ref']: x['Text'] for x in cells}
    p = {'sheet': sheet, 'code': c.get('B2'), 'name': c.get('E2'), 'unit': c.get('B3'), 'department': c.get('E3'),
         'period': c.get('B4'), 'type': c.get('E4'),
         'funds': {'total': {'raw': c.get('B6'), 'unit': unit_of(c.get('A6', '')), 'ref': 'B6'},
                   'year': {'raw': c.get('E6'), 'unit': unit_of(c.get('D6', '')), 'ref': 'E6'},
                   'fiscal': None, 'other': None},
         'policy_basis': c.get('B7'), 'year_target': c.get('B9'), 'long_term_target': c.get('B10'), 'indicators': []}
    assert c.get('A2') == '项目编码：' and c.get('A11') == '一级指标', sheet
    rows = sorted({int(re.sub(r'\D', '', x['Ref'])) for x in cells})
    l1 = l2 = None
    for r in rows:
        if r <= 11: continue
        a = c.get('A%d' % r)
        if a is not None and a.startswith('备注'): break
        if a: l1 = a
        if c.get('B%d' % r): l2 = c.get('B%d' % r)
        raw = c.get('D%d' % r, '')
        ind = {'row': r, 'level1': l1, 'level2': l2, 'level3': c.get('C%d' % r), 'target': raw,
               'explanation': c.get('E%d' % r), 'reading': reading(raw)}
        p['indicators'].append(ind)
    return p

def odd(p):
    notes = []
    for f in ('total', 'year'):
        raw = p['funds'][f]['raw'] or ''
        n = float(raw.replace(',', '')) if raw else 0
        if p['funds'][f]['unit'] == '万元' and n >= 100000:
            notes.append('%s %s: %s under a 万元 label reads as 元 (%.4f 万元)' % (p['funds'][f]['ref'], f, raw, n / 10000))
    for ind in p['indicators']:
        if ind['level2'] == '成本' and ind['reading']['kind'] == 'amount':
            notes.append('cost indicator row %d: %s' % (ind['row'], ind['target']))
    return notes

out = {'about': 'Expected projects and indicators of the project_targets kind for three real workbooks of ../shared/realworld/xlsx, '
       'read with extract/xlsx (cell text as Excel displays it) and cross-checked cell by cell against an independent read of the '
       'sheet XML with Python\'s standard library. Amounts are as written, with the unit the form\'s label states; readings are the '
       'typed value expected of each 目标值: kind (count, percent, amount, text), number as written, unit, op. odd lists what a '
       'profile must warn of rather than guess.', 'workbooks': []}
for i in ('01', '03', '07'):
    path = '/work/shared/realworld/xlsx/sz-songgang-2023-project-targets-%s.xlsx' % i
    ours = json.load(open('/tmp/xdump/%s.json' % i))
    theirs = independent(path)
    wb = {'file': 'xlsx/' + path.split('/')[-1], 'projects': []}
    for s in ours:
        cells = s['cells']
        ind = theirs[s['sheet']]
        for x in cells:
            want = ind.get(x['Ref'])
            if want is None: continue
            w = want.replace('\r\n', '\n').replace('\r', '\n').replace('\t', ' ').strip(' \n\u3000')
            if re.fullmatch(r'-?\d+(\.\d+)?([eE][-+]?\d+)?', want) and x['Ref'] in ('B6', 'E6'):
                w = '{:,.2f}'.format(float(want))
            assert x['Text'] == w, (s['sheet'], x['Ref'], x['Text'], w)
        p = project(s['sheet'], cells)
        p['odd'] = odd(p)
        wb['projects'].append(p)
    out['workbooks'].append(wb)
json.dump(out, open('/work/wt-xlsx/extract/testdata/realworld/project_targets.json', 'w'), ensure_ascii=False, indent=1)
n = sum(len(w['projects']) for w in out['workbooks']); k = sum(len(p['indicators']) for w in out['workbooks'] for p in w['projects'])
print(n, 'projects', k, 'indicators')
from collections import Counter
print(Counter(ind['reading']['kind'] for w in out['workbooks'] for p in w['projects'] for ind in p['indicators']))
for w in out['workbooks']:
    for p in w['projects']:
        for o in p['odd']: print(w['file'][-7:], p['sheet'][:12], o)
