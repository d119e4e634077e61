#!/usr/bin/env python3
"""Builds cases.csv, the shipscreen name-matching evaluation set (see ORIGIN.md).

Deterministic: run from the project root, `python3 src/test/resources/eval/shipscreen/make_cases.py`.
Inputs: the bundled lists in config/lists, handwritten.csv next to this file, and the yente
synthetic negatives (names only, as a pool of family names for unrelated companies).
The split is fixed: a case is HELD-OUT when sha1(group) % 3 == 0, where group is the expected
entry (list + name) for cases derived from a list entry, or the query for unrelated names, so
all variants of one listed entry fall on the same side.
"""
import csv, hashlib, re, sys, xml.etree.ElementTree as ET

ROOT = 'config/lists/'
HERE = 'src/test/resources/eval/shipscreen/'

def h(s):
    return int(hashlib.sha1(s.encode('utf-8')).hexdigest()[:8], 16)

def split_of(group):
    return 'held-out' if h(group) % 3 == 0 else 'tuning'

cases = []
def add(query, lst, name, kind, script, source, group=None):
    query = re.sub(r'\s+', ' ', query).strip()
    if not query:
        return
    g = group if group is not None else (lst + '|' + name if lst else query)
    cases.append(dict(query=query, expected_list=lst, expected_name=name, kind=kind, script=script,
                      source=source, split=split_of(g)))

# ---------- list entries ----------
entries = []  # (list, name, type)
for r in csv.DictReader(open(ROOT + 'entity-list-ai-extract.csv', encoding='utf-8')):
    entries.append(('EL', r['name'], 'entity'))
for r in csv.DictReader(open(ROOT + 'csl_sample_2025-06.csv', encoding='utf-8')):
    code = re.search(r'\(([A-Z]+)\)', r['source'])
    entries.append((code.group(1) if code else 'OTHER', r['name'], (r['type'] or 'entity').lower()))
sdn = []
with open(ROOT + 'ofac_sdn_2024-05-03.csv', encoding='utf-8', errors='replace') as f:
    for row in csv.reader(f):
        if len(row) < 3:
            continue
        t = row[2].strip()
        if t in ('-0-', 'individual'):
            sdn.append(('SDN', row[1], 'entity' if t == '-0-' else 'individual'))
# Every 25th SDN entity and every 40th individual, plus every entity with a national legal form.
FORMS_RE = re.compile(r'\b(FZE|FZCO|FZ-LLC|DMCC|LIMITED SIRKETI|ANONIM SIRKETI|SDN BHD|KFT|ZRT|WLL|W\.L\.L|'
                      r'OBSHCHESTVO|AKTSIONERNOE|LIMITED LIABILITY COMPANY|JOINT STOCK COMPANY)\b')
for i, e in enumerate(sdn):
    if (e[2] == "entity" and (i % 25 == 0 or (i % 4 == 0 and FORMS_RE.search(e[1])))) or (e[2] == "individual" and i % 40 == 0):
        entries.append(e)
un = ET.parse(ROOT + 'un_consolidated_2026-02-27.xml').getroot()
un_scripts = []
for ind in un.iter('INDIVIDUAL'):
    parts = [ (ind.findtext(t) or '').strip() for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')]
    name = ' '.join(p for p in parts if p)
    entries.append(('UN', name, 'individual'))
    orig = (ind.findtext('NAME_ORIGINAL_SCRIPT') or '').strip()
    if orig:
        un_scripts.append((orig, name))
for ent in un.iter('ENTITY'):
    name = (ent.findtext('FIRST_NAME') or '').strip()
    entries.append(('UN', name, 'entity'))
    orig = (ent.findtext('NAME_ORIGINAL_SCRIPT') or '').strip()
    if orig:
        un_scripts.append((orig, name))

# ---------- derivation rules (decided before tuning; see ORIGIN.md) ----------
LEGAL_SWAPS = [  # (pattern in the listed name, replacement spellings)
    (r'\bCO\.?,? LTD\.?$', ['Company Limited', 'Co Ltd', 'Limited', '有限公司']),
    (r'\bCOMPANY LIMITED$', ['Co., Ltd.', 'Ltd']),
    (r'\bLIMITED$', ['Ltd.', 'Co., Ltd.']),
    (r'\bLTD\.?$', ['Limited', 'Co. Ltd.']),
    (r'\bCORPORATION$', ['Corp.', 'Corp', 'Company']),
    (r'\bCORP\.?$', ['Corporation']),
    (r'\bCOMPANY$', ['Co.', 'Corporation']),
    (r'\bCO\.?$', ['Company', 'Corp.']),
    (r'\bINC\.?$', ['Incorporated', 'Corp.']),
    (r'\bLLC$', ['L.L.C.', 'Limited Liability Company']),
    (r'\bFZE$', ['Free Zone Establishment', 'F.Z.E.']),
    (r'\bFZCO$', ['Free Zone Company', 'FZ Co.']),
    (r'\bDMCC$', ['D.M.C.C.', 'DMCC Company']),
    (r'\bLIMITED SIRKETI$', ['Ltd. Sti.', 'Ltd. Şti.']),
    (r'\bANONIM SIRKETI$', ['A.S.', 'A.Ş.']),
    (r'\bSDN BHD$', ['Sendirian Berhad', 'Sdn. Bhd.']),
    (r'\bKFT$', ['Kft.', 'Korlátolt Felelősségű Társaság']),
    (r'^LIMITED LIABILITY COMPANY\b', ['OOO', 'LLC', 'Obshchestvo s Ogranichennoi Otvetstvennostyu']),
    (r'^OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU\b', ['OOO', 'LLC', 'Limited Liability Company']),
    (r'^JOINT STOCK COMPANY\b', ['AO', 'JSC', 'Aktsionernoe Obshchestvo']),
    (r'^PUBLIC JOINT STOCK COMPANY\b', ['PAO', 'PJSC']),
    (r'^OPEN JOINT STOCK COMPANY\b', ['OAO', 'OJSC']),
    (r'^CLOSED JOINT STOCK COMPANY\b', ['ZAO', 'CJSC']),
    (r'^AKTSIONERNOE OBSHCHESTVO\b', ['AO', 'JSC', 'Joint Stock Company']),
]
GENERIC = set('''co company corp corporation ltd limited llc inc group technology technologies tech information
international trading industry industries industrial electronics general the of and bank national center centre
research institute co. ltd. fze fzco dmcc sdn bhd joint stock open closed public obshchestvo aktsionernoe
s ogranichennoi otvetstvennostyu sirketi anonim ticaret sanayi ve dis beijing shanghai shenzhen china hong kong
cloud'''.split())

def tokens(name):
    return [t for t in re.split(r'[\s,()]+', name) if t]

def legal_variant(name, k):
    up = name.upper().strip().rstrip('.')
    for pat, reps in LEGAL_SWAPS:
        m = re.search(pat, up)
        if m:
            rep = reps[k % len(reps)]
            return (name[:m.start()] + ' ' + rep + ' ' + name[m.end():]).strip()
    return None

def typo(name, k):
    toks = tokens(name)
    cands = [t for t in toks if len(t) >= 7 and t.isalpha()]
    if not cands:
        return None
    t = max(cands, key=len)
    p = 2 + k % (len(t) - 3)
    op = k % 3
    if op == 0:
        new = t[:p] + t[p] + t[p:]          # a letter doubled
    elif op == 1:
        new = t[:p] + t[p + 1:]             # a letter dropped
    else:
        new = t[:p] + t[p + 1] + t[p] + t[p + 2:]  # neighbours swapped
    if new == t:
        return None
    return name.replace(t, new, 1)

def join_split(name, k):
    toks = tokens(name)
    words = [t for t in toks if t.isalpha()]
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if a.isalpha() and b.isalpha() and len(a) <= 6 and len(b) <= 6 and a.lower() not in GENERIC and b.lower() not in GENERIC:
            return name.replace(a + ' ' + b, a + b, 1)
    long = [t for t in words if len(t) >= 8]
    if long:
        t = max(long, key=len)
        m = len(t) // 2
        return name.replace(t, t[:m] + ' ' + t[m:], 1)
    return None

GIVEN_VARIANTS = [['MOHAMMED', 'MUHAMMAD', 'MOHAMED', 'MOHAMMAD', 'MUHAMMED'], ['AHMED', 'AHMAD'],
                  ['HUSSEIN', 'HUSAYN', 'HUSSAIN', 'HOSSEIN'], ['HASSAN', 'HASAN'], ['YUSUF', 'YOUSEF', 'YOUSSEF'],
                  ['ABDUL', 'ABDEL', 'ABD AL'], ['OMAR', 'UMAR'], ['OSAMA', 'USAMA'], ['SAID', 'SAEED', 'SAYED'],
                  ['ALEKSANDR', 'ALEXANDER', 'ALEKSANDER'], ['DMITRY', 'DMITRIY', 'DMITRI'], ['SERGEY', 'SERGEI'],
                  ['YURI', 'YURIY', 'IURII'], ['NIKOLAI', 'NIKOLAY'], ['ANDREI', 'ANDREY'], ['ALEKSEI', 'ALEKSEY', 'ALEXEI'],
                  ['EVGENY', 'YEVGENIY', 'EVGENIY'], ['ABU', 'ABOU'], ['ABDULLAH', 'ABDALLAH', 'ABDULLA'],
                  ['IBRAHIM', 'EBRAHIM'], ['ISMAIL', 'ISMAEL'], ['KHALID', 'KHALED'], ['MAHMOUD', 'MAHMUD'],
                  ['MUSTAFA', 'MOSTAFA'], ['ALI', 'ALY']]

def name_variant(name, k):
    toks = name.split()
    up = [t.upper() for t in toks]
    for group in GIVEN_VARIANTS:
        for i, t in enumerate(up):
            if t in group:
                others = [g for g in group if g != t]
                toks2 = list(toks)
                toks2[i] = others[k % len(others)].title()
                return ' '.join(toks2)
    if len(toks) >= 3:
        return ' '.join(toks[:1] + toks[2:])  # the second element left out
    return None

SYLLABLES = ['ba', 'lo', 'ke', 'mi', 'su', 'ta', 'no', 'ri', 'de', 'ga']
def near_miss(name, k, pool, df, individual):
    """The name's rarest word (fewest listed names use it) replaced: by another word, or, for
    organisations, by the same word with one syllable changed. The generic head words stay."""
    toks = tokens(name)
    cands = [t for t in toks if t.isalpha() and t.lower() not in GENERIC and len(t) >= 4]
    if not cands or len([t for t in toks if t.isalpha()]) < 2:
        return None
    t = min(cands, key=lambda w: (df.get(w.lower(), 0), -len(w)))
    if individual or k % 2 == 0:
        new = pool[k % len(pool)]
        new = new.upper() if t.isupper() else new
        if new.lower() == t.lower():
            return None
    else:
        if len(t) < 5:
            return None
        p = 1 + k % max(1, len(t) - 3)
        s = SYLLABLES[k % len(SYLLABLES)]
        new = t[:p] + (s.upper() if t.isupper() else s) + t[p + 2:]
        if new.lower() == t.lower():
            return None
    return name.replace(t, new, 1)

# pool of other words: family names from the yente US negatives (synthetic, on no list)
pool = []
for r in csv.DictReader(open('src/test/resources/eval/opensanctions-yente/negatives_us.csv', encoding='utf-8')):
    ln = (r.get('last_name') or '').strip()
    if ln.isascii() and ln.isalpha() and 5 <= len(ln) <= 9:
        pool.append(ln)
    if len(pool) >= 400:
        break

df = {}
for lst, name, typ in entries:
    for t in set(w.lower() for w in tokens(name)):
        df[t] = df.get(t, 0) + 1
seen_entries = set()
for lst, name, typ in entries:
    key = lst + '|' + name
    if key in seen_entries or not name.strip():
        continue
    seen_entries.add(key)
    k = h(key)
    src = lst + ' entry'
    v = legal_variant(name, k)
    if v and typ != 'individual':
        add(v, lst, name, 'legal-form', 'latin', src + ', legal form respelt')
    elif typ != 'individual' and lst in ('EL', 'UN', 'OTHER', 'DPL', 'UVL', 'MEU', 'ISN', 'DTC', 'FSE', 'SSI', 'PLC') and k % 2 == 0:
        add(name + (' Co., Ltd.' if k % 4 == 0 else ' LLC'), lst, name, 'legal-form', 'latin', src + ', legal form added')
    v = typo(name, k)
    if v:
        add(v, lst, name, 'typo', 'latin', src + ', one letter doubled/dropped/swapped')
    v = join_split(name, k)
    if v and v != name:
        add(v, lst, name, 'join-split', 'latin', src + ', tokens joined or split')
    if typ == 'individual':
        v = name_variant(name, k)
        if v and v != name:
            add(v, lst, name, 'name-variant', 'latin', src + ', given-name variant or middle element left out')
    v = near_miss(name, k, pool, df, typ == 'individual')
    if v and v != name:
        add(v, '', '', 'near-miss', 'latin', 'derived from ' + lst + ' entry ' + name, group=key)

# ---------- cross-script: the UN list's own original-script names ----------
for orig, name in un_scripts:
    script = 'cyrillic' if re.search('[\u0400-\u04FF]', orig) else ('arabic' if re.search('[\u0600-\u06FF]', orig) else 'other')
    if script != 'other':
        add(orig, 'UN', name, 'cross-script', script, 'UN NAME_ORIGINAL_SCRIPT (screened against the romanised names only)')

# ---------- cross-script: Russian SDN entities written in Cyrillic (reverse of BGN/PCGN, derived) ----------
BGN = [('shch', 'щ'), ('kh', 'х'), ('ts', 'ц'), ('ch', 'ч'), ('sh', 'ш'), ('zh', 'ж'), ('yu', 'ю'), ('ya', 'я'),
       ('ye', 'е'), ('yo', 'ё'), ('a', 'а'), ('b', 'б'), ('v', 'в'), ('g', 'г'), ('d', 'д'), ('e', 'е'), ('z', 'з'),
       ('i', 'и'), ('y', 'ы'), ('k', 'к'), ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('r', 'р'),
       ('s', 'с'), ('t', 'т'), ('u', 'у'), ('f', 'ф'), ('c', 'к'), ('x', 'кс'), ('w', 'в'), ('q', 'к'), ('h', 'х'), ('j', 'дж')]
def to_cyrillic(word):
    w = word.lower()
    for end, cyr in (('iy', 'ий'), ('ii', 'ий'), ('yy', 'ый'), ('yi', 'ый'), ('oy', 'ой'), ('oi', 'ой'), ('aya', 'ая')):
        if w.endswith(end):
            return to_cyrillic(w[:-len(end)]) + cyr
    out = ''
    i = 0
    while i < len(w):
        for lat, cyr in BGN:
            if w.startswith(lat, i):
                out += cyr; i += len(lat); break
        else:
            out += w[i]; i += 1
    return out
RU_FORMS = [(r'^LIMITED LIABILITY COMPANY ', ['ООО ', 'Общество с ограниченной ответственностью ']),
            (r'^OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ', ['ООО ', 'Общество с ограниченной ответственностью ']),
            (r'^JOINT STOCK COMPANY ', ['АО ', 'Акционерное общество ']),
            (r'^AKTSIONERNOE OBSHCHESTVO ', ['АО ', 'Акционерное общество ']),
            (r'^PUBLIC JOINT STOCK COMPANY ', ['ПАО ', 'Публичное акционерное общество ']),
            (r'^OPEN JOINT STOCK COMPANY ', ['ОАО ', 'Открытое акционерное общество ']),
            (r'^CLOSED JOINT STOCK COMPANY ', ['ЗАО ', 'Закрытое акционерное общество '])]
for i, (lst, name, typ) in enumerate(sdn):
    if typ != 'entity':
        continue
    for pat, reps in RU_FORMS:
        m = re.match(pat, name)
        if m and i % 3 == 0:
            rest = name[m.end():]
            # only names romanised from Russian (English words such as TECHNOLOGIES would be translated)
            if re.search(r'[^A-Z \-"]', rest) or len(rest) < 4 or re.search(r'C(?!H)|Q|W|X|J|TH|IES\b|EE|OO|GROUP|SYSTEM', rest):
                break
            k = h(name)
            cyr = reps[k % 2] + ' '.join(to_cyrillic(w) for w in rest.replace('"', '').split())
            add(cyr, 'SDN', name, 'cross-script', 'cyrillic', 'SDN entry written in Cyrillic (derived: reverse BGN/PCGN, Russian legal form)')
            break

# ---------- handwritten ----------
for r in csv.DictReader(open(HERE + 'handwritten.csv', encoding='utf-8')):
    add(r['query'], r['expected_list'], r['expected_name'], r['kind'], r['script'], r['source'] or 'handwritten')

# ---------- unrelated: synthetic companies from family names on no list ----------
INDUSTRY = ['Logistics', 'Furniture', 'Textiles', 'Dental Supplies', 'Bakery', 'Marine Paints', 'Garden Tools',
            'Printing', 'Ceramics', 'Footwear', 'Optics', 'Seafood', 'Packaging', 'Toys', 'Coffee Roasters']
FORMS = ['GmbH', 'Ltd', 'LLC', 'S.A.', 'Pty Ltd', 'B.V.', 'S.r.l.', 'Inc.', 'Sdn Bhd', 'A.S.', 'Kft.', 'FZE']
for r in list(csv.DictReader(open('src/test/resources/eval/opensanctions-yente/negatives_global.csv', encoding='utf-8')))[40000:41500]:
    ln = (r.get('last_name') or '').strip()
    if not ln or not re.match(r'^[A-Za-z\u00C0-\u024F\' -]+$', ln):
        continue
    k = h(ln)
    add(ln + ' ' + INDUSTRY[k % len(INDUSTRY)] + ' ' + FORMS[(k // 7) % len(FORMS)], '', '', 'unrelated', 'latin',
        'synthetic: family name from yente negatives_global + industry + legal form')

# de-duplicate on (query, expected)
out, seen = [], set()
for c in cases:
    key = (c['query'], c['expected_list'], c['expected_name'])
    if key not in seen:
        seen.add(key); out.append(c)
with open(HERE + 'cases.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['query', 'expected_list', 'expected_name', 'kind', 'script', 'split', 'source'])
    w.writeheader()
    for c in out:
        w.writerow(c)
from collections import Counter
print(len(out), Counter((c['kind'], c['split']) for c in out))
