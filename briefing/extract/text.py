"""Plain-text helpers with character offsets: paragraphs, sentences, tokens, clauses, language."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower().replace("ё", "е")

    @property
    def is_digit(self) -> bool:
        return self.text[:1].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


# A figure (thousands grouped by a space, decimal comma or point, an optional case ending «24-х»), a word
# (hyphenated words whole: «Премьер-министр»), or one other character.
_TOKEN = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?:[.,]\d+)?(?:-[^\W\d_]{1,3}(?![^\W\d_]))?"
    r"|\d+(?:[.,]\d+)?(?:-[^\W\d_]{1,3}(?![^\W\d_]))?"
    r"|[^\W\d_]+(?:[-‐][^\W\d_]+)*"
    r"|\S")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    end = len(text) if end is None else end
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


# Paragraphs: line breaks, or a run of three spaces (headlines glued to the text by copy and paste).
_PARA = re.compile(r"\n\s*|[ \u00a0]{3,}")
# A text wrapped by hand («около девяти миллионов\nдолларов\nСША, из которых …»): lines that end in no stop and go
# on in lower case on the next; in such a text a single line break after no stop is a space, not a paragraph.
_WRAPPED = re.compile(r"[\w,]\n(?=[а-яёәғқңөұүһі])")
_WRAP_BREAK = re.compile(r"(?<=[\w,])\n(?=[ \t]*\S)")


def sentences(text: str) -> list[Span]:
    """Sentences with their offsets; razdel splits inside paragraphs (it knows «г.», «млн.», initials)."""
    from razdel import sentenize
    out = []
    pos = 0
    breaks = list(_PARA.finditer(text))
    wraps = list(_WRAPPED.finditer(text))
    if len(wraps) >= 3:
        joined = {m.start() for m in _WRAP_BREAK.finditer(text)}
    else:   # a single line that goes on in lower case on the next («… подписали⏎в среду спикер …»); a Kazakh
        # line ends with its verb («… кездесті⏎ашық дереккөзі»: a credit below)
        joined = {m.start() + 1 for m in wraps if not _ends_kazakh_verb(text, m.start() + 1)}
    breaks = [m for m in breaks if not (m.group().count("\n") == 1 and m.start() in joined)]
    for m in breaks + [None]:
        stop = m.start() if m else len(text)
        chunk = text[pos:stop]
        if chunk.strip():
            for s in sentenize(chunk):
                if not s.text.strip():
                    continue
                start, stop = pos + s.start, pos + s.stop
                if out and ((_SCALE_DOT.search(out[-1].text) and (_GOES_ON.match(s.text) or _currency_word(s.text)))
                            or (_CURRENCY_DOT.search(out[-1].text) and _GOES_ON.match(s.text))
                            or (_ABBR_DOT.search(out[-1].text) and _DASH_FIGURE.match(s.text))
                            or (out[-1].start >= pos and _open_quote(out[-1].text) and _closes_quote(s.text))):
                    # «9,5 млрд. АҚШ доллары», «компанией "Universal Energy Co. Ltd." - 100 млн долларов»: the
                    # abbreviation's dot ends no sentence; nor does a dot inside a quoted name
                    start = out.pop().start
                link = _LEADING_LINK.match(text, start, stop)
                if link:    # «https://…/news/… Власти Сахалина …»: a page's address glued to its first sentence
                    out.append(Span(start, link.end(1), link[1]))
                    start = link.end()
                out.append(Span(start, stop, text[start:stop]))
        pos = m.end() if m else len(text)
    return out


_LEADING_LINK = re.compile(r"((?:https?://|www\.)\S+)\s+(?=[«\"“]?[А-ЯЁӘҒҚҢӨҰҮҺІA-Z])")


def _ends_kazakh_verb(text: str, pos: int) -> bool:
    """Whether the line before pos ends with a Kazakh finite verb, which ends a Kazakh sentence."""
    last = re.search(r"(\w+)\W*$", text[max(0, pos - 40):pos])
    return bool(last and re.search(r"[әғқңөұүһі]", last[1]) and _KK_VERB.search(last[1]))


def _open_quote(sentence: str) -> bool:
    """A sentence cut inside a quoted name: «форума "Казахстан-Россия.» before «Приграничное сотрудничество
    регионов" подписаны …» — the quote opened among its last words (a quoted speech of several sentences opens
    far from its end and stays cut)."""
    if not (sentence.count("«") > sentence.count("»") or sentence.count('"') % 2 == 1):
        return False
    opened = max(sentence.rfind("«"), sentence.rfind('"'))
    return len(sentence[opened:].split()) <= 4


def _closes_quote(sentence: str) -> bool:
    """…and the next sentence closes it among its first words."""
    closed = min([i for i in (sentence.find("»"), sentence.find('"')) if i >= 0] or [len(sentence)])
    return closed < len(sentence) and len(sentence[:closed].split()) <= 6


_ABBR_DOT = re.compile(r"\b(?:Ltd|Co|Inc|Corp|LLC|Llc|GmbH|S\.A|Ltd\.\s*Co|им|ул|д|г)\.[\"»”]?$")
_DASH_FIGURE = re.compile(r"[-–—]\s*\d|[A-Z][A-Za-z]{0,4}\.|[\"»”]")
_SCALE_DOT = re.compile(r"\d[\d\s,.]*\s*(?:млрд|млн|тыс|трлн)\.$")
# «1124,8 млн. долл. США, из них …»: an abbreviated currency after a figure, its country or the sentence going on
_CURRENCY_DOT = re.compile(r"\d[\d\s,.]*\s*(?:(?:млрд|млн|тыс|трлн)\.?\s*)?(?:долл|дол|руб)\.$")
# what follows a figure's scale: a currency or unit («АҚШ доллары», «долларов», «руб.», «тонн»), lower case
_GOES_ON = re.compile(r"(?:АҚШ|США|[а-яәғқңөұүһі]|\$|€)", re.U)


def _currency_word(sentence: str) -> bool:
    """Whether a sentence opens with a currency's name written with a capital, as after an abbreviated scale
    («22,5 млн. Долларды құрады», «444 млрд. Теңгені құрайды»)."""
    from . import money_words
    first = re.match(r"[^\W\d_]+", sentence)
    return bool(first) and first[0][:1].isupper() and any(
        money_words.read([first[0].lower()], "", lang) is not None for lang in ("ru", "kk"))


def list_end(text: str, sents: list[Span], idx: int) -> int:
    """Where a list that starts in sentence `idx` ends: razdel ends a sentence at «…; – Item», so a sentence
    that ends with a semicolon continues into the next one."""
    end = sents[idx].end
    colon = text[:end].rstrip().endswith(":")
    if idx + 1 < len(sents) and colon:
        idx += 1        # «Также были подписаны:» and the list on the lines below
        end = sents[idx].end
    while idx + 1 < len(sents):
        if text[:end].rstrip().endswith(";") or (colon and ITEM_MARK.match(sents[idx + 1].text)):
            idx += 1        # «- Протокол …», «• Меморандум …»: each item of a list opened by a colon, on its line
            end = sents[idx].end
            continue
        # a photo's caption and credit between two items («Эмомали Рахмон и Шахбоз Шариф», «Фото …»): short
        # lines with no full stop, and the list goes on below them
        skip = idx + 1
        while skip < len(sents) and skip <= idx + 2 and len(sents[skip].text.split()) <= 8 \
                and not sents[skip].text.rstrip().endswith((".", "!", "?", ":")) \
                and not ITEM_MARK.match(sents[skip].text):
            skip += 1
        if colon and skip > idx + 1 and skip < len(sents) and ITEM_MARK.match(sents[skip].text):
            idx = skip
            end = sents[idx].end
            continue
        break
    return end


# The mark a list item opens its line with: «- », «• », «1) », «2. »
_MARK = r"(?:[-–—•·*]|\d{1,2}[.)])"
ITEM_MARK = re.compile(r"\s*" + _MARK + r"\s+")
# a line that is such an item, its text after the mark in group 1
ITEM_LINE = re.compile(r"^[ \t]*" + _MARK + r"[ \t]+(.+)$", re.M)


_KK_LETTERS = set("әғқңөұүһі")
_KK_WORDS = {"және", "мен", "бен", "пен", "туралы", "бойынша", "арасындағы", "деді", "жылы", "үшін", "бұл", "осы"}


@lru_cache(maxsize=256)      # asked of each text again by a new dossier's parties and subject, and its source entry
def detect_language(text: str) -> str:
    """ru, kk or en, from letters: Kazakh has letters Russian lacks; Latin script means English."""
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return "ru"
    cyr = sum(1 for c in letters if "а" <= c <= "я" or c in "ё" or c in _KK_LETTERS)
    if cyr < len(letters) / 2:
        return "en"
    # «і» is Ukrainian and Belarusian too (a page's Ukrainian banner is no Kazakh): only the letters Kazakh alone has
    # (and words, not letters: a Russian page of a Kazakh site has its Kazakh banner, «Ақтөбе, Қазақстан және
    # әлемдегі, басты жаңалықтар», a few words in a hundred; a fifth of Kazakh words or more have such a letter)
    words = re.findall(r"[^\W\d_]+", text.lower())
    kk = sum(1 for w in words if any(c in _KK_LETTERS and c != "і" for c in w))
    kk_words = sum(1 for w in words if w in _KK_WORDS)
    # (Kazakh function words count only beside a letter of Kazakh's own: «бен» is Arabic «bin» in a Russian name too,
    # «Фейсал бен Фархан»)
    if words and (kk / len(words) > 0.1 or (kk / len(words) > 0.05 and kk_words / len(words) > 0.02)):
        return "kk"
    return "ru"


_CLAUSE_BREAK = re.compile(
    r";\s*|:\s+|\s+[–—]\s+|\s*\(\s*|\s*\)\s*|,\s+(?=(?:однако|а|но|что|которы\w*|среди которых|как|когда|где|причем|"
    r"при этом|передает|сообщает|отметил\w*|заявил\w*|алайда|бірақ|ал|деді|деп)\b)",
    re.I)


def clause(text: str, sent: Span, start: int, end: int, limit: int = 260, narrow: bool = False) -> Span:
    """The part of a sentence around [start, end): the whole sentence when short (unless `narrow`),
    else the clause between the nearest breaks (semicolon, colon, dash, parenthesis, «, однако»…)."""
    s, e = sent.start, sent.end
    while e > s and text[e - 1] in " .\n":
        e -= 1
    if e - s <= limit and not narrow:
        return _trim(text, s, e)
    cut_s, cut_e = s, e
    for m in _CLAUSE_BREAK.finditer(text, s, e):
        if m.end() <= start:
            cut_s = m.end()
        elif m.start() >= end and m.start() < cut_e:
            cut_e = m.start()
            break
    if cut_e - cut_s > limit * 1.6:   # still long: a window of words around the figure
        ws = max(cut_s, start - limit // 2)
        we = min(cut_e, end + limit // 2)
        while ws > cut_s and not text[ws - 1].isspace():
            ws -= 1
        while we < cut_e and not text[we].isspace():
            we += 1
        cut_s, cut_e = ws, we
    return _trim(text, cut_s, cut_e)


def evidence(text: str, sent: Span, start: int, end: int) -> Span:
    """The quote for a figure: its clause, or the sentence when the clause alone is too short to say much."""
    narrow = clause(text, sent, start, end, narrow=True)
    if narrow.end - narrow.start >= 40:
        return narrow
    wide = clause(text, sent, start, end)
    if wide.end - wide.start < 40:
        # a part of a sum in brackets, each part set off by a dash: «(в т.ч. экспорт – 1,87 млрд, импорт – 47 млн)»
        # is quoted whole, not as «47 млн»
        opening, closing = text.rfind("(", sent.start, start), text.find(")", end, sent.end)
        if opening != -1 and closing != -1 and ")" not in text[opening:start] and "(" not in text[end:closing] \
                and closing - opening <= 260:
            return _trim(text, opening + 1, closing)
    return wide


def _trim(text: str, s: int, e: int) -> Span:
    """Without surrounding spaces, dashes, bullets and unpaired quotes."""
    while s < e and (text[s].isspace() or text[s] in "–—-•*\"“”,;:"):
        s += 1
    m = re.match(r"(?:однако|а|но|и|при этом|алайда|бірақ|ал)\s+", text[s:e], re.I)
    if m and e - s - m.end() >= 20:
        s += m.end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-"):
        e -= 1
    seg = text[s:e]
    if seg.count("«") < seg.count("»") and s > 0 and text[s - 1] == "«":
        s -= 1
    if seg.count("(") > seg.count(")") and seg.startswith("("):
        s += 1
    if seg.count(")") > seg.count("(") and seg.endswith(")"):
        e -= 1
    return Span(s, e, text[s:e])


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


_GLUED = re.compile(r"(?<=[а-яёәғқңөұүһі])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


def part_glued(name: str) -> str:
    """A name with the words the source glued together parted: «ХайсамИбраһим» -> «Хайсам Ибраһим»."""
    return _GLUED.sub(" ", name)


# What a web page puts around an article: counters and share buttons, photo credits and captions, bylines.
_COUNTER_LINE = re.compile(r"^[^\n]{0,40}\b(?:Поделиться|Просмотр\w*|Комментари\w*|Нравится|Подписаться|"
                           r"рет қаралған|Пікір\w*|Бөлісу|Слов:|Время чтения|мин\.? чтения|оқу уақыты)[^\n]{0,40}$",
                           re.I | re.M)
_QUOTE = r"[ \t]*(?:[₸₽$€][ \t]*)?\d+(?:[.,]\d+)?(?:[ \t]*(?:[A-Z]{3}|[₸₽$€]))?"
_CREDIT = re.compile(r"(?:\b(?:Фото|Фотография|Photo|Сурет|Видео|Источник фото)[ \t]*:[ \t]*[^\s«\"“]+(?:[ \t]+[^\s«\"“.,]+)?"
                     r"|^[^\n]{0,160}\s/\s*[\w.\- ]{2,30}$"
                     r"|^(?:Иллюстративное фото|Фото из открытых источников)\.?$"
                     # a credit in words on its line: «фото показано с : rosbalt.ru», «Фото предоставлено пресс-службой»
                     r"|^[ \t]*(?:фото|видео)[ \t]+(?:показано|предоставлено|взято|с сайта)\b[^\n]{0,60}$"
                     # a gallery's link on its line: «еще 42 фото», «+12 фото»
                     r"|^[ \t]*(?:ещ[её][ \t]+|тағы[ \t]+)?\+?\d+[ \t]+(?:фото\w*|сурет\w*|видео)[ \t]*$"
                     # a caption, its credit after a dash («… - «Хабар»»): one phrase, no sentence ended in it
                     r"|^(?:(?![.!?][ \t]+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«])[^\n]){10,200}\s[-–|]\s«[^»\n]{2,60}»[^\n]{0,40}$"
                     # a stamp with an agency's name in capitals on its line («05.06.2024 РИА 123»)
                     r"|^\d\d?\.\d\d\.\d{4}[ \t]+(?-i:[A-ZА-ЯЁ]{2,})(?![a-zа-яё])[ \t]*\d*"
                     r"|^(?:[^|\n]{0,40}\|){2,}[^|\n]{0,40}$"
                     # a currency or market widget: «USD 468.56», «AZN = 49.92 RUB», «• EUR 497.56»,
                     # «BRENT $ 84.00 / ₽ 7643»
                     r"|^[ \t•·*]*(?:1[ \t]*)?[A-Z]{3,6}[ \t]*[=:|]?" + _QUOTE + r"(?:[ \t]*/" + _QUOTE + r")*[ \t]*$"
                     # a caption that ends with its photo's credit: the whole line
                     r"|^[^\n]{10,300}[.!]?[ \t]+(?:Фото|Photo|Сурет)[ \t]*:[ \t]*[^\n.]{1,60}$"
                     # quotes alone on a line («$39.60 €42.44»), a weather line («weather +18 Киев»)
                     r"|^[ \t•·*]*(?:[$€₽£¥₸][ \t]?\d+(?:[.,]\d+)?[ \t]*){1,4}$"
                     r"|^[ \t]*(?:weather|погода)[ \t]+[+−-]?\d+[^\n]{0,30}$"
                     # a rates widget with the local currency and the change: «• USD - 396.02 АМД +0,02 EUR - …»
                     r"|^[ \t•·*]*(?:[A-Z]{3}[ \t]*[-–—=:][ \t]*\d+(?:[.,]\d+)?[ \t]*(?:[A-ZА-ЯЁ]{3})?[ \t]*"
                     r"(?:[+−-]\d+(?:[.,]\d+)?)?[ \t]*){2,}$"
                     # a rate and its change on lines of their own («$1 – 12739.99⏎UZS – 0,19%»)
                     r"|^[ \t•·*]*[$€₽£¥₸][ \t]?1[ \t]*[-–—=:][ \t]*\d+(?:[.,]\d+)?[ \t]*$"
                     r"|^[ \t•·*]*[A-Z]{3}[ \t]*[-–—][ \t]*[+−-]?\d+(?:[.,]\d+)?[ \t]*%[ \t]*$"
                     r"|^[ \t]*Курс[ыа]? валют[^\n]{0,40}$"
                     # a rates widget: «USD: 384.03 RUB: 4.80 EUR: 443.29 GEL: 142.29»
                     r"|^[ \t•·*]*(?:[A-Z]{3}[ \t]*[:=][ \t]*\d+(?:[.,]\d+)?[ \t]*){2,}$"
                     # a ticker: a quote and its signed change («• $ 94.42 +0.67», «BR 90.06 +0.64%»)
                     r"|^[ \t•·*]*(?:[A-Z]{2,6}|[₸₽$€£¥])?[ \t]*\d+(?:[.,]\d+)?[ \t]+[+−-]\d+(?:[.,]\d+)?[ \t]*%?[ \t]*$"
                     # …and several on one line («USD 93.29 +0.04 EUR 99.56 +0.2»)
                     r"|^[ \t•·*]*(?:(?:[A-Z]{3}|[₸₽$€£¥])[ \t]*\d+(?:[.,]\d+)?[ \t]+[+−-]\d+(?:[.,]\d+)?[ \t]*%?[ \t]*){2,}$"
                     # a weather widget's readings («• Ветер: Западный (300°), 14.4 км/ч», «Отн. Влажность: 65 %»)
                     r"|^[ \t•·*]*(?:Отн\.\s*)?(?:Температура|Ветер|Давление|Влажность|Видимость|Восход|Закат|Осадки|"
                     r"Облачность|Ауа температурасы|Жел|Ылғалдылық)\s*:[^\n]{0,80}$"
                     r"|^(?:Адрес материала|Ссылки для упрощенного доступа|Источник)\s*:?[^\n]*$"
                     # a medium's registration («Свидетельство … ЭЛ № ФС 77-84799 от 3 марта 2023 г.»)
                     r"|^[^\n]{0,200}\b(?:ЭЛ|ПИ)[ \t]*№[ \t]*(?:ФС|ТУ)[^\n]*$"
                     # a breadcrumb trail: «Басты бет » Көкейтесті » …», «Главная › Новости › …»
                     r"|^[ \t]*(?:[^»›\n]{1,40}[ \t][»›][ \t]){2,}[^\n]{0,160}$"
                     # an advertisement or contact line: it carries an e-mail address
                     r"|^[^\n]{0,300}[\w.+-]+@[\w-]+\.[\w.-]+[^\n]{0,60}$)", re.I | re.M)


@lru_cache(maxsize=4)
def page_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the page around the article, never proposed: «Поделиться 0 … 21 Просмотры», «Фото: …»,
    a caption ending in its credit («… / shutterstock»), a line of tags. (Read once for a text: extraction, its
    date and its title all ask.)"""
    return tuple(sorted([(m.start(), m.end()) for rx in (_COUNTER_LINE, _CREDIT) for m in rx.finditer(text)]
                  + _tag_lines(text) + list(other_news_box(text))))


# the label of a box of other news («prev Предыдущие новости», «Читайте также»)
_OTHER_NEWS = re.compile(r"(?i)^\W*(?:prev\b|next\b|предыдущ\w* новост|следующ\w* новост|читайте также|другие новости|"
                         r"похожие новости|последние новости|ещё новости|еще новости)")


@lru_cache(maxsize=64)
def other_news_box(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the lines of a box of other news near the top of a page: its label and, right above it, another
    item's bare date line and headline («25.11.2024 / Около 3 тыс турок-месхетинцев … / prev Предыдущие
    новости»)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    full = [(a, b) for a, b in spans if text[a:b].strip()]
    out = []
    for i, (a, b) in enumerate(full[:15]):
        if not _OTHER_NEWS.match(text[a:b]):
            continue
        # the box: a bare date line, then its headline (no sentence of the article: short, no full stop)
        for j in range(max(0, i - 3), i):
            above = [text[x:y].strip() for x, y in full[j:i]]
            if _BARE_DATE.match(above[0]) and all(len(line.split()) <= 16 and not line.endswith(".")
                                                  for line in above[1:]):
                out += full[j:i + 1]
                break
    return tuple(sorted(set(out)))


_BARE_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?:,?\s+\d\d?:\d\d)?$|"
                        r"^\d{1,2}\s+[^\W\d_]+\.?\s+(?:19|20)\d\d(?:\s*г\.)?(?:,?\s+\d\d?:\d\d)?$")


_UNPUNCTUATED_LINE = re.compile(r"^[^\S\n]*(?:[^\W\d][\w-]*[^\S\n]+){9,}[^\W\d][\w-]*[^\S\n]*$", re.M)


# Kazakh finite verbs and participles: «кездесті», «келеді», «барады», «қабылдады», «өткен»
_KK_VERB = re.compile(r"(?:ды|ді|ты|ті|ады|еді|йды|йді|ған|ген|қан|кен|мақ|мек|уда|уде)$")


def _tag_lines(text: str) -> list[tuple[int, int]]:
    """«Шавкат Мирзиеев Италия Узбекистан Афганистан Ташкент связь президент пресс-служба …»: ten words or more
    with no punctuation, no verb, preposition or conjunction — a page's tags, not a sentence."""
    from .nlp import parse
    out = []
    for m in _UNPUNCTUATED_LINE.finditer(text):
        words = m.group().split()
        if not any(w in _KK_WORDS or _KK_VERB.search(w) or parse(w.lower()).tag.POS in (
                "VERB", "INFN", "PRTS", "PRTF", "GRND", "PREP", "CONJ") for w in words):
            out.append((m.start(), m.end()))
    return out
