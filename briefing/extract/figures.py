"""Candidates from figures: amounts, quantities with units, percentages and their changes, counts."""
from __future__ import annotations

import re

from . import quantities
from .candidate import Candidate, make_title
from .context import Context
from .quantities import Quantity
from .text import clause, evidence

_TRADE = re.compile(r"товарооборот|торгов|экспорт|импорт|тауар айналым|сауда", re.I)
_INVEST = re.compile(r"инвестиц|вложени|инвестиция", re.I)
# («одобрил предоставление Армении €10 млн»: money provided, as «выделит»; a credit provided is a deal)
_GRANT = re.compile(r"грант|безвозмезд|выдел|помощ|гуманитарн|предостав(?!\w*\s+(?:\w+\s+)?(?:кредит|за[её]м|займ))",
                    re.I)
_DEAL = re.compile(r"соглашени|контракт|сделк|покупк|приобрет|приобрел|купил|продал|келісім|проект|жоба|заплат|"
                   r"стоимост|кредит|заем|займ|несие|вложил", re.I)
_TURNOVER = re.compile(r"товарооборот|тауар айналым|торгов\w* оборот|объем\w* (?:взаимной |двусторонней )?торговл"
                       r"|взаимн\w* торговл|сауда көлем", re.I)
_FIXED_CAPITAL = re.compile(r"основн\w* капитал|негізгі капитал", re.I)
_FDI = re.compile(r"прям\w* (?:\w+ )?инвестиц|тікелей (?:\w+ )?инвестиц", re.I)
_STOCK = re.compile(r"накоплен|с момента|за годы|за период|жинақталған|всего|тәуелсіздік|\bс\s+(?:19|20)\d\d\b|"
                    r"жылдан бері", re.I)
_SIGNED = re.compile(r"подписа\w*|заключ\w*|қол қой\w*", re.I)
_SIGNED_OR_REACHED = re.compile(r"подписа\w*|заключ\w*|достигнут\w*", re.I)   # («достигнуты соглашения на сумму …»)
# documents still being worked on, prepared or only initialled: not signed («работают над подписанием 8 новых
# соглашений», «рассматривают к подписанию еще 30 документов», «парафировано соглашение»)
PENDING = re.compile(r"работа\w*\s+над\b|\bк\s+подписани\w*|ожида\w*\s+(?:\w+\s+)?подписани\w*|"
                     r"готов\w*\s+к\s+подписани\w*|парафир\w*|"
                     r"\b(?:готов\w*|намерен[аыо]?|планиру\w*|собира\w*|хотят|могут|предстоит)\s+(?:\w+\s+)?"
                     r"(?:подписать|заключить)\b|\bв\s+стадии\s+(?:доработки|согласования|подготовки|разработки)|"
                     r"прорабатыва\w*|на\s+стадии\s+(?:согласования|подготовки)|қол қоюға дайында\w*", re.I)
# a signing told as one of before the reported event: «Сам договор … был подписан еще в прошлом году»,
# «в прошлом году подписали соглашения на …»
SIGNED_BEFORE = re.compile(r"\b(?:в прошлом году|в позапрошлом году|в минувшем году|ещ[её] в \w+|ещ[её] \d{1,2} [а-я]+"
                           # «Две недели назад также был подписан Меморандум …»: a signing before the news
                           r"|(?:\d+|две|два|три|четыре|пять|несколько|пару|полгода)\s+(?:\w+\s+)?"
                           r"(?:недел[ьи]|месяц\w*|лет|года?)\s+назад|(?:неделю|месяц|год)\s+назад)\b", re.I)
_STATUS = [
    (PENDING, "planned"),
    (re.compile(r"стадии реализации|реализуются|реализуется|строится|строятся|в процессе|іске асырылуда", re.I),
     "in_progress"),
    (re.compile(r"реализован\w*|осуществлен\w*|завершен\w*|введен\w*|запущен\w*|построен\w*|іске асырылды", re.I),
     "implemented"),
    (re.compile(r"договоренност\w*|договорились|закреплен\w*|согласован\w*|достигнут\w*|уағдаласт\w*", re.I), "agreed"),
    (re.compile(r"планиру\w*|намечен\w*|предусмотрен\w*|жоспарлан\w*", re.I), "planned"),
]

_TARGET = re.compile(r"\bк\s+цели\b|\bцел[ьи]\s+(?:в|довести|достичь)\b", re.I)
_GOAL = re.compile(r"\b(довести|доведени\w*|нарастить|наращивани\w*|увеличить\s+до|планиру\w*|намерен(?:а|о|ы)?\b|"
                   r"к\s+(?:19|20)\d\d\s+году|целев\w*|жеткізу\w*|жеткізуге|жоспарлан\w*|қарай)", re.I)

TITLES = {
    "trade_turnover": {"ru": "Товарооборот", "kk": "Тауар айналымы", "en": "Trade turnover"},
    "exports": {"ru": "Экспорт", "kk": "Экспорт", "en": "Exports"},
    "imports": {"ru": "Импорт", "kk": "Импорт", "en": "Imports"},
    "fdi_stock": {"ru": "Накопленные прямые инвестиции", "kk": "Жинақталған тікелей инвестициялар",
                  "en": "Accumulated foreign direct investment"},
    "fdi_inflow": {"ru": "Прямые инвестиции", "kk": "Тікелей инвестициялар", "en": "Foreign direct investment"},
}
_CHANGE_TITLES = {-1: {"ru": "Снижение: ", "kk": "Төмендеу: ", "en": "Fall: "},
                  1: {"ru": "Рост: ", "kk": "Өсім: ", "en": "Rise: "}}


def status_of(text: str) -> str | None:
    for rx, status in _STATUS:
        if rx.search(text):
            return status
    return None


def _groups(text: str, qs: list[Quantity]) -> list[list[Quantity]]:
    """Figures that belong to one fact: «8 проектам на общую сумму 52,5 млн», «сократился на 18,6% … до 635,2 млн»."""
    groups: list[list[Quantity]] = []
    used = set()
    for i, q in enumerate(qs):
        if i in used:
            continue
        group = [q]
        used.add(i)
        for k in range(i + 1, len(qs)):
            r = qs[k]
            if k in used:
                continue
            between = text[group[-1].end:r.start]
            if ";" in between or len(between) > 140 or re.search(r"[.!?]\s", between):
                break
            kinds = {g.kind for g in group}
            if r.kind == "money" and "count" in kinds and "money" not in kinds and re.fullmatch(
                    r"\s*(?:на\s+(?:общую\s+)?сумму|общей\s+стоимостью|стоимостью|общим\s+объемом|объемом|на)\s*",
                    text[group[-1].end:r.start]):
                group.append(r)
                used.add(k)
            elif r.kind in ("money", "unit") and "percent" in kinds and "money" not in kinds \
                    and any(g.change for g in group) and len(between) < 60 \
                    and not re.search(r"\b(однако|но|а|тогда как|алайда|бірақ)\b|(?:19|20)\d\d", between, re.I):
                group.append(r)
                used.add(k)
            elif r.kind == "percent" and r.change and kinds <= {"money"} and len(group) == 1 \
                    and "," in between and len(between) < 100 \
                    and not re.search(r"\b(однако|но|а|тогда как|в то время как|алайда|бірақ)\b|(?:19|20)\d\d", between, re.I):
                group.append(r)
                used.add(k)
        groups.append(group)
    return groups


def _classify(clause_text: str, sentence: str, previous: str, group: list[Quantity]) -> tuple[str, str | None]:
    kinds = {q.kind for q in group}

    def first(rx):
        for t in (clause_text, sentence):
            if rx.search(t):
                return True
        return False

    # a sentence that names nothing («однако … сократился на 18,6%») continues the previous one
    bare = not any(first(rx) for rx in (_TRADE, _INVEST, _GRANT, _DEAL)) and bool(
        re.match(r"(?:\S+\s+){0,6}?(он|она|оно|они|этот показатель|бұл көрсеткіш)\b", clause_text, re.I)
        or clause_text[:1].islower())
    trade = first(_TRADE) or (bare and bool(_TRADE.search(previous)))
    invest = first(_INVEST) or (bare and not trade and bool(_INVEST.search(previous)))
    if any(q.per is not None for q in group):
        return "indicator", None     # a rate or a price per unit: neither a sum traded nor one invested
    if "count" in kinds:
        counted = next(q.counted for q in group if q.kind == "count")
        if counted == "agreement" and _SIGNED.search(clause_text):
            return "agreement", None
        return "count", None
    indicator = None
    if trade and ("money" in kinds or "percent" in kinds):
        t = clause_text + " " + sentence + " " + previous
        if _TURNOVER.search(t):
            indicator = "trade_turnover"
        elif re.search(r"экспорт", clause_text, re.I):
            indicator = "exports"
        elif re.search(r"импорт", clause_text, re.I):
            indicator = "imports"
        return "trade", indicator
    if "money" in kinds or "percent" in kinds:
        if first(_GRANT) and "money" in kinds:
            return "grant", None
        if invest:
            t = clause_text if _FDI.search(clause_text) else sentence
            if _FDI.search(t) and not _FIXED_CAPITAL.search(clause_text):   # investment in fixed capital is no FDI
                indicator = "fdi_stock" if _STOCK.search(t) else "fdi_inflow"
            return "investment", indicator
        if first(_DEAL) and "money" in kinds:
            return "investment", None
    return "indicator", None


def candidates(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    text = ctx.text
    for si, sent in enumerate(ctx.sents):
        qs = quantities.find(text, sent, ctx.lang)
        for group in _groups(text, qs):
            c = _candidate(ctx, si, group)
            if c is not None and c.readable(text, ctx.lang):
                out.append(c)
    return _dedupe(out)


# a deal named by its value: «контракты на сумму …», «документы на $6 млн» (the document rules leave it to the figure)
QUALIFIERS = ("более", "свыше", "около", "почти", "порядка", "до")
_ABOUT = r"(?:(?:" + "|".join(QUALIFIERS) + r")\s+)?"
BY_VALUE = _ABOUT + r"(?:на\s+(?:общую\s+)?сумму|на|(?:общей\s+)?стоимостью)\s+" + _ABOUT
DEAL_BY_VALUE = re.compile(r"\b(?:договор|контракт|сделк|сделок|соглашени|документ)\w*\s+" + BY_VALUE + "$", re.I)


def _deal_title(text: str, start: int, figure_end: int, end: int) -> str:
    """The title of documents named by their value: the document word, what they are on when it follows the
    figure and who they are with: «Договоры на $6 млн подписала область с партнерами из Таджикистана во время
    визита» → «Договоры с партнерами из Таджикистана» (a note prints the value and the date beside it)."""
    word = re.match(r"\w+", text[start:]).group()
    about = re.match(r"\s*((?:о|об)\s+[^,.;:()]{3,100})", text[figure_end:end])
    rest = text[figure_end + (about.end() if about else 0):end]
    partners = re.search(r"\b(?:с|со|между)\s+[^,.;:()«»\"]{3,80}", rest)
    title = word[:1].upper() + word[1:]
    if about:
        title += " " + about[1].strip()
    if partners:
        title += " " + re.split(r"\s+(?:во время|в ходе|в рамках|на полях|при|по итогам|на сумму|в|на)\s+",
                                partners[0], maxsplit=1)[0].strip()
    return title


# «Эти два меморандума подчеркивают …»: documents the text has counted already
_ANAPHORIC_COUNT = re.compile(r"\b(?:эти|этих|этими|данные|данных|указанные|указанных|оба|обе|обоих)\s+$", re.I)


def _candidate(ctx: Context, si: int, group: list[Quantity]) -> Candidate | None:
    text, sent = ctx.text, ctx.sents[si]
    if any(q.kind == "count" and _ANAPHORIC_COUNT.search(text[max(sent.start, q.start - 20):q.start]) for q in group):
        return None
    gs, ge = min(q.start for q in group), max(q.end for q in group)
    span = evidence(text, sent, gs, ge)
    if span.end - span.start < 8:
        return None
    narrow = clause(text, sent, gs, ge, narrow=True)
    clause_text = span.text
    previous = ctx.sents[si - 1].text if si else ""
    kind, indicator = _classify(clause_text, sent.text, previous, group)
    # what is said of the figure itself: the words between the commas around it («подписаны 20 документов …,
    # стороны работают над восемью новыми» tells two things)
    comma = text.find(",", ge, narrow.end)
    own = text[max(text.rfind(",", narrow.start, gs) + 1, narrow.start):comma if comma != -1 else narrow.end]
    relative = re.match(r"[^,.;]{0,30},\s*котор[^,.;]*", text[ge:sent.end])
    if relative:
        own += relative.group()     # «18 соглашений, которые находятся в стадии доработки»: said of the figure
    # «Договоры на $6 млн подписала область …»: contracts signed, named by their value
    by_value = DEAL_BY_VALUE.search(text, max(sent.start, gs - 60), gs) \
        if kind in ("investment", "indicator") and any(q.kind == "money" for q in group) \
        and _SIGNED_OR_REACHED.search(own) and not PENDING.search(own) and not SIGNED_BEFORE.search(own) else None
    if by_value is not None:
        kind = "agreement"
    if kind in ("agreement", "count") and PENDING.search(own):
        kind = "plan"       # documents still to be signed («работают над подписанием 8 соглашений»): planned
    c = Candidate(kind=kind, start=span.start, end=span.end, rule="figure", confidence=0.6,
                  anchor=(gs, ge), indicator=indicator)
    cut = []
    for q in group:
        if q.kind in ("money", "unit"):
            c.value = {"amount": q.amount, **({"currency": q.currency} if q.currency else {"unit": q.unit}),
                       **({"qualifier": q.qualifier} if q.qualifier else {})}
            if q.per is not None:
                per_amount, per_currency, per_unit = q.per
                c.value["per"] = {**({"amount": per_amount} if per_amount != 1 else {}),
                                  **({"currency": per_currency} if per_currency else {"unit": per_unit})}
            cut.append((q.start, q.end))
        elif q.kind == "percent":
            c.percent = q.signed_percent
            cut.append((q.start, q.end))
        elif q.kind == "count":
            c.count = int(q.amount)
            c.counted = q.counted
            if q.qualifier:
                c.count_qualifier = q.qualifier
            # a note prints a known counted noun with its figure («13 соглашений»): it leaves the title with it;
            # another noun («4 завода») stays in the title, only its figure goes
            named = q.counted is not None and q.counted != "item"
            cut.append((q.start, q.end if named else q.num_end))
    if c.count is not None:
        c.status = status_of(own)
    # («приближаются к цели в $5 млрд», «цель в 5 млрд»: said of the figure itself, between its commas)
    goal = bool(_GOAL.search(narrow.text) or _TARGET.search(own)) and kind != "count"
    if goal:
        c.kind, c.status = "plan", "planned"      # a target, not a figure reached
    c.date = ctx.date_near(si, gs, ge, narrow.start, narrow.end)
    title = None
    if indicator in TITLES:
        title = TITLES[indicator][ctx.lang]
        change = next((q.change for q in group if q.kind == "percent" and q.change), None)
        if change and c.value is None:
            title = _CHANGE_TITLES[change][ctx.lang] + title[0].lower() + title[1:]
        if goal:
            title = {"ru": "Цель: ", "kk": "Мақсат: ", "en": "Target: "}[ctx.lang] + title[0].lower() + title[1:]
    if not title and by_value is not None and kind == "agreement":
        title = _deal_title(text, by_value.start(), ge, narrow.end)
    if not title:
        title = make_title(clause_text, ctx.lang, cut + ctx.date_spans(si), span.start)
    if len(title) < 3:
        title = make_title(sent.text, ctx.lang, cut + ctx.date_spans(si), sent.start)
    if len(title) < 3:
        return None
    c.title = {ctx.lang: title}
    c.parties = ctx.parties_of(sent.text)
    # confidence: what a reader would trust without checking
    conf = 0.55
    if c.value is not None and "currency" in c.value:
        conf += 0.15
    if indicator:
        conf += 0.15
    if kind in ("trade", "investment", "grant"):
        conf += 0.05
    if c.count is not None and c.counted not in ("item", None):
        conf += 0.15
    if c.percent is not None and any(q.change for q in group):
        conf += 0.1
    if any(q.in_words for q in group):
        conf -= 0.05
    c.confidence = round(min(conf, 0.95), 2)
    return c


def _key(c: Candidate):
    v = c.value or {}
    per = v.get("per") or {}
    return (c.kind, v.get("amount"), v.get("currency"), v.get("unit"), v.get("qualifier"), c.count, c.counted,
            c.percent, per.get("amount"), per.get("currency"), per.get("unit"))


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per figure and source: a headline repeats what the text says with more context."""
    best: dict = {}
    for c in cands:
        k = _key(c)
        old = best.get(k)
        if old is None or (c.confidence, c.end - c.start) > (old.confidence, old.end - old.start):
            best[k] = c
    keep = {id(c) for c in best.values()}
    return [c for c in cands if id(c) in keep]
