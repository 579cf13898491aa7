"""Figures in a sentence: money, quantities with a unit, percentages and counts, each with its qualifier.

A figure is a run of digits or numeral words with its scale («52,5 млн.», «двум миллиардам», «бір жарым
миллиард»); `briefing.textnum` reads its value, so what is proposed is exactly what `check` will find in
the quote.  What follows the figure says what it measures (a currency, a unit, «%», a counted noun); what
precedes it (or, in Kazakh, follows the currency) says how exact it is («более», «порядка», «астам»).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..textnum import NUMERAL_SUFFIXES, numbers_in, scale_value
from ..vocab import CURRENCIES
from . import money_words
from .dates import _kk_month, _ru_month
from .nlp import parse
from .page_dates import MONTH_ABBR
from .text import Span, Tok, tokens

_SCALE = re.compile(r"^(тыс|млн|млрд|трлн|тысяч\w*|миллион\w*|миллиард\w*|триллион\w*|мың\w*|mln|bn|million|billion)$")
_ABBR = {"тыс", "млн", "млрд", "трлн", "долл", "руб", "чел", "г"}
_ONE = re.compile(r"^(один|одна|одно|одни|одного|одной|одному|одним|одном|одну|одною|одними|одних|бір\w*)$")
_HALF = {"жарым", "половиной"}

_UNITS = [
    (re.compile(r"^(тонн\w*|т)$"), "t"),
    (re.compile(r"^(кубометр\w*|куб\w*|текше)$"), "m3"),
    (re.compile(r"^(баррел\w*)$"), "barrel"),
    (re.compile(r"^(квт·ч|квт\*ч|киловатт-час\w*|квтч)$"), "kWh"),
    (re.compile(r"^(кг|килограмм\w*)$"), "kg"),
    (re.compile(r"^(км|километр\w*|шақырым\w*)$"), "km"),
    (re.compile(r"^(мвт|мегаватт\w*)$"), "MW"),
    (re.compile(r"^(дней|дня|день|суток|сутки|күн\w*)$"), "day"),
    (re.compile(r"^(человек|чел|адам\w*)$"), "person"),
]
_PER_YEAR = re.compile(r"^\s*(?:в\s+год|ежегодно|в\s+гг|жылына|жыл\s+сайын)\b", re.I)
_PERCENT = re.compile(r"^(%|процент\w*|пайыз\w*)$")

_QUAL_BEFORE = {
    "более": "over", "свыше": "over", "больше": "over", "превысил": "over", "превысила": "over", "превысило": "over",
    "превысили": "over", "превышает": "over", "превышают": "over",
    "около": "about", "порядка": "around", "примерно": "about", "приблизительно": "about", "ориентировочно": "about",
    "шамамен": "about", "шамасы": "about",
    "почти": "nearly", "практически": "nearly",
    "менее": "under", "меньше": "under",
    "до": "up_to",
}
_QUAL_AFTER_KK = {"астам": "over", "артық": "over", "асады": "over", "асты": "over", "жуық": "nearly", "таяу": "nearly",
                  "шамасында": "about", "шамасы": "about", "дейін": "up_to", "кем": "under"}
_CHANGE_DOWN = re.compile(r"^(сократил\w*|снизил\w*|уменьшил\w*|упал\w*|упа\w*|опустил\w*|падени\w*|снижени\w*"
                          r"|сокращени\w*|уменьшени\w*|спад\w*|төмендед\w*|төмендеу\w*|азайд\w*|қысқард\w*)$")
_CHANGE_UP = re.compile(r"^(вырос\w*|выросл\w*|увеличил\w*|возрос\w*|рост\w*|прирост\w*|увеличени\w*|повысил\w*"
                        r"|повышени\w*|өсті|өсім\w*|өсу\w*|артты|ұлғайд\w*)$")
_NEARLY_VERB = re.compile(r"^приблизил\w*$")

COUNTED = {
    "project": ("проект", "жоба", "жобас", "жобалар"),
    "company": ("компания", "фирма", "предприятие", "организация", "корпорация", "банк", "кәсіпорын", "компаниял"),
    "agreement": ("соглашение", "договор", "меморандум", "контракт", "договоренность", "келісім", "шарт",
                  "келісімшарт"),
    "document": ("документ", "құжат"),
}
_NOT_COUNTED = {"год", "лето", "месяц", "день", "неделя", "час", "минута", "секунда", "век", "раз", "процент",
                "пункт", "место", "часть", "доля", "тур", "этап", "раунд", "номер", "тысяча", "миллион", "миллиард",
                "г", "тонна", "метр", "километр", "градус", "балл", "очко", "голос", "четверть", "треть",
                "половина", "сутки", "доллар", "рубль", "евро", "тенге", "кубометр", "куб", "баррель", "литр",
                "гектар", "киловатт", "гигаватт", "мегаватт", "квадратный", "тонно-километр", "пассажиро-километр",
                "градус", "карат", "унция", "пуд", "центнер", "килограмм", "грамм", "кг", "км", "см", "мм"}
_KINDS_OF = {"вид", "тип", "сорт", "наименование", "вида"}     # «32 видов сырья»: counted as kinds («item»)
_KK_COUNTABLE = ("жоба", "компания", "кәсіпорын", "келісім", "құжат", "меморандум", "шарт", "ел", "мемлекет",
                 "ұйым", "кен орн", "зауыт", "түр")
_ORDINAL_SUFFIX = re.compile(r"-(й|го|му|м|ом|ая|ое|ые|ых?|ый|ий|ой|я|е)$")


@dataclass(frozen=True)
class Quantity:
    start: int                 # the expression, qualifier and measure word included
    end: int
    num_start: int             # the figure alone
    num_end: int
    amount: Decimal
    kind: str                  # money | unit | percent | count
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    counted: str | None = None   # project | company | agreement | document | item
    noun: str | None = None      # the counted noun as written
    change: int | None = None    # -1 a fall, +1 a rise (percentages)
    in_words: bool = False
    per: tuple | None = None     # (amount, currency, unit): a rate or a price per unit («за 1 евро», «за тонну»)

    @property
    def signed_percent(self) -> Decimal:
        return -self.amount if self.change == -1 else self.amount


def _is_scale(low: str) -> bool:
    # «млрд-қа», «млн-нан»: a Kazakh case ending hyphened to the scale word
    return bool(_SCALE.match(low.split("-")[0]))


# «ондаған миллиард теңге», «сотни миллионов»: tens or hundreds of the scale, no figure to take
_VAGUE_COUNT = re.compile(r"(?:ондаған|жүздеген|мыңдаған|бірнеше|десятк\w*|сотн\w*|несколько|многи\w*|тысяч\w*)$")


def _numeral_word(tok: Tok, lang: str) -> bool:
    low = tok.low
    if not tok.is_word or len(low) < 2:
        return False
    if low in _HALF:
        return True
    return bool(numbers_in(low, lang)) and not _is_scale(low)


def _is_year(toks: list[Tok], i: int) -> bool:
    t = toks[i]
    if not re.fullmatch(r"(19|20)\d\d", t.text):
        return False
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if re.match(r"^(год\w*|г|гг|жыл\w*)$", nxt):
        return True
    if i + 2 < len(toks) and toks[i + 1].text in "-–—−" and re.fullmatch(r"(19|20)\d\d", toks[i + 2].text):
        return True
    prev = toks[i - 1].low if i else ""
    if prev in "-–—−" and i >= 2 and re.fullmatch(r"(19|20)\d\d", toks[i - 2].text):
        return True
    if prev and (_ru_month(prev) or _kk_month(prev)):
        return True
    return False


def _in_name(text: str, pos: int) -> bool:
    """Inside a short «…»: the name of a film, a campaign or a ship, not a figure («40 дней без Егора»)."""
    left = text.rfind("«", max(0, pos - 60), pos)
    if left == -1 or text.rfind("»", left, pos) != -1:
        return False
    right = text.find("»", pos, pos + 60)
    if right == -1 or right - left >= 70:
        return False
    # (but a quoted clause with its verb is someone's words, not a name: «товарооборот в прошлом году достиг
    # $3,5 млрд»)
    words = re.findall(r"[а-яё]+", text[left + 1:right].lower())
    return not (len(words) >= 3 and any(parse(w).tag.POS == "VERB" for w in words))


def _skip_figure(toks: list[Tok], i: int, text: str) -> bool:
    t = toks[i]
    if _is_year(toks, i):
        return True
    if _in_name(text, t.start):
        return True
    if t.start > 1 and text[t.start - 1] in "-‐/№#" and (text[t.start - 2].isalpha() or (
            text[t.start - 2].isdigit() and text[t.start - 1] != "-")):
        return True     # «ЭКСПО-2017», «ТМА-11»
    if t.start > 0 and text[t.start - 1].isalpha() and not (i and toks[i - 1].text in CURRENCIES
                                                            and toks[i - 1].text.isupper()):
        return True     # «G20», «COVID19» — but «EUR100 млн» is a sum
    if _ORDINAL_SUFFIX.search(t.low):
        return True
    if t.end < len(text) and text[t.end:t.end + 1] in ":" and text[t.end + 1:t.end + 2].isdigit() or \
            t.start > 1 and text[t.start - 1] == ":" and text[t.start - 2].isdigit():
        return True     # a clock time, its hours or its minutes («14:49 Договор …»)
    if t.end < len(text) and text[t.end:t.end + 1] == "." and text[t.end + 1:t.end + 2].isdigit() or \
            re.search(r"\d\.\d{1,2}\.$", text[max(0, t.start - 6):t.start]):
        return True     # part of 05.06.2025 (its year too, whatever the tokens)
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt and (_ru_month(nxt) or _kk_month(nxt) or nxt in MONTH_ABBR) and re.fullmatch(r"\d{1,2}", t.text):
        return True     # «6 ноября», «07 мар 2018, 13:33»
    return False


def _value(text: str, lang: str) -> Decimal | None:
    vals = numbers_in(text, lang)
    return max(vals) if vals else None


def find(text: str, sent: Span, lang: str) -> list[Quantity]:
    """Every figure of one sentence, with what it measures."""
    toks = tokens(text, sent.start, sent.end)
    out: list[Quantity] = []
    low_bound = None
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.is_digit:
            if _skip_figure(toks, i, text):
                i += 1
                continue
            if i >= 2 and (sc := _scale_before(toks, i)) is not None and toks[sc - 1].is_digit:
                i += 1      # «3 млрд 100 мың доллар»: the tail of a compound figure, not a sum of its own
                continue
            if i + 2 < n and toks[i + 1].text in "-–—−" and toks[i + 2].is_digit and not _is_year(toks, i + 2):
                low_bound = i       # «3-4 млрд долларов»: the range's upper end carries its scale and measure
                i += 2
                continue
            in_words = False
        elif _numeral_word(t, lang) and t.low not in _HALF \
                and not (lang == "kk" and i + 1 < n and toks[i + 1].low.startswith("жақ")) \
                and not t.low.startswith(("multi-", "мульти")):
            # («a multi-million $ payment», «мульти-миллионный»: many millions, no figure)
            in_words = True     # (Kazakh «екі жақты», «үш жақты»: bilateral, trilateral — no count)
        elif re.match(r"(?:миллион|миллиард|триллион)\w*$", t.low) and not (i and (toks[i - 1].is_digit or _numeral_word(
                toks[i - 1], lang) or _VAGUE_COUNT.match(toks[i - 1].low))) and i + 1 < n and (_is_currency(toks, i + 1)
                                                        or _currency_words(text, toks, i + 1, lang)):
            in_words = True     # «оценивается в миллиард долларов»: one of the scale, the figure unwritten
        else:
            i += 1
            continue
        j = i + 1
        suffixed = not in_words and j + 1 < n and toks[j].text == "-" and toks[j].start == t.end and \
            toks[j + 1].start == toks[j].end and toks[j + 1].low in NUMERAL_SUFFIXES
        if suffixed:
            j += 2      # «более 73-х млн долларов»: a figure with its case ending written on
        while j < n:
            low = toks[j].low
            if _is_scale(low) or (in_words and _numeral_word(toks[j], lang)) or low in _HALF:
                j += 1
                if low in _ABBR and j < n and toks[j].text == "." and toks[j].start == toks[j - 1].end:
                    j += 1
                continue
            if low == "с" and j + 1 < n and toks[j + 1].low == "половиной":
                j += 2
                continue
            if not in_words and toks[j].is_digit and j + 1 < n and _is_scale(toks[j + 1].low) \
                    and (sc := _scale_before(toks, j)) is not None \
                    and 0 < scale_value(toks[j + 1].low) < scale_value(toks[sc].low):
                j += 1      # «1 млрд 87 млн»: the figure goes on in a smaller scale
                continue
            if not in_words and toks[j].is_digit and _is_scale(toks[j - 1].low) and j - 1 > i \
                    and not (j + 1 < n and _is_scale(toks[j + 1].low)) and "." not in toks[j].text \
                    and "," not in toks[j].text and 0 < int(re.sub(r"\D", "", toks[j].text) or 0) < scale_value(toks[j - 1].low):
                j += 1      # «111 тысяч 726 долларов»: a bare figure below the scale ends the sum
            break
        num_start, num_end = t.start, toks[j - 1].end
        figure = text[num_start:num_end]
        if suffixed:    # read without its ending: «73-х млн» is 73 млн
            figure = text[num_start:t.end] + text[toks[i + 2].end:num_end]
        value = _value(figure, lang)
        if value is None or value <= 0:
            i = j
            continue
        has_scale = any(_is_scale(toks[k].low) for k in range(i, j))
        if in_words and _ONE.match(t.low) and not has_scale and j - i == 1:
            # «один из…», «бірі»: not a figure unless a scale or a measure follows
            if not (j < n and (_measure(toks, j) or _PERCENT.match(toks[j].low))):
                i = j
                continue
        q = _measure_after(text, toks, i, j, num_start, num_end, value, lang, in_words)
        if q is None and has_scale:
            q = _elided_currency(toks, out, num_start, num_end, value, in_words)
        if q is None and has_scale and i == _first_figure(toks) and not in_words:
            code = _listed_currency(text, sent.start, lang)
            if code is not None:
                q = Quantity(num_start, num_end, num_start, num_end, value, "money", currency=code)
        if q is not None:
            if low_bound is not None and low_bound == i - 2:
                # a range says "up to" its upper end, unless a word before it says otherwise («около 3-4 млрд»)
                q = _qualify(text, toks, low_bound, q, lang)
                q = replace(q, start=min(q.start, toks[low_bound].start), qualifier=q.qualifier or "up_to")
            else:
                q = _qualify(text, toks, i, q, lang)
            q = _with_per(text, q, lang)
            out.append(q)
            while j < n and toks[j].start < q.end:
                j += 1      # what the figure is per is part of it: «за 1 евро» is no second sum
        i = j
    out = _orphans(text, toks, out, lang)
    out = _partitive_money(text, out)
    out = _equated_rate(text, out)
    # a Kazakh price's «1 тоннасы үшін» was read as a figure before its sum: it is part of the price
    priced = [q for q in out if q.per is not None]
    out = [q for q in out if not any(p is not q and p.start <= q.start and q.end <= p.end for p in priced)]
    return _natasha_money(text, sent, lang, out)


def _first_figure(toks: list[Tok]) -> int | None:
    """The index of the figure a sentence opens with (after an opening quote or a list mark), or None."""
    k = 0
    while k < len(toks) and (toks[k].text in "«\"“-–—•*" or toks[k].low in _OPENING_QUALIFIERS):
        k += 1
    return k if k < len(toks) and toks[k].is_digit else None


# a word a listed sum may open with: «Около 5,4 млрд датских крон …. Еще 1,2 млрд пойдут на …»
_QUALIFIER_WORDS = ("около", "более", "почти", "свыше", "порядка", "примерно", "ещё", "еще", "также")
_OPENING_QUALIFIERS = {*_QUALIFIER_WORDS, "и"}


# a sentence opening with a sum in a scale and a currency word: «5 миллионов евро в фонд …», «$2 млн на …»
_OPENS_WITH_SCALE = re.compile(r"[«\"“\-–—•*\s]*(?:(?i:" + "|".join(_QUALIFIER_WORDS) + r")\s+)?"
                               r"(?P<sign>[$€£])?\d[\d\s.,]*\s*(?:тыс|млн|млрд|трлн|миллион\w*|миллиард\w*)\.?"
                               r"(?:\s+(?P<words>[^\W\d_]+\.?(?:\s+[^\W\d_]+)?))?")


def _listed_currency(text: str, start: int, lang: str) -> str | None:
    """The currency of a list of sums told one a sentence, each opening its sentence, the currency named in the
    first only: «5 миллионов евро в фонд …. 4 миллиона на восстановление …. 2 миллиона для …»."""
    head = text[max(0, start - 600):start]
    sents = re.split(r"(?<=[.!?])\s+", head.rstrip())
    for prev in reversed(sents[-4:]):
        m = _OPENS_WITH_SCALE.match(prev)
        if not m:
            return None
        if m["sign"]:
            return money_words.SIGNS[m["sign"]]
        if m["words"]:
            read = money_words.read(m["words"].replace(".", "").split(), text, lang)
            if read is not None:
                return read[1]
    return None


# what may stand between a sum and a bare figure of millions that shares its currency: «от 1 млн евро до 2 млн»,
# «900 млн долларов, в 2024 году — 1,2 млрд»; a noun of another measure («население — 1,2 млн») breaks it
_LIGHT_NOUN = re.compile(r"^(?:год|месяц|квартал|полугодие|период|итог|начало|конец|середина|январь|февраль|март|апрель|"
                         r"май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
                         # the parts of a sum of money: «180 млн долларов; на импорт пришлось 135,9 млн»
                         r"импорт|экспорт|ввоз|вывоз|поставка|доля|часть|остаток)$")


def _elided_currency(toks: list[Tok], found: list[Quantity], num_start: int, num_end: int, value: Decimal,
                     in_words: bool) -> Quantity | None:
    """A figure of millions with no measure word, after a sum in the same sentence and tied to it by nothing
    but dates, prepositions and verbs: the currency is told once for both."""
    before = [q for q in found if q.kind == "money" and q.currency and not q.per and q.end <= num_start]
    if not before:
        return None
    src = before[-1]
    prev = [t for t in toks if t.end <= num_start and t.is_word]
    if prev and re.fullmatch(r"қалған\w*|остальн\w*|оставш\w*", prev[-1].low):
        # «5 миллион доллар …, ал қалған 20 миллионы …», «остальные 20 млн»: the rest of that sum
        return Quantity(num_start, num_end, num_start, num_end, value, "money", currency=src.currency,
                        in_words=in_words)
    from .nlp import parse
    # «(в т.ч. экспорт – 1,87 млрд, …)», «т. е.», «в том числе»: words that give the parts of the sum
    of_which = {k for i in range(len(toks) - 3) if toks[i].low == "т" and toks[i + 1].text == "."
                and toks[i + 2].low in ("ч", "е") and toks[i + 3].text == "." for k in range(i, i + 4)}
    of_which |= {i for i in range(1, len(toks)) if toks[i].low == "числе" and toks[i - 1].low == "том"}
    for idx, t in enumerate(toks):
        if t.start < src.end or t.end > num_start or idx in of_which:
            continue
        if t.text == "." and t.start == src.end and idx + 1 < len(toks) and toks[idx + 1].text[:1].islower():
            continue    # the point of an abbreviated currency, the sentence going on: «2 млрд дол. и еще 1 млрд»
        if t.text in ".!?)«»\"":
            return None     # (but an opening bracket gives the parts of the sum before it: «622 млн долларов
                            # (экспорт – 492 млн, …»)
        if not t.is_word:
            continue
        p = parse(t.low)
        if p.tag.POS == "NOUN" and not _LIGHT_NOUN.match(p.normal_form):
            return None
    return Quantity(num_start, num_end, num_start, num_end, value, "money", currency=src.currency, in_words=in_words)


def _measure(toks: list[Tok], j: int) -> tuple[str, str] | None:
    low = toks[j].low
    if toks[j].text in CURRENCIES:
        return ("currency", toks[j].text)
    if toks[j].text in money_words.SIGNS:
        return ("currency", money_words.SIGNS[toks[j].text])
    for rx, unit in _UNITS:
        if rx.match(low):
            return ("unit", unit)
    return None


def _scale_before(toks: list[Tok], j: int) -> int | None:
    """The index of the scale word just before token j, its abbreviation's dot passed over («2 млрд. 842 млн»)."""
    k = j - 1
    if k >= 1 and toks[k].text == "." and toks[k - 1].low in _ABBR and toks[k].start == toks[k - 1].end:
        k -= 1
    return k if k >= 0 and _is_scale(toks[k].low) else None


def _is_currency(toks: list[Tok], j: int) -> bool:
    """Whether token j is a currency's code or sign."""
    measure = _measure(toks, j)
    return measure is not None and measure[0] == "currency"


def _currency_words(text: str, toks: list[Tok], k: int, lang: str) -> tuple[int, str] | None:
    """(end, code) of a currency named in words from token k: «чешских крон», «долл. США», «АҚШ доллары»."""
    words, index = [], []
    m = k
    while m < len(toks) and len(words) < 4:
        t = toks[m]
        if t.text == "." and words and t.start == toks[m - 1].end:
            m += 1      # «долл.», «руб.»
            continue
        if not t.is_word:
            break
        words.append(t.text)
        index.append(m)
        m += 1
    if not words:
        return None
    read = money_words.read(words, text, lang)
    if read is None:
        return None
    used, code = read
    last = index[used - 1]
    end = toks[last].end
    if last + 1 < len(toks) and toks[last + 1].text == "." and toks[last + 1].start == end \
            and toks[last].low in _ABBR | {"долл", "руб", "тг"}:
        end = toks[last + 1].end
    return end, code


_PER_RU = re.compile(r"\s*(?:за|в\s+расчете\s+на|на)\s+(?:(\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*(тыс\.?|тысяч\w*)?\s*"
                     r"|(тысячу|одну|один|1)\s+)?([^\W\d_][\w·*-]*)(?:\.?\s+([^\W\d_]+))?", re.I)
_PER_KK = re.compile(r"(?:(\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*(мың)?\s*)?([^\W\d_]+)(?:\s+([^\W\d_]+))?\s+(?:үшін|құны)\s*$",
                     re.I)


def _per_unit(word: str, nxt: str, lang: str, text: str) -> tuple[str | None, str | None, int]:
    """(currency, unit, words read) of what a price is per: «тонну», «куб. м», «евро», «доллар США»."""
    low = word.lower().rstrip(".")
    if low == "куб" and nxt.lower().startswith("м"):
        return None, "m3", 2
    if re.match(r"^кубическ", low) and nxt.lower().startswith("метр"):
        return None, "m3", 2
    for rx, unit in _UNITS:
        if unit not in ("day", "person", "km", "MW") and rx.match(low):
            return None, unit, 1
    read = money_words.read([word, nxt] if nxt else [word], text, lang)
    if read is not None:
        return read[1], None, read[0]
    return None, None, 0


def _with_per(text: str, q: Quantity, lang: str) -> Quantity:
    """A money figure followed by what it is per («27 крон за 1 евро», «250 долларов за тысячу кубометров»)
    or, in Kazakh, preceded by it («1 тоннасы үшін 300 доллар»): a rate or a price, kept as such."""
    if q.kind != "money":
        return q
    if lang == "kk":
        window_start = max(0, q.start - 60)
        m = _PER_KK.search(text[window_start:q.start])
        if m:
            cur, unit, _ = _per_unit(m[3], m[4] or "", lang, text)
            if cur or unit:
                return replace(q, per=(_per_amount(m[1], m[2], lang), cur, unit), start=window_start + m.start())
        return q
    rng = _RANGE_END.match(text, q.end)       # «$225-295 за тысячу»: the range's upper end comes first
    m = _PER_RU.match(text, rng.end() if rng else q.end)
    if not m:
        return _rate_of(text, q)
    cur, unit, used = _per_unit(m[4], m[5] or "", lang, text)
    if not (cur or unit) or (cur == q.currency and unit is None):
        return q
    if m[1] is None and m[3] is None and cur and not re.match(r"\s*за\b", text[q.end:q.end + 4], re.I):
        return q        # «на доллар» without a figure reads as something else
    amount = _per_amount(m[1] or m[3], m[2], lang)
    end = m.end(4) if used == 1 else m.end(5)
    if text[end:end + 1] == "." and m[4].lower().rstrip(".") in ("куб", "долл", "руб"):
        end += 1
    return replace(q, per=(amount, cur, unit), end=end)


_RANGE_END = re.compile(r"\s*[-–—−]\s*\d+(?:[.,]\d+)?")
_RATE = re.compile(r"\bкурс\w*\s+([^\W\d_]+)\.?(?:\s+([^\W\d_]+))?", re.I)


def _rate_of(text: str, q: Quantity) -> Quantity:
    """«Курс доллара США … на отметке в 43 рубля»: a sum in one currency given as the rate of another is
    that many per one of it."""
    window_start = max(0, q.start - 120)
    window = text[window_start:q.start]
    window_start += max(window.rfind(". "), window.rfind("\n")) + 1
    m = None
    for m in _RATE.finditer(text, window_start, q.start):
        pass
    if m is None:
        return q
    read = money_words.russian([w for w in (m[1], m[2]) if w], text)
    if read is None or read[1] == q.currency:
        return q
    return replace(q, per=(Decimal(1), read[1], None), start=m.start())


def _per_amount(figure: str | None, scale: str | None, lang: str) -> Decimal:
    if not figure or figure.lower() in ("одну", "один", "1"):
        base = Decimal(1)
    elif figure.lower() == "тысячу":
        return Decimal(1000)
    else:
        base = _value(figure.replace("\u00a0", " ").strip(), lang) or Decimal(1)
    if scale:
        base *= 1000
    return base


def _measure_after(text, toks, i, j, num_start, num_end, value, lang, in_words) -> Quantity | None:
    n = len(toks)
    end = num_end
    # «$1,2 млрд», «€5 млн»: a sign before the figure
    sign = i - 1
    if i >= 3 and toks[i - 1].text in "-–—−" and toks[i - 2].is_digit:
        sign = i - 3        # «$225-295»: the sign stands before the range
    if sign >= 0 and toks[sign].text in money_words.SIGNS:
        code = money_words.SIGNS[toks[sign].text]
        # «€270 млн евро»: the currency written twice is one amount, its word part of it
        named = _currency_words(text, toks, j, lang) if j < n else None
        if named is not None and named[1] == code:
            end = named[0]
        return Quantity(toks[sign].start, end, num_start, num_end, value, "money", currency=code,
                        in_words=in_words)
    if sign >= 0 and toks[sign].text in CURRENCIES and toks[sign].text.isupper() and \
            toks[sign].end + 1 >= toks[sign + 1].start and not (j < n and _measure(toks, j)) and \
            not re.match(r"\.[^\W\d_]", text[num_end:num_end + 2]) and \
            (value >= 1000 or toks[sign].end < toks[i].start):
        # («TOP24.NEWS»: a site's name; «COP29», «CMS COP14»: a conference, its number glued to its name, no sum)
        # «EUR100 млн», «USD 5 млн»: the ISO code before the figure, as bankers write it
        return Quantity(toks[sign].start, num_end, num_start, num_end, value, "money", currency=toks[sign].text,
                        in_words=in_words)
    if j < n and _PERCENT.match(toks[j].low):
        q = Quantity(num_start, toks[j].end, num_start, num_end, value, "percent", in_words=in_words)
        return replace(q, change=_change(toks, i) or _change_after(toks, j + 1))
    k = j
    named = _currency_words(text, toks, k, lang)
    if named is not None:
        end, code = named
        return Quantity(num_start, end, num_start, num_end, value, "money", currency=code, in_words=in_words)
    if k < n:
        m = _measure(toks, k)
        if m is not None:
            end = toks[k].end
            if toks[k].low in _ABBR and k + 1 < n and toks[k + 1].text == "." and toks[k + 1].start == end:
                end = toks[k + 1].end
            if m[0] == "currency":
                return Quantity(num_start, end, num_start, num_end, value, "money", currency=m[1], in_words=in_words)
            unit = m[1]
            per_year = _PER_YEAR.match(text[end:end + 20]) if unit == "t" else None
            if per_year:
                unit = "t/year"
                end += per_year.end()
            if unit == "t" and toks[k].low == "т" and not re.match(r"\s*[.,;)]?\s", text[end:end + 3] + " "):
                return None
            return Quantity(num_start, end, num_start, num_end, value, "unit", unit=unit, in_words=in_words)
    # a count: the noun after the figure, past its adjectives
    if value != value.to_integral_value():
        return None
    if j < n and toks[j].low in ("из", "ішінде", "ішінен"):
        return None
    if j < n and re.match(r"^(летн|лет\b|месячн|дневн|часов|кратн|процентн|этажн|местн)", toks[j].low):
        return None     # «10-летний», «5-кратный»: part of an adjective
    if i > 0 and re.match(r"^(стать\w*|пункт\w*|номер\w*|глав[аеыу]|част[ьи]|№)$", toks[i - 1].low):
        return None     # «статьи 283»: a reference, not a count
    if lang == "kk":
        for k in range(j, min(j + 3, n)):
            w = toks[k].low
            if not toks[k].is_word:
                break
            if w in ("түрлі", "әртүрлі", "әр"):
                continue    # «15 түрлі құжат»: "various", not kinds
            for stem in _KK_COUNTABLE:
                if w.startswith(stem):
                    counted = next((c for c, stems in COUNTED.items() if any(w.startswith(s) for s in stems)),
                                   "item" if w.startswith("түр") else None)
                    if value <= 2 and in_words and counted in ("item", None):
                        return None
                    return Quantity(num_start, toks[k].end, num_start, num_end, value, "count", counted=counted,
                                    noun=w, in_words=in_words)
        return None
    from .nlp import parse
    for k in range(j, min(j + 4, n)):
        w = toks[k]
        if not w.is_word:
            return None
        p = parse(w.low)
        pos = p.tag.POS
        if pos in ("ADJF", "PRTF") or (pos == "NUMR" and k > j):
            continue
        if pos != "NOUN" or "Name" in p.tag or "Surn" in p.tag:
            return None
        noun = p.normal_form
        if noun in _NOT_COUNTED:
            return None
        counted = next((c for c, stems in COUNTED.items() if noun in stems), "item" if noun in _KINDS_OF else None)
        if value <= 2 and in_words and counted in ("item", None):
            return None     # «двух стран», «две стороны»: not a figure anyone reports
        return Quantity(num_start, w.end, num_start, num_end, value, "count", counted=counted, noun=w.text,
                        in_words=in_words)
    return None


def _change(toks: list[Tok], i: int) -> int | None:
    for k in range(i - 1, max(-1, i - 9), -1):
        w = toks[k].low
        if toks[k].text in ".;!?":
            break
        if _CHANGE_DOWN.match(w):
            return -1
        if _CHANGE_UP.match(w):
            return 1
    return None


_MORE = re.compile(r"^(больше|выше|превыша\w*|өс\w*|арт\w*|ұлғай\w*|көп)$")
_LESS = re.compile(r"^(меньше|ниже|төменде\w*|азай\w*|қысқар\w*|аз|кем)$")


def _change_after(toks: list[Tok], k: int) -> int | None:
    """«на 15% больше», Kazakh «15%-ға өсті»: the direction written after the percentage."""
    for m in range(k, min(len(toks), k + 5)):
        w = toks[m].low
        if toks[m].text in ".;!?,":
            break
        if _MORE.match(w):
            return 1
        if _LESS.match(w):
            return -1
    return None


def _qualify(text: str, toks: list[Tok], i: int, q: Quantity, lang: str) -> Quantity:
    start = q.start
    qual = None
    k = i - 1
    if k >= 0 and toks[k].text == "$":
        k -= 1
    # «более чем», «не менее»
    if k >= 0 and toks[k].low == "чем":
        k -= 1
    if k >= 0:
        w = toks[k].low
        if w in _QUAL_BEFORE:
            qual = _QUAL_BEFORE[w]
            if w == "до" and (_is_change_target(toks, k) or (k >= 1 and re.match(
                    r"^(увеличить|увеличени\w*|сократить|снизить)$", toks[k - 1].low)) or _goal_before(toks, k)):
                qual = None
            elif w == "до" and k >= 1 and toks[k - 1].low == "вплоть":
                k -= 1
            if k >= 1 and toks[k - 1].low == "не" and w in ("менее", "более"):
                qual = "over" if w == "менее" else "up_to"
                k -= 1
            if qual:
                start = toks[k].start
        elif w == "к" and k >= 1 and _NEARLY_VERB.match(toks[k - 1].low):
            qual = "nearly"     # «приблизился к двум миллиардам»
    if lang == "kk" and qual is None:
        right = re.match(r"\s*([^\W\d_]+)", text[q.num_end:q.num_end + 20])
        if right and right[1].lower() in _QUAL_AFTER_KK and q.end > q.num_end + right.end():
            return replace(q, qualifier=_QUAL_AFTER_KK[right[1].lower()])
        after = re.match(r"\s*([^\W\d_]+)", text[q.end:q.end + 20])
        if after and after[1].lower() in _QUAL_AFTER_KK:
            qual = _QUAL_AFTER_KK[after[1].lower()]
            return replace(q, qualifier=qual, end=q.end + after.end())
    if qual is None:
        return q
    return replace(q, qualifier=qual, start=start)


def _goal_before(toks: list[Tok], k: int) -> bool:
    """«довести товарооборот до 10 млрд»: «до» gives a target."""
    return any(re.match(r"^(довести|доведени\w*|нарастить|наращивани\w*)$", toks[m].low) for m in range(max(0, k - 6), k))


def _is_change_target(toks: list[Tok], k: int) -> bool:
    """«сократился на 18,6% … до 635,2 млн»: «до» gives the new level, not a ceiling."""
    for m in range(k - 1, max(-1, k - 16), -1):
        w = toks[m].low
        if toks[m].text in ".;!?":
            return False
        if _CHANGE_DOWN.match(w) or _CHANGE_UP.match(w) or w == "с":
            return True
    return False


def _orphans(text: str, toks: list[Tok], found: list[Quantity], lang: str) -> list[Quantity]:
    """«из 32 видов сырья …, 22 добываются»: a bare figure after «из N <noun>» counts the same noun."""
    counts = [q for q in found if q.kind == "count"]
    if not counts:
        return found
    out = list(found)
    taken = {(q.num_start, q.num_end) for q in found}
    for idx, t in enumerate(toks):
        if not t.is_digit or (t.start, t.end) in taken or _skip_figure(toks, idx, text):
            continue
        before = [q for q in counts if q.end <= t.start and text[max(0, q.num_start - 4):q.num_start].strip().lower()
                  .endswith("из")]
        if not before:
            continue
        if idx + 1 < len(toks) and toks[idx + 1].is_word and lang == "ru":
            from .nlp import parse
            if parse(toks[idx + 1].low).tag.POS not in ("VERB", "PRTS", "INFN", "ADVB"):
                continue    # «по 25 минут»: a figure of something else
        value = _value(t.text, lang)
        if value is None or value != value.to_integral_value():
            continue
        src = before[-1]
        out.append(Quantity(t.start, t.end, t.start, t.end, value, "count", counted=src.counted, noun=src.noun))
    return sorted(out, key=lambda q: q.start)


def _equated_rate(text: str, found: list[Quantity]) -> list[Quantity]:
    """«/1 долл США - 6,11 юаня/», «$1 = 89 рублей»: one unit of a currency set equal to a sum in another is
    a rate, that sum per one of it, not two sums."""
    out: list[Quantity] = []
    for q in found:
        one = out[-1] if out else None
        if one is not None and q.kind == "money" and one.kind == "money" and one.amount == 1 and \
                one.currency and q.currency and one.currency != q.currency and not one.per and not q.per and \
                re.fullmatch(r"\s*[-–—=]\s*", text[one.end:q.start]):
            out[-1] = replace(q, per=(Decimal(1), one.currency, None), start=one.start)
            continue
        out.append(q)
    return out


# «106 миллионов долларов, из них 6 миллионов гранта»: a part of a sum, its currency left unsaid
_PART_OF = re.compile(r"(?:из\s+них|из\s+которых|в\s+том\s+числе|включая|оның\s+ішінде)\s*[-–—:]?\s*"
                      r"(?:(?:около|более|почти|свыше|порядка)\s+)?$", re.I)


def _partitive_money(text: str, found: list[Quantity]) -> list[Quantity]:
    """A count of millions told as a part of an amount of money before it is money in that currency."""
    out = []
    for q in found:
        # (a figure of its own things after «включая» is no part: «20 млн юаней, включая 1600 палаток»)
        if q.kind == "count" and q.amount >= 1000 and q.amount == q.amount.to_integral_value() and \
                (q.noun is None or re.search(r"[^\W\d_]", text[q.num_start:q.num_end])):
            before = [p for p in found if p.kind == "money" and p.end <= q.num_start and p.currency and not p.per]
            if before and _PART_OF.search(text[before[-1].end:q.num_start]) and \
                    not re.search(r"[.;!?]", text[before[-1].end:q.num_start]):
                q = replace(q, kind="money", currency=before[-1].currency, counted=None, noun=None,
                            end=q.num_end)
        out.append(q)
    return out


# natasha's money grammar (yargy) wants a number in digits and a currency: «евро», «€», a form of «доллар»
# or «рубль», «$», «руб», a lone «р», «₽». Most sentences have neither, and its parser costs about a
# millisecond a sentence whatever it finds, so a sentence without both is not given to it. Every form of
# «доллар» and «рубль» contains these letters, so nothing the parser would find is lost.
_DIGIT = re.compile(r"\d")
_CURRENCY_HINT = re.compile(r"евро|€|доллар|\$|руб|₽|(?<![а-яё])р(?![а-яё])", re.I)


def _natasha_money(text: str, sent: Span, lang: str, found: list[Quantity]) -> list[Quantity]:
    """natasha's MoneyExtractor, for sums the rules above missed (it reads «$», «руб.», «тыс.»)."""
    if lang != "ru" or not (_DIGIT.search(sent.text) and _CURRENCY_HINT.search(sent.text)):
        return found
    from .nlp import natasha
    out = list(found)
    for m in natasha().money(sent.text):
        s, e = sent.start + m.start, sent.start + m.stop
        if any(q.start < e and s < q.end for q in found) or not re.search(r"\d", text[s:e]):
            continue    # (a sum with no figure written, «million $», is the rules' to read or none)
        cur = m.fact.currency
        if cur not in CURRENCIES:
            continue
        amount = Decimal(str(m.fact.amount)).normalize()
        if amount <= 0 or amount not in {v.normalize() for v in numbers_in(text[s:e], lang)}:
            continue
        out.append(Quantity(s, e, s, e, amount, "money", currency=cur))
    return sorted(out, key=lambda q: q.start)
