"""Worksheet of the golden tables worked out last (golden/README.md, "The tables worked out last").

Each model is computed here in plain Python from the golden delivery's raw files (delivery/, leercultuur/),
the catalogue and the definitions (golden/README.md, docs/domain.md, the model's documentation block),
never from the SQL, and written in the tables' format: numbers rounded to 4 decimals without trailing
zeros, NULL empty, booleans true/false, rows sorted column by column as text.

    cd batch-jobs/src/test/resources/golden && python3 worksheet.py . /tmp/golden-out   # needs PyYAML

Write to another directory and compare with expected/: a table that differs is a question for the
definitions, not a file to copy over.
"""
import csv, json, os, sys, datetime as dt, statistics
from decimal import Decimal, ROUND_HALF_UP
from collections import defaultdict
import yaml
from fractions import Fraction

GOLDEN = sys.argv[1]
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(GOLDEN, 'expected')
DLV = os.path.join(GOLDEN, 'delivery')
D = dt.date(2026, 6, 30)
W = 12
date = dt.date.fromisoformat

def fmt(v):
    if v is None: return ''
    if isinstance(v, bool): return 'true' if v else 'false'
    if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
        q = Decimal(str(v)).quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP)
        s = format(q.normalize(), 'f')
        return '0' if s in ('-0',) else s
    return str(v)

def write(name, header, rows, sub=''):
    lines = sorted([[fmt(x) for x in r] for r in rows])
    os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    path = os.path.join(OUT, sub, name + '.csv')
    with open(path, 'w', newline='') as f:
        f.write(','.join(header) + '\n')
        for r in lines: f.write(','.join(r) + '\n')
    print(f'{name}: {len(lines)} rows')

def email(s): return s.strip().lower() if s and s.strip() else None

cat = yaml.safe_load(open(os.path.join(DLV, 'metrokaart.yaml')))
modules = {m['code']: m for m in cat['modules']}
module_skill = [(m['code'], s, l) for m in cat['modules'] for s, l in m['skills'].items()]
skill_name = {s['code']: s['name'] for s in cat['skills']}
lijnen = {l['code']: l for l in cat['lijnen']}
SHARE = Fraction(str(cat['rules']['completion_share']))
profile_targets = {p['code']: p['targets'] for p in cat['profiles']}
lijnen_of_module = defaultdict(list)
for l in cat['lijnen']:
    for m in l['modules']: lijnen_of_module[m].append(l['code'])

# ---- enrolments (file line: header = 1) ----
enrol = []
with open(os.path.join(DLV, 'enrolments.csv'), newline='') as f:
    for i, r in enumerate(csv.DictReader(f), start=2):
        r['line'] = i
        r['p'] = email(r['participant_email'])
        r['date'] = date(r['session_date'])
        r['attendance'] = r['attendance'] or None
        r['cancelled'] = r['status'] == 'geannuleerd'
        r['present'] = not r['cancelled'] and r['attendance'] in ('aanwezig', 'te laat')
        enrol.append(r)

companies = {}
with open(os.path.join(DLV, 'companies.csv'), newline='') as f:
    for r in csv.DictReader(f):
        companies[r['kvk']] = r
def is_mkb(kvk): return kvk in companies and int(companies[kvk]['employees']) < 250

# stg_enrolment
write('stg_enrolment', ['enrolment_id','run_code','lijn_code','module_code','session_date','participant_key','company_kvk',
                        'role','status','attendance','source_line','is_cancelled','is_present'],
      [[r['enrolment_id'], r['run_code'], r['lijn_code'], r['module_code'], r['date'], r['p'], r['company_kvk'] or None,
        r['role'], r['status'], r['attendance'], r['line'], r['cancelled'], r['present']] for r in enrol])

# stg_participant: company on the latest row that names one (Ivo included: everybody of the file)
company_of = {}
for p in {r['p'] for r in enrol}:
    rows = [r for r in enrol if r['p'] == p and r['company_kvk']]
    company_of[p] = max(rows, key=lambda r: r['date'])['company_kvk']
write('stg_participant', ['participant_key', 'company_kvk'], [[p, k] for p, k in company_of.items()])

# runs
runs = defaultdict(list)
for r in enrol: runs[r['run_code']].append(r)
run_info = {}
for code, rows in runs.items():
    run_info[code] = dict(lijn=rows[0]['lijn_code'], scheduled=len({r['module_code'] for r in rows}),
                          first=min(r['date'] for r in rows), last=max(r['date'] for r in rows))
cohort = {code: sorted({r['p'] for r in rows if not r['cancelled']}) for code, rows in runs.items()}

# stg_completion(d)
rows = []
for code, ps in cohort.items():
    sch = run_info[code]['scheduled']
    for p in ps:
        present = len({r['module_code'] for r in runs[code] if r['p'] == p and r['present'] and r['date'] <= D})
        rows.append([code, p, sch, present, Fraction(present, sch) >= SHARE])
write('stg_completion', ['run_code','participant_key','modules_scheduled','modules_present','completed'], rows)

# session_attendance
sess = defaultdict(list)
for r in enrol: sess[(r['run_code'], r['module_code'], r['date'])].append(r)
rows = []
for (run, mod, day), rs in sess.items():
    enrolled = len({r['p'] for r in rs if not r['cancelled']})
    present = len({r['p'] for r in rs if r['present']})
    rows.append([run, mod, day, enrolled, present, present / enrolled if enrolled else None])
write('session_attendance', ['run_code','module_code','session_date','enrolled','present','attendance_rate'], rows)

# module_attendance(2026-01-01, 2026-06-30)
P0, P1 = dt.date(2026, 1, 1), D
rows = []
for m in modules:
    rs = [r for r in enrol if r['module_code'] == m and P0 <= r['date'] <= P1]
    rows.append([m, len({r['run_code'] for r in rs}), len({r['p'] for r in rs if not r['cancelled']}),
                 len({r['p'] for r in rs if r['present']})])
write('module_attendance', ['module_code','runs','participants_enrolled','participants_present'], rows)

# rpt_map_station(2026-06-01, 2026-06-30)
J0, J1 = dt.date(2026, 6, 1), D
rows = []
for l in cat['lijnen']:
    for i, m in enumerate(l['modules'], start=1):
        present = len({r['p'] for r in enrol if r['module_code'] == m and r['present'] and J0 <= r['date'] <= J1})
        rows.append([l['code'], m, modules[m]['title'], present, i])
write('rpt_map_station', ['lijn_code','module_code','title','participants','position'], rows)

# ---- assessments ----
RANK = {'assessor': 3, 'coach': 2, 'self': 1}
write('stg_source_rank', ['source', 'rank'], [[s, k] for s, k in RANK.items()])
assess = []
with open(os.path.join(DLV, 'assessments.csv'), newline='') as f:
    for i, r in enumerate(csv.DictReader(f), start=2):
        assess.append(dict(p=email(r['participant_email']), skill=r['skill_code'], level=int(r['level']),
                           day=date(r['assessed_on']), moment=r['moment'] or 'tussentijds', source=r['source'] or 'self', line=i))
write('stg_assessment', ['participant_key','skill_code','assessed_on','moment','source','level','source_line','source_rank'],
      [[a['p'], a['skill'], a['day'], a['moment'], a['source'], a['level'], a['line'], RANK[a['source']]] for a in assess])

def level_at(p, skill, d):
    cands = [a for a in assess if a['p'] == p and a['skill'] == skill and a['day'] <= d]
    if not cands: return None
    return max(cands, key=lambda a: (a['day'], RANK[a['source']], a['level']))['level']

# skill gap per participant and skill (lijnen followed: any run of theirs, no date)
followed = defaultdict(set)
for code, ps in cohort.items():
    for p in ps: followed[p].add(run_info[code]['lijn'])
psg = []  # participant_skill_gap(d)
for p, ls in followed.items():
    targets = defaultdict(list)
    for l in ls:
        for s, t in profile_targets[lijnen[l]['profile']].items(): targets[s].append((t, l))
    for s, tl in targets.items():
        target = max(t for t, _ in tl)
        cur = level_at(p, s, D)
        gap = None if cur is None else max(0, target - cur)
        psg.append(dict(p=p, kvk=company_of[p], skill=s, target=target, cur=cur, gap=gap, lijnen=', '.join(sorted(l for _, l in tl))))
write('participant_skill_gap', ['participant_key','company_kvk','skill_code','target_level','current_level','gap','lijn_codes'],
      [[g['p'], g['kvk'], g['skill'], g['target'], g['cur'], g['gap'], g['lijnen']] for g in psg])

attended = {(r['p'], r['module_code']) for r in enrol if r['present'] and r['date'] <= D}
sugg = []
for g in psg:
    if not (g['cur'] is None or g['gap'] > 0): continue
    for m, s, lvl in module_skill:
        if s == g['skill'] and lvl >= g['target'] and (g['p'], m) not in attended:
            sugg.append(dict(g, module=m, mlevel=lvl))
write('training_suggestion', ['participant_key','company_kvk','skill_code','target_level','current_level','gap','module_code','module_level'],
      [[t['p'], t['kvk'], t['skill'], t['target'], t['cur'], t['gap'], t['module'], t['mlevel']] for t in sugg])

# opleidingsplan of Alfa (01234567); employee number and key prefix depend on the pseudonym key: not pinned
KVK = '01234567'
def hours(m): return modules[m]['hours']
write('rpt_plan_gap', ['participant_key','skill_code','skill_name','lijn_codes','target_level','current_level','gap','reaching_modules'],
      [[g['p'], g['skill'], skill_name[g['skill']], g['lijnen'], g['target'], g['cur'], g['gap'],
        len({m for m, s, l in module_skill if s == g['skill'] and l >= g['target']})] for g in psg if g['kvk'] == KVK])
write('rpt_plan_suggestion', ['participant_key','skill_code','module_code','title','hours','module_level','lijnen'],
      [[t['p'], t['skill'], t['module'], modules[t['module']]['title'], hours(t['module']), t['mlevel'],
        ', '.join(sorted(lijnen_of_module[t['module']]))] for t in sugg if t['kvk'] == KVK])
rows = []
for m in sorted({t['module'] for t in sugg if t['kvk'] == KVK}):
    ts = [t for t in sugg if t['kvk'] == KVK and t['module'] == m]
    rows.append([m, modules[m]['title'], hours(m), ', '.join(sorted(lijnen_of_module[m])), ', '.join(sorted({t['skill'] for t in ts})),
                 len({t['p'] for t in ts}), sum(1 for t in ts if t['gap'] and t['gap'] > 0), sum(1 for t in ts if t['cur'] is None)])
write('rpt_plan_module', ['module_code','title','hours','lijnen','skills','employees','gaps_closed','not_rated'], rows)
write('rpt_plan_company', ['name','enrolment_rows','employees'],
      [[companies[KVK]['name'], sum(1 for r in enrol if r['company_kvk'] == KVK), len({g['p'] for g in psg if g['kvk'] == KVK})]])

# ---- follow-ups and windows ----
fups = []
with open(os.path.join(DLV, 'followups.csv'), newline='') as f:
    for r in csv.DictReader(f):
        fups.append(dict(p=email(r['participant_email']), kvk=r['company_kvk'] or None, type=r['type'], start=date(r['start_date'])))
def add_months(d0, n):
    y, m = divmod(d0.month - 1 + n, 12)
    import calendar
    y += d0.year; m += 1
    return dt.date(y, m, min(d0.day, calendar.monthrange(y, m)[1]))
def first(cands, last):
    if not cands: return None
    day = min(c['start'] for c in cands)
    typ = min(c['type'] for c in cands if c['start'] == day)
    return day, typ, (day - last).days
rows, crows = [], []
for code, ps in cohort.items():
    last = run_info[code]['last']; end = add_months(last, W)
    ok = lambda f: last < f['start'] <= end and f['start'] <= D
    for p in ps:
        r = first([f for f in fups if f['p'] == p and ok(f)], last)
        if r: rows.append([code, p, *r])
    for k in sorted({company_of[p] for p in ps}):
        cands = [f for f in fups if ok(f) and (f['kvk'] == k or (f['p'] and company_of.get(f['p']) == k))]
        r = first(cands, last)
        if r: crows.append([code, k, *r])
write('stg_first_followup', ['run_code','participant_key','first_start','first_type','days_to_convert'], rows)
write('stg_first_company_followup', ['run_code','company_kvk','first_start','first_type','days_to_convert'], crows)

# ---- badges ----
badges = []
with open(os.path.join(DLV, 'badges', 'edubadges.csv'), newline='') as f:
    for r in csv.DictReader(f):
        badges.append(dict(p=email(r['recipient_email']), module=r['badgeclass'].rsplit('/', 1)[1].upper(),
                           day=date(r['issued_on']), acc=r['acceptance'], revoked=r['revoked'] == 'true'))
from zoneinfo import ZoneInfo
import hashlib
addresses = {r['p'] for r in enrol} | {b['p'] for b in badges}
for a in json.load(open(os.path.join(DLV, 'badges', 'ob2-tess.json'))):   # Open Badges 2.0: sha256 of address + salt
    rec = a['recipient']
    who = [x for x in addresses if 'sha256$' + hashlib.sha256((x + rec.get('salt', '')).encode()).hexdigest() == rec['identity']]
    assert len(who) == 1, rec
    t = dt.datetime.fromisoformat(a['issuedOn'].replace('Z', '+00:00')).astimezone(ZoneInfo('Europe/Amsterdam'))
    badges.append(dict(p=who[0], module=a['badge'].rsplit('/', 1)[1].upper(), day=t.date(), acc=None, revoked=False))
first_badge = {}
for b in badges:
    if b['revoked']: continue
    k = (b['p'], b['module'])
    first_badge[k] = min(first_badge.get(k, b['day']), b['day'])
write('stg_badge', ['participant_key','module_code','issued_on'], [[p, m, d0] for (p, m), d0 in first_badge.items()])

# rpt_module_badges, June 2026: per module its figures over all dates, plus issued in June and in 2026 up to June
rows = []
for m in modules:
    bs = [b for b in badges if b['module'] == m]
    issued = [b for b in bs if not b['revoked']]
    present = {r['p'] for r in enrol if r['module_code'] == m and r['present']}
    holders = {b['p'] for b in issued}
    withacc = [b for b in issued if b['acc']]
    accepted = sum(1 for b in issued if b['acc'] == 'Accepted')
    rows.append([dt.date(2026, 6, 1), m, modules[m]['title'],
                 sum(1 for b in issued if J0 <= b['day'] <= J1), sum(1 for b in issued if P0 <= b['day'] <= J1),
                 len(issued), accepted, sum(1 for b in bs if b['revoked']), len(present), len(holders),
                 len(holders) / len(present) if present else None, len(withacc), accepted / len(withacc) if withacc else None])
write('rpt_module_badges', ['month','module_code','title','issued_in_month','issued_year_to_date','issued','accepted','revoked',
                            'participants_present','badge_holders','badge_rate','issued_with_acceptance','acceptance_rate'], rows)

# ---- coaches ----
def ddate(s):
    s = s.strip()
    return date(s) if '-' in s[:5] and len(s.split('-')[0]) == 4 else dt.datetime.strptime(s, '%d-%m-%Y').date()
coaches = []
with open(os.path.join(DLV, 'werkplekcoaches.csv'), newline='') as f:
    for r in csv.DictReader(f, delimiter=';'):
        track = r['Traject'] or None
        for l in cat['lijnen']:
            if track and track.lower() == l['code'].lower(): track = l['code']
        c = email(r['E-mailadres coach'])
        coaches.append(dict(c=c, kvk=r['KvK'] or company_of.get(c), track=track, day=ddate(r['Getraind op'])))
write('stg_coach', ['coach_key','company_kvk','track','trained_on'], [[c['c'], c['kvk'], c['track'], c['day']] for c in coaches])
acts = []
known = {c['c'] for c in coaches}
with open(os.path.join(DLV, 'coachactiviteiten.csv'), newline='') as f:
    for r in csv.DictReader(f):
        named = [email(x) for x in r["e-mailadressen collega's"].replace(';', '|').split('|') if x.strip()]
        count = int(r["aantal collega's"]) if r["aantal collega's"] else max(len(named), 1)
        h = Decimal(r['uren'].replace(',', '.')) if r['uren'] else None
        acts.append(dict(c=email(r['coach']), day=ddate(r['datum']), count=count, hours=h, named=named,
                         unnamed=max(count - len(named), 0), known=email(r['coach']) in known))
write('stg_coaching_activity', ['coach_key','activity_date','colleagues_count','hours','named','unnamed','coach_known'],
      [[a['c'], a['day'], a['count'], a['hours'], len(a['named']), a['unnamed'], a['known']] for a in acts])

def coach_reach(f0, f1):
    trained = [c for c in coaches if c['day'] <= f1]
    first_of = {}
    for c in trained:
        if c['kvk']: first_of[c['kvk']] = min(first_of.get(c['kvk'], c['day']), c['day'])
    a = [x for x in acts if f0 <= x['day'] <= f1]
    named = {n for x in a for n in x['named']}
    most = defaultdict(int)
    for x in a: most[x['c']] = max(most[x['c']], x['unnamed'])
    hrs = [x['hours'] for x in a if x['hours'] is not None]
    return [len({c['c'] for c in trained if c['day'] >= f0}), len({c['c'] for c in trained}), len(first_of),
            sum(1 for k in first_of if is_mkb(k)), sum(1 for k, d0 in first_of.items() if d0 >= f0),
            len({x['c'] for x in a}), len(a), sum(1 for x in a if not x['known']), sum(x['count'] for x in a),
            len(named), len(named) + sum(most.values()), sum(hrs) if hrs else None]

def outcome(d):
    """coached_colleague_outcome(d): colleague -> (first coached, enrolled after, badge after)."""
    firsts = {}
    for x in acts:
        if x['day'] <= d:
            for n in x['named']: firsts[n] = min(firsts.get(n, x['day']), x['day'])
    res = {}
    for n, f0 in firsts.items():
        starts = [min(r['date'] for r in rs if r['p'] == n and not r['cancelled'])
                  for rs in runs.values() if any(r['p'] == n and not r['cancelled'] for r in rs)]
        run_after = any(f0 < s <= d for s in starts)
        badge_after = any(f0 < d0 <= d for (p, m), d0 in first_badge.items() if p == n)
        res[n] = (f0, run_after, badge_after)
    return res

rows = []
for period, f0 in (('month', J0), ('year_to_date', P0), ('to_date', dt.date(1900, 1, 1))):
    o = [v for v in outcome(J1).values() if f0 <= v[0] <= J1]
    rows.append([J0, period, f0, J1, *coach_reach(f0, J1), len(o), sum(1 for v in o if v[1]), sum(1 for v in o if v[2])])
write('rpt_coaching', ['month','period','period_start','period_end','coaches_trained','coaches_to_date','companies_with_coach',
                       'mkb_companies_with_coach','companies_first_coach','coaches_active','activities','activities_unknown_coach',
                       'colleague_contacts','colleagues_named','colleagues_reached','coaching_hours','followed','enrolled_after',
                       'badge_after'], rows)

# rpt_coaching's outcome shares: the followed colleagues' counts divided by the followed
def share(n, d): return Fraction(n, d) if d else None
rows = [r + [share(r[-2], r[-3]), share(r[-1], r[-3])] for r in rows]
write('rpt_coaching', ['month','period','period_start','period_end','coaches_trained','coaches_to_date','companies_with_coach',
                       'mkb_companies_with_coach','companies_first_coach','coaches_active','activities','activities_unknown_coach',
                       'colleague_contacts','colleagues_named','colleagues_reached','coaching_hours','followed','enrolled_after',
                       'badge_after','enrolled_after_share','badge_after_share'], [[*r[:19], *(None if x is None else float(x) for x in r[19:])] for r in rows])

# ---- the Impactrapportage per quarter: the parts of each quarter inside [from, to], and the whole ----
def quarter_parts(f0, f1):
    parts = []
    q = dt.date(f0.year, 3 * ((f0.month - 1) // 3) + 1, 1)
    while q <= f1:
        q_end = add_months(q, 3) - dt.timedelta(days=1)
        parts.append((q, max(q, f0), min(q_end, f1)))
        q = add_months(q, 3)
    return parts + [(None, f0, f1)]

SBI = [((1, 3), 'A'), ((5, 9), 'B'), ((10, 33), 'C'), ((35, 35), 'D'), ((36, 39), 'E'), ((41, 43), 'F'), ((45, 47), 'G'),
       ((49, 53), 'H'), ((55, 56), 'I'), ((58, 63), 'J'), ((64, 66), 'K'), ((68, 68), 'L'), ((69, 75), 'M'), ((77, 82), 'N'),
       ((84, 84), 'O'), ((85, 85), 'P'), ((86, 88), 'Q'), ((90, 93), 'R'), ((94, 96), 'S'), ((97, 98), 'T'), ((99, 99), 'U')]
def describe(kvk):
    """size class, sector, region and mkb of a company (companies.csv; 'onbekend' when it is not there)."""
    c = companies.get(kvk)
    if c is None: return 'onbekend', 'onbekend', 'onbekend', None
    e = int(c['employees']) if c['employees'] else None
    size = 'onbekend' if e is None else 'micro' if e < 10 else 'klein' if e < 50 else 'middel' if e < 250 else 'groot'
    sector = c['sector'] or None
    if sector is None:
        digits = ''.join(ch for ch in c['sbi'] if ch.isdigit())[:2]
        sector = next((l for (a, b), l in SBI if digits and a <= int(digits) <= b), None)
    return size, sector or 'onbekend', c['region'] or 'onbekend', None if e is None else e < 250

def reach(f0, f1):
    """reach(f0, f1): per split value participants, companies, mkb companies and mkb share."""
    people = {r['p'] for r in enrol if not r['cancelled'] and f0 <= r['date'] <= f1}
    returning = {r['company_kvk'] for r in enrol if not r['cancelled'] and r['date'] < f0 and r['company_kvk']}
    groups = defaultdict(lambda: (set(), set(), set()))
    for p in people:
        k = company_of[p]
        size, sector, region, mkb = describe(k)
        for split, value in (('totaal', 'alle'), ('grootteklasse', size), ('sector', sector), ('regio', region),
                             ('bedrijf', 'terugkerend' if k in returning else 'nieuw')):
            ps, ks, ms = groups[(split, value)]
            ps.add(p)
            if k: ks.add(k)
            if k and mkb: ms.add(k)
    return [[split, value, len(ps), len(ks), len(ms), share(len(ms), len(ks))] for (split, value), (ps, ks, ms) in groups.items()]

H1 = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
Y25 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
def floats(r): return [float(x) if isinstance(x, Fraction) else x for x in r]
write('reaches', ['period_start','period_end','split','value','participants','companies','mkb_companies','mkb_share'],
      [floats([f0, f1, *r]) for f0, f1 in (H1, Y25) for r in reach(f0, f1)])
write('rpt_impact_reach', ['quarter','period_start','period_end','split','value','participants','companies','mkb_companies','mkb_share'],
      [floats([q, f0, f1, *r]) for q, f0, f1 in quarter_parts(*H1) for r in reach(f0, f1)])
rows = []
for q, f0, f1 in quarter_parts(*H1):
    o = [v for v in outcome(H1[1]).values() if f0 <= v[0] <= f1]
    n, e, b = len(o), sum(1 for v in o if v[1]), sum(1 for v in o if v[2])
    rows.append(floats([q, f0, f1, *coach_reach(f0, f1), n, e, b, share(e, n), share(b, n)]))
write('rpt_impact_coaching', ['quarter','period_start','period_end','coaches_trained','coaches_to_date','companies_with_coach',
                              'mkb_companies_with_coach','companies_first_coach','coaches_active','activities','activities_unknown_coach',
                              'colleague_contacts','colleagues_named','colleagues_reached','coaching_hours','followed','enrolled_after',
                              'badge_after','enrolled_after_share','badge_after_share'], rows)

# ---- the data quality sheet: the golden delivery's files, every row loaded (no file refused, none unrecognised) ----
def data_rows(name):
    path = os.path.join(DLV, name)
    if name.endswith('.yaml'): return 1
    if name.endswith('.json'): return len(json.load(open(path)))
    with open(path, newline='') as f:
        return sum(1 for _ in csv.DictReader(f, delimiter=';' if name == 'werkplekcoaches.csv' else ','))
KIND = {'metrokaart.yaml': 'catalogue', 'companies.csv': 'companies', 'enrolments.csv': 'enrolments', 'badges/edubadges.csv': 'badges',
        'badges/ob2-tess.json': 'badges', 'assessments.csv': 'assessments', 'followups.csv': 'followups',
        'werkplekcoaches.csv': 'coaches', 'coachactiviteiten.csv': 'coaching'}
write('rpt_data_quality_files', ['file_name','kind','status','rows_read','rows_loaded','rows_rejected','reason'],
      [[name, kind, 'loaded', data_rows(name), data_rows(name), 0, None] for name, kind in KIND.items()])
write('rpt_data_quality_rejects', ['file_name','line','column_name','value','reason','rejected_rows'], [])

# ---- leercultuurscan (the second delivery, golden/leercultuur/) ----
LC = os.path.join(GOLDEN, 'leercultuur')
scan_cat = cat['leercultuurscan']
dims = scan_cat['dimensions']
position = {x['code']: i for i, x in enumerate(dims, start=1)}
label_score = {v.lower(): k for k, v in scan_cat['scale']['labels'].items()}
def dim_of(text):
    for x in dims:
        if text.strip().lower() in (x['code'].lower(), x['name'].lower()): return x['code']
    raise ValueError(text)
def score_of(text):
    t = text.strip()
    if t.lower() in label_score: return label_score[t.lower()]
    return float(t.split(' ')[0])
def scan_day(s):
    s = s.strip().split(' ')[0].split('T')[0]
    if len(s.split('-')[0]) == 4: return date(s)
    dd, mm, yy = s.split('-'); return dt.date(int(yy), int(mm), int(dd))
answers = []   # company, scan, respondent, day, line, dimension, score
with open(os.path.join(LC, 'leercultuurscan-2026-q1.csv'), newline='') as f:
    for i, r in enumerate(csv.DictReader(f, delimiter=';'), start=2):
        day = scan_day(r['datum'])
        answers.append((r['kvk'], day.strftime('%Y-%m'), r['respondent'].strip().lower(), day, i, dim_of(r['dimensie']), score_of(r['score'])))
item_dim = {'Ruimte om te leren': 'RUIMTE', 'KENNIS': 'KENNIS'}
for x in dims:
    for item in x.get('items', []): item_dim[item] = x['code']
with open(os.path.join(LC, 'enquete-leercultuur.csv'), newline='') as f:
    for i, r in enumerate(csv.DictReader(f), start=2):
        day = scan_day(r['Tijdstempel'])
        who = email(r['E-mailadres']) or f'rij-enquete-leercultuur.csv-{i}'
        for item, dim in item_dim.items():
            if r[item]: answers.append((r['KvK-nummer'], r['Ronde'] or day.strftime('%Y-%m'), who, day, i, dim, score_of(r[item])))
resp = {}
for k in {(a[0], a[1], a[2], a[5]) for a in answers}:
    mine = [a for a in answers if (a[0], a[1], a[2], a[5]) == k and a[3] <= D]
    if not mine: continue
    latest = max((a[3], a[4]) for a in mine)
    items = [a[6] for a in mine if (a[3], a[4]) == latest]
    resp[k] = (latest[0], sum(items) / len(items), len(items))
write('stg_leercultuur_respondent', ['company_kvk','scan_id','respondent_key','dimension_code','scanned_on','score','items'],
      [[*k, *v] for k, v in resp.items()], sub='leercultuur')

scans = defaultdict(dict)   # company -> scan -> (date, respondents, {dim: (respondents, score)})
for (kvk, scan, who, dim), (day, score, _) in resp.items():
    s = scans[kvk].setdefault(scan, dict(day=day, who=set(), dims=defaultdict(list)))
    s['day'] = max(s['day'], day); s['who'].add(who); s['dims'][dim].append(score)
rows = []
for kvk, ss in scans.items():
    order = sorted(ss.items(), key=lambda kv: kv[1]['day'], reverse=True)
    (sid, s), prev = order[0], (order[1] if len(order) > 1 else None)
    for dim, scores in s['dims'].items():
        p = prev[1]['dims'].get(dim) if prev else None
        rows.append([kvk, companies[kvk]['name'] if kvk in companies else None, sid, s['day'], len(s['who']), dim, position[dim],
                     len(scores), sum(scores) / len(scores),
                     prev[0] if p else None, prev[1]['day'] if p else None, len(p) if p else None, sum(p) / len(p) if p else None])
write('rpt_leercultuur_scores', ['company_kvk','company_name','scan_id','scan_date','scan_respondents','dimension_code','dimension_position',
                                 'respondents','score','previous_scan_id','previous_scan_date','previous_respondents','previous_score'],
      rows, sub='leercultuur')

# ---- leercultuur_score_history: per company and each of its answer days, leercultuur_score as it stood then ----
def respondents_at(d, kvk):
    """stg_leercultuur_respondent(d) of one company: (scan, respondent, dimension) -> (day, score)."""
    out = {}
    for k in {(a[1], a[2], a[5]) for a in answers if a[0] == kvk}:
        mine = [a for a in answers if a[0] == kvk and (a[1], a[2], a[5]) == k and a[3] <= d]
        if not mine: continue
        latest = max((a[3], a[4]) for a in mine)
        items = [a[6] for a in mine if (a[3], a[4]) == latest]
        out[k] = (latest[0], sum(items) / len(items))
    return out
rows = []
for kvk in sorted({a[0] for a in answers}):
    days = sorted({a[3] for a in answers if a[0] == kvk})
    for i, day in enumerate(days):
        until = days[i + 1] if i + 1 < len(days) else None
        r = respondents_at(day, kvk)
        scans = {}
        for (scan, who, dim), (d0, score) in r.items():
            s = scans.setdefault(scan, dict(day=d0, who=set(), dims=defaultdict(list)))
            s['day'] = max(s['day'], d0); s['who'].add(who); s['dims'][dim].append(score)
        order = sorted(scans.items(), key=lambda kv: (kv[1]['day'], kv[0]), reverse=True)
        for rank, (scan, s) in enumerate(order, start=1):
            for dim, scores in s['dims'].items():
                rows.append([kvk, day, until, scan, s['day'], rank, rank == 1, len(s['who']), dim, len(scores), sum(scores) / len(scores)])
write('leercultuur_score_history', ['company_kvk','valid_from','valid_until','scan_id','scan_date','scan_rank','is_latest','scan_respondents',
                                    'dimension_code','respondents','score'], rows, sub='leercultuur')
