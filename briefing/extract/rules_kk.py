"""Kazakh rules beyond figures: signed documents (мәлімдеме, меморандум, келісім, шарт, ноталар алмасу),
people by their posts, visits and meetings, projects in lists.

Kazakh puts the head last («… туралы меморандум») and marks case with endings («Абэмен», «Назарбаевтың»),
so the rules read a document's name up to its head word and peel case endings off names."""
from __future__ import annotations

import re

from .candidate import Candidate, make_title
from .context import Context
from .names_kk import nominative as name_nominative
from .states import states_in
from .regions import states_of_regions
from .text import Span, clause, first_upper, list_end, part_glued

_L = r"[а-яәғқңөұүһіё]"
_DOC = re.compile(rf"(мәлімдеме{_L}*|меморандум{_L}*|келісімшарт{_L}*|келісім{_L}*|шарт(?:ы(?:н|на|нда|ның)?|қа|та|тың|ты|тар{_L}*)?|"
                  rf"хаттама{_L}*|декларация{_L}*|бағдарлама{_L}*|жол картасы{_L}*|"
                  rf"(?:іс-қимыл|іс-шаралар?|ынтымақтастық) жоспар{_L}*|ноталар{_L}*|"
                  rf"уағдаласты[қғ]{_L}*|"
                  rf"(?<=туралы )құжат{_L}*)(?!{_L})", re.I)     # «… туралы құжат»: a document named by its subject
# «түзілді» / «түзді»: an agreement concluded («келісімдер түзілді»)
# («ратификацияланды», not «ратификацияланған күннен бастап»)
_SIGN = re.compile(r"қол қой\w*|қабылдан\w*|бекітіл\w*|алмасыл\w*|алмасты\w*|жасалды|қол жеткізіл\w*|түзілді|түзді|"
                   r"ратификацияланды|ратификациялады|"
                   # a statement or a plan adopted, right after its name («Бірлескен мәлімдеме қабылдадық»); a
                   # bare «қабылдады» is as often a guest received
                   + "|".join(f"(?<={w} )қабылда(?:ды|дық|дың|дым|ған)\\w*" for w in (
                       "мәлімдеме", "мәлімдемені", "декларация", "декларацияны", "бағдарлама", "бағдарламаны",
                       "жоспар", "жоспарын", "жоспарды")), re.I)
# «бірқатар маңызды құжатқа қол қойдық»: a package of documents, not named
_PACKAGE_KK = re.compile(r"(?:бірқатар|бірнеше|көптеген)\s+(?:[а-яәғқңөұүһі]+\s+){0,2}?құжат(?:тар|қа|тарға|ты|тарды)?"
                         r"(?![а-яәғқңөұүһі])", re.I)
# «Бес құжатқа қол қойды. Олардың ішінде … келісім бар»: the next sentence names the documents signed
_FOLLOW = re.compile(r"^\s*(?:Олардың ішінде|Соның ішінде|Оның ішінде|Атап айтқанда|Атап айтсақ|Олар:)", re.I)
# «шартқа қол қойылғанына 25 жыл толады»: the years since a signing, an anniversary and no signing
_ANNIVERSARY = re.compile(r"\s+\d+\s+жыл\w*\s+(?:тол|бол)")
_NOTES = re.compile(r"ноталар\w*\s+алмас\w*", re.I)
_PLURAL = r"(?:лар|лер|дар|дер|тар|тер)"       # the plural suffix, by the stem's last sound and vowel
# a signing to come: «қол қойылмақ», «қол қояды», «қол қойылады», «қол қою» (to sign), «қол қойылатын»
_SIGN_TO_COME = re.compile(r"қол қо(?:ю\w*|я\w*|йыл(?:мақ|ады|атын|уы)\w*|ймақ\w*|йылу\w*)$", re.I)
_BETWEEN = re.compile(r"^(.+?)\s+(?:мен|бен|пен)\s+(.+?)\s+арасында\w*")

_CASE_ENDINGS = sorted(("менен", "мен", "бен", "пен", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа",
                        "ке", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те", "дан", "ден", "тан", "тен",
                        "нан", "нен", "на", "не"), key=len, reverse=True)     # longest first


def strip_case(word: str) -> str:
    """«Абэмен» → «Абэ», «Назарбаевтың» → «Назарбаев»; a word too short to carry an ending is kept."""
    low = word.lower()
    for end in _CASE_ENDINGS:
        if low.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _head_form(word: str) -> str:
    """A document word in its dictionary form with the possessive kept: «мәлімдемесіне» → «мәлімдемесі»."""
    head, _, last = word.rpartition(" ")
    if head:        # «іс-шаралар жоспарына» → «іс-шаралар жоспары»: the last word is the document's
        return f"{head} {_head_form(last)}"
    low = word.lower()
    for base in ("мәлімдемесі", "меморандумы", "келісімі", "шарты", "хаттамасы", "декларациясы", "жоспары", "картасы",
                 "бағдарламасы", "уағдаластығы"):
        if low.startswith(base):
            return word[:len(base)]
    for base in ("мәлімдеме", "меморандум", "келісімшарт", "келісім", "шарт", "хаттама", "декларация", "бағдарлама",
                 "ноталар", "құжат"):
        if low.startswith(base):
            return word[:len(base)]
    if low.startswith("уағдаласты"):     # «уағдаластыққа» → «уағдаластық» (an arrangement)
        return word[:len("уағдаласты")] + "қ"
    return word


def _parties(item: str) -> list[str]:
    m = _BETWEEN.search(item.strip(" «»\"–—-"))
    if not m:
        return []
    a, b = m[1].strip(" «»\"–—-"), m[2].strip(" «»\"–—-")
    words = b.split()
    if words:
        words[0] = strip_case(words[0])
    return [a, " ".join(words)]


def documents(ctx: Context) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    listed_words: set[str] = set()
    # lists first, so that a document the list names is not proposed again from a sentence that mentions it
    def signs(sent) -> bool:
        return any(not _SIGN_TO_COME.match(m.group()) and not _ANNIVERSARY.match(sent.text, m.end())
                   for m in _SIGN.finditer(sent.text))
    signed = [(si, sent) for si, sent in enumerate(ctx.sents)
              if signs(sent) or (si and _FOLLOW.match(sent.text) and signs(ctx.sents[si - 1]))]
    listed = [(si, sent) for si, sent in signed if ":" in sent.text and _SIGN.search(sent.text)
              and _SIGN.search(sent.text).start() < sent.text.find(":")]
    for si, sent in listed + [x for x in signed if x not in listed]:
        colon = sent.text.find(":")
        if (si, sent) in listed:
            # «… құжаттарға қол қойылды: – A; – B; – C.»
            end = list_end(text, ctx.sents, si)
            items = _items(text, sent.start + colon + 1, end)
            for item in items:
                heads = list(_DOC.finditer(item.text))
                if not heads:
                    continue
                isi = ctx.sentence_of(item.start)
                title = make_title(item.text, "kk", ctx.date_spans(isi), item.start, limit=220)
                c = Candidate("agreement", item.start, item.end, "document-list", 0.8, title={"kk": title},
                              parties=_parties(item.text) or ctx.parties_of(item.text),
                              anchor=(item.start, item.end))
                c.date = ctx.date_near(isi, item.start, item.end) or ctx.date_near(si, sent.start + colon, sent.start + colon)
                out.append(c)
                listed_words |= {w.lower()[:5] for w in re.findall(rf"{_L}+", item.text, re.I) if len(w) >= 5}
            continue
        for m in _DOC.finditer(sent.text):
            if re.match(r"\s+жоба", sent.text[m.end():]):
                continue        # «келісім жобасы»: a draft, not a document signed
            a = sent.start + m.start()
            b = sent.start + m.end()
            n = _NOTES.match(sent.text, m.start())
            if n:
                span = clause(text, sent, a, sent.start + n.end())
                title = make_title(span.text, "kk", ctx.date_spans(si), span.start, limit=160)
                c = Candidate("agreement", span.start, span.end, "document", 0.75, title={"kk": title},
                              parties=_parties(span.text) or ctx.parties_of(span.text),
                              anchor=(a, b))
                c.date = ctx.date_near(si, a, b)
                out.append(c)
                continue
            # the words before the document word that name it, back to a comma or a dash
            left = sent.text[:m.start()]
            cut = max(left.rfind(","), left.rfind("–"), left.rfind("—"), left.rfind(":"))
            words = left[cut + 1:].split()[-10:]
            # a circumstance («… қорытындысы бойынша») or another document («келісімге және …») ends the name
            for k in range(len(words) - 1, -1, -1):
                w = words[k].lower().strip("«»\"")
                if w == "бойынша" and k == len(words) - 1:
                    continue    # «… өндіру бойынша келісім»: the topic the document is on
                if w in _PHRASE_STOP or (w in ("және", "мен", "бен", "пен") and k and _DOC.match(words[k - 1])) \
                        or w in ("бүгін", "кеше", "ертең", "биыл", "қазір") \
                        or (len(w) > 5 and words[k][:1].islower() and re.search(r"(?:нда|нде|да|де|та|те)$", w)
                            and not _DOC.match(w) and w not in _ABOUT):
                    words = words[k + 1:]   # a circumstance of time or place («Сенат отырысында») ends the name
                    break
            ps = a - len(" ".join(words)) - 1 if words else a
            ps = max(sent.start, ps)
            while ps < a and text[ps].isspace():
                ps += 1
            # the signatories before the name («Қазақстан мен Моңғолия …», «Тараптар …») are no part of it
            if words and words[0].lower() in ("мен", "бен", "пен", "және"):
                words = words[2:]       # the window began inside «Қазақстан мен Түркия»
            pair = [k for k in range(len(words) - 2) if words[k + 1].lower() in ("мен", "бен", "пен")
                    and ctx.parties_in(" ".join(words[k:k + 3]))]
            if pair:
                words = words[pair[-1] + 3:]
            elif words and words[0].lower() in ("тараптар", "елдер", "министрлер", "басшылар"):
                words = words[1:]
            elif [w.lower() for w in words[:2]] in (["екі", "тарап"], ["екі", "ел"]):
                words = words[2:]       # «екі тарап … хаттамаға қол қойды»: the two sides, the signatories
            if words[:1] and words[0].lower().startswith("арасында"):
                words = words[1:]   # «Қазақстан мен Тәжікстан арасындағы …»: «between» them goes with them
            subject = [k for k, w in enumerate(words[:-1]) if re.search(_PLURAL + r"(?:ы|і)?$", w.lower())]
            if subject:
                words = words[subject[-1] + 1:]     # «Екі ел басшылары бірқатар келісімге …»: the signatories
            term = [k for k in range(len(words) - 1) if re.fullmatch(r"(?:19|20)\d\d(?:[-–]\d{2,4})?", words[k])
                    and words[k + 1].lower().startswith("жыл")]
            if term:
                # «… губернаторы Виталий Хоценко 2025-2028 жылдарға арналған іс-шаралар жоспарына»: the years it is
                # for open its name, the signatories stand before them
                words = words[term[0]:]
            ps = a - len(" ".join(words)) - 1 if words else a
            ps = max(sent.start, ps)
            while ps < a and text[ps].isspace():
                ps += 1
            name_words = [w for w in words if re.match(rf"{_L}", w, re.I)]
            about = _told_before(ctx, si, sent.text[m.end():]) if not name_words else None
            if about is not None:
                # «… инвестиция салады. Бұл жөнінде … келісім жасалды»: the agreement on what the sentence before says
                span = clause(text, sent, a, b)
                c = Candidate("agreement", span.start, span.end, "document", 0.6,
                              title={"kk": f"{_head_form(m.group()).capitalize()} ({about})"},
                              parties=ctx.parties_of(ctx.sents[si - 1].text + " " + sent.text), anchor=(a, b))
                c.date = ctx.date_near(si, a, b)
                out.append(c)
                continue
            if not name_words:
                continue        # a bare «келісім» is not a document named
            stems = {w.lower()[:5] for w in name_words if len(w) >= 5}
            if stems & listed_words or _already(out, m.group()):
                continue        # the list above names it already
            phrase = text[ps:a] + _head_form(m.group())
            span = clause(text, sent, ps, b)
            c = Candidate("agreement", span.start, span.end, "document", 0.65,
                          title={"kk": make_title(phrase, "kk", limit=160)},
                          parties=ctx.parties_of(span.text), anchor=(ps, b))
            c.date = ctx.date_near(si, a, b)
            out.append(c)
        for m in _PACKAGE_KK.finditer(sent.text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if any(c.start <= a < c.end for c in out):
                continue
            span = clause(text, sent, a, b)
            words = m.group().split()
            c = Candidate("agreement", span.start, span.end, "document-package", 0.65,
                          title={"kk": first_upper(" ".join(words[:-1] + ["құжат"]))},
                          parties=ctx.parties_of(span.text), anchor=(a, b))
            c.date = ctx.date_near(si, a, b)
            out.append(c)
    return out


# «Бұл жөнінде» (on this), «Осы туралы» (about this): the sentence takes up what the one before it says
_ON_THIS = re.compile(r"^\s*(?:Бұл|Осы)\s+(?:жөнінде|туралы|бойынша|мәселе бойынша)\b", re.I)
_CONCLUDED = re.compile(r"^\s*(?:жасалды|түзілді|қол қойылды)\b", re.I)


def _told_before(ctx: Context, si: int, after: str) -> str | None:
    """For a bare document word concluded in a sentence that takes up the one before («Бұл жөнінде …
    конференциясында келісім жасалды»): the sentence before, as the agreement's subject."""
    if si == 0 or not _CONCLUDED.match(after) or not _ON_THIS.match(ctx.sents[si].text):
        return None
    prev = ctx.sents[si - 1]
    return make_title(prev.text, "kk", ctx.date_spans(si - 1), prev.start, limit=160) or None


# postpositions of a document's subject, ending like a circumstance of place: «транзит жөнінде хаттама»
_ABOUT = {"жөнінде", "жайында", "саласында"}
_PHRASE_STOP = {"бойынша", "барысында", "аясында", "кезінде", "нәтижесінде", "қорытындысында", "сәйкес", "үшін",
                "кейін", "соң", "қатысуымен", "қатысуында"}


def _already(out: list[Candidate], word: str) -> bool:
    head = _head_form(word).lower()[:6]
    return any(head in next(iter(c.title.values())).lower() for c in out if c.rule == "document-list")


def _items(text: str, start: int, end: int) -> list[Span]:
    out = []
    pos = start
    for m in list(re.finditer(r";", text[start:end])) + [None]:
        stop = start + m.start() if m else end
        a, b = pos, stop
        while a < b and (text[a].isspace() or text[a] in "–—-•*"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".;"):
            b -= 1
        if b - a >= 8:
            out.append(Span(a, b, text[a:b]))
        pos = stop + 1
    return out


# ---------------------------------------------------------------------------------------------- people
_POST = re.compile(
    # («президенттік» is an adjective, «министрлігі» a ministry, «елшілік» an embassy: no posts)
    r"([Пп]резидент(?!тік|тiк)\w*|[Пп]ремьер-[Мм]инистр\w*|[Вв]ице-[Мм]инистр\w*|[Мм]инистр(?!лі|лік|лер\w*лі)\w*|"
    r"[Ее]лші(?!лі)\w*|[Тт]өраға\w*|[Кк]онсул\w*|"
    r"[Әә]кім\w*|[Хх]атшы\w*|[Оо]рынбасар\w*|[Дд]иректор\w*|[Ии]мператор\w*|[Кк]орол\w*|[Кк]анцлер\w*|"
    r"[Сс]пикер\w*|[Дд]епутат\w*|[Бб]асшы\w*|[Кк]еңесші\w*|[Өө]кіл\w*|[Жж]етекші\w*|[Гг]убернатор\w*|[Мм]үфти\w*|"
    r"[Мм]еңгеруші\w*|[Вв]ице-[Пп]ремьер\w*|[Әә]мір\w*|[Мм]ұрагер ханзада\w*)")     # «мұрагер ханзадасы»: the crown prince (a
    # bare «ханзада», prince, is an honorific, as «шейх»)
_WORD = r"[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+(?:-[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+)?"
# an Arab's name: «Мұхаммед әл-Джабер», «Мұхаммед бен Заид Әл-Нахаян» («бен» there is «son of», not «and»: a
# father's name follows it, then the family's with its article)
# (its «л» takes the sound of a sun letter after it: «Фахд бин Хамад Әс-Суләйти», «Аш-Шейх»)
_ARTICLE = r"(?:[Әә]л|[Аа]ль?|[Ээ]ль|[ӘәАа][сшзтдрн])-"
# «Наурызбай қажы Тағанұлы»: a pilgrim's title inside the name is no part of it
_HAJJI = "қажы"
_NAME = re.compile(rf"((?:{_WORD}|[А-ЯӘҒҚҢӨҰҮҺІЁ]\.)"
                   rf"(?:\s*(?:{_HAJJI}\s+(?={_WORD}))?"
                   rf"(?:(?:(?:бен|бин|ибн)\s+{_WORD}\s+(?={_ARTICLE}))?(?:{_ARTICLE})?{_WORD}|[А-ЯӘҒҚҢӨҰҮҺІЁ]\.)){{0,3}})")
_NOT_NAMES = re.compile(r"^(Қазақстан|Жапон|Ресей|Қытай|Республика|Мемлекет|Елбасы|Үкімет|Біріккен|Ұлттар|Орталық|"
                        r"Азия|Америка|Еуропа|Түркия|Германия|Франция|Ұлыбритания|Италия|Испания|Польша|Корея|"
                        r"Үндістан|Иран|Өзбекстан|Қырғыз|Тәжікстан|Түрікменстан|Әзербайжан|Грузия|Армения|Моңғолия|"
                        r"Украина|Беларусь|Канада|Бразилия|Египет|Сауд|Катар|Біріккен|Токио|Астана|Алматы|Мәскеу|"
                        r"Бейжің|Вашингтон|Берлин|Париж|Лондон|Сыртқы|Ішкі|Парламент|Мәжіліс|Сенат|БҰҰ|АҚШ|ЕО|"
                        r"Бүгін|Бұл|Біз|Мен|Сіз|Федерал\w*|Федератив\w*|Оңтүстік|Солтүстік|Батыс|Шығыс|Таяу|Қиыр|"
                        r"Энергетика|Министрлі\w*|Корольдіг\w*|Түркі|Нұр-Сұлтан\w*|Ақорда\w*)", re.I)


_OBLIQUE = re.compile(r"(да|де|та|те|нда|нде|ға|ге|қа|ке)$")
_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


def _not_name(word: str) -> bool:
    """A capitalised word that does not begin or continue a person's name: a state (by its CLDR name, in any
    case: «Қатар Әмірі» is Qatar's emir), a place or a body, a word of place («Брюссельдегі»: the one in
    Brussels)."""
    if re.search(r"(?:ов|ев|ова|ева)(?:" + "|".join(_CASE_ENDINGS) + r")?$", word.lower()) and len(word) > 6:
        return False    # «Өзбеков»: a surname on a state's adjective («өзбек») is a name
    return bool(_NOT_NAMES.match(word) or states_in(word, "kk")
                or re.search(r"(?:да|де|та|те|нда|нде)(?:ғы|гі)$", word.lower()))


# a body after a capitalised name: the name is the body's («Эни С.П.А. компаниясының»)
_BODY_WORD = re.compile(r"\s+(?:компания|корпорация|концерн|холдинг|банк|қор[ыы]|университет|агенттіг|ұйым)\w*", re.I)
_PLACE_WORD = re.compile(r"\s+(?:қала|облыс|аудан|ауыл|өңір|елді мекен|кент|ауылдық округ)\w*")
# a post in the accusative («басшысын», «Президентін») names the object of the sentence; the name after it is
# that person's only when it is in the accusative too («Тоқаевты»)
_ACCUSATIVE = re.compile(r"(?:сын|сін|ын|ін)$")
_ACCUSATIVE_NAME = re.compile(r"(?:ны|ні|ды|ді|ты|ті|н)$")
_WITH = re.compile(r"\w\w(?:мен|бен|пен)$")    # the comitative, whose «-н» is no accusative
# Arabic names run on with their particles: «Тәмим бен Хамад Әл Тәни», «Бадр бен Хамад Әл-Бусаиди».
_CAP = r"[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+(?:-[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+)?"
_NASAB = re.compile(r"(?:\s+(?:бен|бин|ибн|бинт)\s+(?:(?:әл|аль|ал)-)?" + _CAP + r")+"
                    r"(?:\s+(?:(?:Әл|Аль|Ал|әл|аль)(?:\s+|-)|[ӘәАа][сшзтдрн]-)" + _CAP + ")?")
# a regnal number written before the name: «Король II Абдалламен»
_REGNAL = re.compile(r"(?:[IVX]{1,4})\s+(?=[А-ЯӘҒҚҢӨҰҮҺІЁ])")
# An honorific between a post and the name is neither: «Қатар Әмірі шейх Тәмим …»
_HONORIFIC = re.compile(r"(?:шейх|шейхы|сұлтан|принц|ханзада)\s+")


_NOT_IN_POST = {"мен", "пен", "бен", "сен", "біз", "сіз", "ол", "олар", "бұл", "сол", "да", "де", "та", "те", "ғой",
                "және",
                # the pronouns in their cases: «Оған АҚШ президенті Д. Трамп құлақ асады» (to him)
                "оған", "оны", "онымен", "одан", "оның", "маған", "бізге", "сізге", "оларға", "оларды", "олармен",
                "бұған", "соған", "бұны", "мұны", "бізбен", "сізбен",
                "енді", "бүгін", "кеше", "ертең", "қазір", "осы", "ал", "бірақ", "деп", "еді",
                "былтыр", "биыл", "жуырда", "таяуда", "жақында", "сондай-ақ", "сонымен", "алдағы", "өткен",
                # nouns used as postpositions: «сапар аясында», «келіссөздер барысында», «кездесу кезінде»
                "аясында", "барысында", "кезінде", "шеңберінде", "нәтижесінде", "қорытындысында", "соңында"}


def _breaks_post(word: str) -> bool:
    """A word a post written before a name does not run back over: a pronoun or particle, a lower-case
    word in the locative, dative or ablative («уақытта», «кездесуде»), or a bare plural (the subject:
    «Дипломаттар …») — a post's words are its country or organisation (in the genitive or bare) and its own
    words."""
    low = word.lower().strip("«»\"")
    if low in _NOT_IN_POST:
        return True
    if word[:1].islower() and len(low) > 4 and re.search(r"(?:мен|бен|пен)$", low):
        return True     # «… сапарымен келген Қазақстанның … елшісі»: an instrumental is no part of a post
    if re.search(_PLURAL + r"(?:ды|ді|ға|ге|да|де|дан|ден|мен|дың|дің)?$", low) and len(low) > 5:
        return True     # («Қонақтарды …»: the guests, the object)
    return word[:1].islower() and len(low) > 4 and re.search(r"(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|"
                                                             r"ына|іне)$", low) is not None \
        and not low.endswith(("ында", "інде"))


_VERB_OR_POSTPOSITION = re.compile(r"^(?:туралы|бойынша|арқылы|үшін|кейін|бұрын|сияқты|деп|деді|және|әрі|мен|бен|пен|"
                                   r"орай|байланысты|қатысты|сәйкес|дейін|сай|қарай|бері|қарамастан|"
                                   r"мұнда|онда|сонда|\w+(?:ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|п))$")


_ENVOY = re.compile(r"[Тт]өтенше\s+және\s+[Өө]кілетті\s+$")


def _post_start(text: str, pos: int) -> int:
    """Where a post written before `pos` begins: the words back to a comma or another post, trimmed to start at
    a capital and not at a word in an oblique case («Астанада Жапония Премьер-Министрі» → «Жапония …»):
    «Қазақстан Республикасының Сыртқы істер министрі»."""
    envoy = _ENVOY.search(text, max(0, pos - 40), pos)
    if envoy:
        # «Төтенше және Өкілетті Елшісі»: the envoy's rank is part of the post, «және» and all
        return min(envoy.start(), _post_start(text, envoy.start()))
    left = text[max(0, pos - 120):pos]
    stop = max(left.rfind(ch) for ch in ",.;:!?()–—\n")
    words = list(re.finditer(r"\S+", left[stop + 1:]))[-10:]
    base = max(0, pos - 120) + stop + 1
    start = pos
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if _POST.match(w.group()) and not w.group().lower().endswith(_GENITIVE) and not _names_a_body(words, k) \
                and not (k + 1 < len(words) and _POST.match(words[k + 1].group())) \
                and not (k == len(words) - 1 and _POST.match(text[pos:pos + 30].strip())):
            # (a post word right before another, «министрі орынбасары», is part of one post; «Министрлер
            # кабинетінің» is a body, the Cabinet of Ministers)
            # another person's post: their name follows it, and is not part of this post (a post in the
            # genitive is this one's complement: «премьер-министрінің орынбасары»)
            after = words[k + 1:]
            skip = 0
            while skip < len(after) and skip < 3 and after[skip].group()[:1].isupper() and \
                    not _not_name(after[skip].group()) \
                    and not (skip >= 2 and skip == len(after) - 1):
                skip += 1   # (the word right before the post word after two of a name is the post's own:
                # «… бас министрі Николай Танаев Қорғаныс министрі Есен Топоевқа»)
            start = base + after[skip].start() if skip < len(after) else pos
            break
        if not re.match(r"[«\"]?[А-ЯӘҒҚҢӨҰҮҺІЁа-яәғқңөұүһіё]", w.group()):
            break
        if re.match(_ARTICLE + "[А-ЯӘҒҚҢӨҰҮҺІЁ]", w.group()):
            break       # «Мұхаммед әл-Джабера Әбу-Дабидің мұрагер ханзадасы …»: another person's name, the subject
        if k and w.group()[:1].islower() and re.search(r"(?:ған|ген|қан|кен)$", w.group()) and any(
                _breaks_post(x.group()) or re.search(r"(?:ға|ге|қа|ке|на|не|да|де|та|те)$", x.group().lower())
                for x in words[max(0, k - 2):k]):
            break       # «сапарымен келген», «Қазақстанға келген»: a participle with its own complement (but
            # «бесінші сайланған президенті»: the fifth elected president)
        if k and w.group()[:1].isupper() and not _not_name(w.group()) and not _POST.match(w.group()) \
                and re.fullmatch(r"деді|деп|айтты|мәлімдеді|хабарлады|атап өтті",
                                                          words[k - 1].group().strip(",.—–-").lower()):
            break       # «…», - деді Нұртілеу Түркия сыртқы істер министрі …: the speaker, named after «деді»
        if w.group() == "және" and 0 < k < len(words) - 1 and (
                words[k - 1].group()[:1].islower()
                # («ҚР Қорғаныс және аэроғарыш өнеркәсібі министрі»: a ministry's field, capitalised)
                or words[k - 1].group()[:1].isupper() and not _not_name(words[k - 1].group())
                or re.search(r"(?:қы|кі|ғы|гі|лық|лік|дық|дік|тық|тік)$", words[k - 1].group().lower())) \
                and words[k + 1].group()[:1].islower() and (not _breaks_post(words[k - 1].group()) or re.fullmatch(
                    r"[а-яәғқңөұүһі]+" + _PLURAL, words[k - 1].group())) \
                and not _VERB_OR_POSTPOSITION.search(words[k - 1].group()):
            start = base + w.start()
            continue    # «тау-кен өнеркәсібі және геология министрінің …»: two words of one ministry's name
        if k == len(words) - 1 and re.fullmatch(r"[а-яәғқңөұүһі]+(?:қа|ке)", w.group()) \
                and _POST.match(text[pos:pos + 30].strip()):
            start = base + w.start()
            continue    # «төралқа төрағасы»: the presidium's chair (a noun ending like a dative, right before
            # the post word, is the post's own)
        if _breaks_post(w.group()) and not ((k == len(words) - 1 or words[k + 1].group() == "және")
                                            and re.fullmatch(r"[а-яәғқңөұүһі]+" + _PLURAL, w.group())) \
                and not (_POST.match(w.group()) and _names_a_body(words, k)):
            # («табиғи ресурстар министрі»: a bare plural right before the post word names what it is minister of)
            break       # «Мен алдағы уақытта да Президент …»: a pronoun, a particle, a time or place phrase
        start = base + w.start()
    chosen = [w for w in words if base + w.start() >= start]
    # Kazakh writes posts in lower case («сыртқы істер министрі», «баспасөз хатшысы»): a lower-case word stays
    # when it is a post's own (bare, or a genitive), not a verb, a postposition or a word in another case
    # (a company's name in quotes begins with its quote: «Эко Культура» агроөнеркәсіптік холдингі Президенті)
    while chosen and (_OBLIQUE.search(chosen[0].group().lower())
                      and not chosen[0].group().lower().endswith(_GENITIVE)
                      or not chosen[0].group().lstrip("«\"")[:1].isupper() and (
                          _VERB_OR_POSTPOSITION.search(chosen[0].group())
                          or not re.match(r"[а-яәғқңөұүһі]", chosen[0].group()))):
        chosen = chosen[1:]
    start = base + chosen[0].start() if chosen else pos
    # two posts joined by a dash (a hyphen between spaces too) or «және» are one person's: «премьер-министрінің
    # орынбасары – сыртқы істер министрі», «… орынбасары және (әрі) сыртқы істер министрі»
    left = text[max(0, start - 80):start]
    dash = re.search(r"(\S+)(?:[ \t]*[–—]|[ \t]+-)[ \t]*$", left) or (
        None if states_in(text[start:pos], "kk") else re.search(r"(\S+)[ \t]+(?:және|әрі)[ \t]+$", left)) \
        or re.search(r"(\S+),[ \t]*$", left)      # «ЕҚЫҰ қазіргі төрағасы, … Сыртқы істер министрі Буяр Османи»
    # («Қазақстан Президенті және Түркия Президенті Ердоған»: a second post with its own state is another's)
    if dash and _POST.match(dash.group(1)) and not _not_name(dash.group(1)) \
            and not dash.group(1).lower().endswith(_GENITIVE):
        first = max(0, start - 80) + dash.start(1)
        return _post_start(text, first)
    return start


def _names_a_body(words: list, k: int) -> bool:
    """«Министрлер кабинетінің»: a post word in the plural before a genitive names a body (the Cabinet of Ministers),
    not another person's post."""
    return bool(re.search(_PLURAL + "$", words[k].group().lower())) and k + 1 < len(words) \
        and words[k + 1].group().lower().endswith(_GENITIVE)


# a father's name: «Кемелұлы», «Абайқызы» (the Kazakh patronymic, written between the given name and the surname)
_PATRONYMIC = re.compile(r"(?:ұлы|улы|қызы|кызы)$")


def _surname_next(words: list[str], k: int) -> bool:
    """The word at k, after a father's name, is the surname (in any case: «Тоқаевтың», «Сатыбалды»), not a
    place, body or post."""
    return k < len(words) and not (_not_name(words[k]) or _POST.match(words[k])
                                   or states_of_regions(words[k], "kk"))


def _post_word(word: str) -> bool:
    """A post's word, not a name that begins like one: «Әмір-Абдоллахианмен» is a surname, «Әмір» an emir."""
    m = _POST.match(word)
    return bool(m) and word[m.end():m.end() + 1] != "-"


def _name_only(words: list[str], written: list[str] = ()) -> list[str]:
    """A name is two words (or initials and a surname); a place or a post after it is not part of it. A longer
    name runs to the word that carries the case ending, which Kazakh puts on the last word of the name
    («Хассан Ибтиссам Ракха Ахмедпен»)."""
    keep: list[str] = []
    for w in words:
        if keep and (_not_name(w) or _post_word(w)):
            break
        keep.append(w)
        if name_nominative(w) != w and (len(keep) > 1 or _SURNAME_END.search(name_nominative(w).lower())):
            break       # the case ending closes the name: «министрі Әбділдаевпен Президенттік Конгресс залда»
        full = [x for x in keep if not x.endswith(".")]
        # two words; three for names of short syllables («Чо Тэ Юль») or when the second is no surname
        # («Режеп Тайип Ердоған») or a father's name before the surname («Қасым-Жомарт Кемелұлы Тоқаев»)
        if len(full) >= 3 or (len(full) == 2 and not all(len(x) <= 4 for x in full)
                              and _SURNAME_END.search(full[1].lower())
                              and not (_PATRONYMIC.search(full[1]) and _surname_next(words, len(keep)))):
            break
    rest = list(written[len(keep):len(keep) + 1])
    # (a foreign name of three words after two the surname test closed: «Рохелио Сиерра Диасты» — the case
    # ending, on the third, is the name's end, unless that word is a place: «… Нұртілеу Мәскеуге»)
    if len(keep) in (2, 3) and rest and name_nominative(rest[0]) != rest[0] \
            and not (_not_name(rest[0]) or _post_word(rest[0])) and all(name_nominative(w) == w for w in keep) \
            and (len(keep) == 3 or not (states_in(rest[0], "kk") or states_of_regions(rest[0], "kk"))):
        keep.append(rest[0])
    return keep


# a military rank set off after a post, before the name
_RANK_AFTER = re.compile(r",\s+(?:[Гг]енерал|[Аа]дмирал|[Пп]олковник|[Пп]одполковник|[Мм]аршал|[Вв]ице-адмирал|"
                         r"[Кк]онтр-адмирал)[\w-]*\s+(?=[А-ЯӘҒҚҢӨҰҮҺІЁ])")


def people(ctx: Context) -> list[Candidate]:
    text = ctx.text
    found: dict[str, Candidate] = {}
    order = []
    for m in _POST.finditer(text):
        begin = m.end() + 1
        rank = _RANK_AFTER.match(text, m.end())
        if rank and not m.group().lower().endswith(_GENITIVE):
            begin = rank.end()      # «Қорғаныс министрі, генерал-лейтенант Нұрлан Ермекбаев»: a rank after the post
        honorific = _HONORIFIC.match(text, begin)
        begin = honorific.end() if honorific else begin
        regnal = _REGNAL.match(text, begin)
        begin = regnal.end() if regnal else begin
        after = _NAME.match(text, begin) if text[m.end():m.end() + 1] == " " or rank else None
        if not after:
            continue
        name_words = [w for w in after.group().split() if w != _HAJJI]
        if m.group().lower().endswith(_GENITIVE):
            continue        # «Корольдің …», «Мемлекет басшысының …»: what follows is the post's, not a name
        if _kk_singular(m.group()) != m.group() and _SHARED_POST.match(text, m.start()):
            continue        # a post in the plural before two names: read below, each in turn
        if _ACCUSATIVE.search(m.group()) and not _ACCUSATIVE_NAME.search(name_words[-1]):
            continue        # «Мемлекет басшысын ханзада Әли …»: the post is the object's, the name another's
        if not name_words or _not_name(name_words[0]) or _POST.fullmatch(name_words[0]):
            continue
        nasab = _NASAB.match(text, after.start() + len(name_words[0]))
        if nasab:
            # given name, then the father's name after «бен» and the family's after «Әл»: the whole is the name
            name_words = [name_words[0]] + nasab.group().split()
            name_end = nasab.end()
        else:
            written = [w for w in re.finditer(r"\S+", after.group()) if w.group() != _HAJJI]
            name_words = _name_only(name_words, [w.group() for w in written])
            name_end = after.start() + written[len(name_words) - 1].end() \
                if [w.group() for w in written[:len(name_words)]] == name_words else after.end()
        if _BODY_WORD.match(text, name_end) or (re.search(_PLURAL, m.group().lower()) and len(name_words) == 1):
            continue        # «Эни С.П.А. компаниясының директоры»: a company's name; «өкілдерімен Қорғас маңында»:
            # representatives, many, and a place
        place = _PLACE_WORD.match(text, name_end)
        if place and len(name_words) >= 3 and not nasab:
            # «… министрі Мұрат Нұртілеу Душанбе қаласына …»: the last word is the place, the name is before it
            name_words = name_words[:-1]
            name_end = text.rindex(name_words[-1], after.start(), name_end) + len(name_words[-1])
            place = None
        if place and not _POST.match(text, place.end() + 1):
            continue        # «Президенті Нұр-Сұлтан қаласында»: a place, named by what it is (but «… Әлім Байел
            # облыс әкімі Нұрымбет …»: the next person's post, the region's akim)
        # the post: capitalised words before it (the country: «Жапония Премьер-Министрі»)
        ps = _post_start(text, m.start())
        post = (text[ps:m.start()] + _kk_singular(m.group())).strip()     # «министрлері Мұрат Нұртілеу мен …»
        last = name_words[-1]
        if not (re.match(r"\s+(?:және|мен|бен|пен)\s", text[name_end:name_end + 7])
                and _ACCUSATIVE_NAME.search(last) and not _WITH.search(last) and name_nominative(last) != last):
            # before «және» a name stands bare (the case goes on the last of the joined words): «Мұхтар
            # Тілеуберді және …» is not an accusative; but «Андрей Лукинмен және …» has its «-мен» on
            last = name_nominative(last)
        name = " ".join(name_words[:-1] + [last])
        if regnal:
            name = f"{regnal.group().strip()} {name}"
        qs, qe = ps, name_end
        if qe - qs < 8:
            continue
        key = last.lower()[:6]
        c = person_candidate(ctx, qs, qe, post, name, (after.start(), name_end), 0.6)
        old = found.get(key)
        if old is None:
            found[key] = c
            order.append(key)
        elif len(name) > len(old.person["name"]["kk"]) or len(post) > len(old.person["post"]["kk"]):
            found[key] = c
    # a post after the name, set off by a comma: «Олжас Бектенов, ҚР Премьер-министрі:»
    for m in _NAME_THEN_POST.finditer(text):
        name_words = m[1].split()
        if len(name_words) < 2 or any(_not_name(w) or _POST.fullmatch(w) for w in name_words):
            continue
        key = name_nominative(name_words[-1]).lower()[:6]
        if key in found:
            continue
        name = " ".join(name_words[:-1] + [name_nominative(name_words[-1])])
        post = m[2].strip()
        found[key] = person_candidate(ctx, m.start(), m.end(2), post, name, (m.start(1), m.end(1)), 0.6)
        order.append(key)
    # a post in the plural before two names joined by «мен»: «мемлекет басшылары – Қасым-Жомарт Тоқаев пен
    # Эмманюэль Макрон»; each takes the post in the singular
    for m in _SHARED_POST.finditer(text):
        plural = m["post"]
        if not _POST.match(plural):
            continue
        ps = _post_start(text, m.start("post"))
        # «екі елдің … министрлері»: each is the minister of one of the two, not of both
        both = re.match(r"екі\s+(ел|мемлекет)\w*\s+", text[ps:m.start("post")], re.I)
        ps += both.end() if both else 0
        post = (text[ps:m.start("post")] + _kk_singular(plural)).strip()
        if both and ps == m.start("post"):
            post = f"{both[1].lower()} {post}"     # «екі мемлекеттің басшылары»: each the head of state, «мемлекет
            # басшысы» (a head of nothing is no post)
        pair = re.search(r"(\S+)\s+(?:мен|пен|бен)\s+(\S+)\s+((?:[а-яәғқңөұүһі]+\s+){0,3})$",
                         text[max(0, m.start("post") - 80):m.start("post")])
        posts = {"a": post, "b": post}
        if pair and states_in(pair[1], "kk") and states_in(pair[2], "kk"):
            # «Қазақстан мен Молдова сыртқы істер министрлері Мұрат Нұртілеу мен Михай Попшой»: in turn
            rest = pair[3] + _kk_singular(plural)
            posts = {"a": f"{pair[1]} {rest}", "b": f"{pair[2]} {rest}"}
            ps = max(0, m.start("post") - 80) + pair.start()
        for group in ("a", "b"):
            post = posts[group]
            words = m[group].split()
            if any(_not_name(w) or _POST.fullmatch(w) for w in words):
                break
            name = " ".join(words[:-1] + [name_nominative(words[-1])])
            key = name_nominative(words[-1]).lower()[:6]
            if key in found:
                continue
            found[key] = person_candidate(ctx, ps, m.end(group), post, name, (m.start(group), m.end(group)), 0.55)
            order.append(key)
    return [found[k] for k in order]


def person_candidate(ctx: Context, qs: int, qe: int, post: str, name: str, anchor: tuple[int, int],
                     confidence: float) -> Candidate:
    """A person with a post, quoted from qs to qe, the name at `anchor`. Words the source glued together are
    parted: «ХайсамИбраһим» is «Хайсам Ибраһим», and «жәнеМысыр Араб Республикасының … елшісі» begins at «Мысыр»
    (the «және» before it belongs to the list the post ends)."""
    name = part_glued(name)
    post = re.sub(r"^[а-яәғқңөұүһіё]+(?=[А-ЯӘҒҚҢӨҰҮҺІЁ])", "", post)
    return Candidate("person", qs, qe, "person", confidence, title={"kk": f"{post} {name}"},
                     parties=ctx.parties_in(post), person={"name": {"kk": name}, "post": {"kk": post}}, anchor=anchor)


_KK_NAME = rf"(?:{_CAP}\s+){{1,2}}[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+"
_SHARED_POST = re.compile(r"(?P<post>[А-ЯӘҒҚҢӨҰҮҺІЁа-яәғқңөұүһіё-]+" + _PLURAL + "(?:ы|і))"
                          r"\s*[–—-]?\s*(?P<a>" + _KK_NAME + r")\s+(?:мен|пен|бен)\s+(?P<b>" + _KK_NAME + r")")


def _kk_singular(word: str) -> str:
    """«басшылары» → «басшысы», «министрлері» → «министрі», «президенттері» → «президенті»: the post of one."""
    m = re.match(r"(.+?)" + _PLURAL + r"(ы|і)$", word)
    if not m or not _POST.fullmatch(m[1]):
        return word     # «канцлері» is one chancellor: «лер» is the word's own
    stem = m[1]
    return stem + ("с" if stem[-1:].lower() in "аәеиоөұүыіуэюя" else "") + m[2]


# How Kazakh, Russian and Turkic surnames end, in any case: «Тоқаев», «Тоқаевтың», «Нұртілеу», «Өмірзақов».
_SURNAME_END = re.compile(r"(ов|ев|ин|ын|ова|ева|ина|ына|ұлы|қызы|ган|ған|ан|ян|ли|лы|ич|ко|ук|ер|ой|ий)"
                          r"(?:\w{0,5})$")
_NAME_THEN_POST = re.compile(_NAME.pattern + r",\s+([^,.;:!?\n«»]{0,60}?" + _POST.pattern + r")(?=\s*[:,.;\n])")


# ---------------------------------------------------------------------------------------------- events
_VISIT = re.compile(r"\b(сапар\w*)", re.I)
_MEETING = re.compile(r"\b(кездес\w*|келіссөз\w*|отырыс\w*|саммит\w*|форум\w*|жиын\w*)", re.I)
_HAPPENED = re.compile(r"(жүргізді|өтті|өтіп жатқан|болды|өткізді|кездесті|келді|барды|қатысты|талқылады)", re.I)
_FUTURE = re.compile(r"(болады|өтеді|жоспарлан\w*|алдағы|келесі)", re.I)


def events(ctx: Context) -> list[Candidate]:
    text = ctx.text
    out = []
    for si, sent in enumerate(ctx.sents):
        mv, mm = _VISIT.search(sent.text), _MEETING.search(sent.text)
        m = mv or mm
        if mv and mm and mm.start() < mv.start():
            m = mm
        if not m:
            continue
        if re.search(r"(барысында|аясында|кезінде|қорытындысы)", sent.text[m.end():m.end() + 14], re.I):
            continue        # the event frames what the sentence says
        happened = _HAPPENED.search(sent.text)
        future = _FUTURE.search(sent.text) and not happened
        if not happened and not future:
            continue
        a, b = sent.start + m.start(), sent.start + m.end()
        span = clause(text, sent, a, b)
        kind = "plan" if future else ("visit" if m is mv else "meeting")
        c = Candidate(kind, span.start, span.end, "event", 0.55,
                      title={"kk": make_title(span.text, "kk", ctx.date_spans(si), span.start, limit=140)},
                      parties=ctx.parties_of(sent.text), anchor=(a, b))
        if future:
            c.status = "planned"
        c.date = ctx.date_near(si, a, b)
        out.append(c)
    return out


# ---------------------------------------------------------------------------------------------- projects
_CUE = re.compile(r"\b(оның ішінде|соның ішінде|атап айтқанда|мәселен)\b[,:]?\s*", re.I)
_STATUS = [(re.compile(r"іске асырылуда|жүзеге асырылуда|салынуда", re.I), "in_progress"),
           (re.compile(r"іске асырыл\w*|жүзеге асырыл\w*|пайдалануға берілді|салынды", re.I), "implemented"),
           (re.compile(r"уағдаласт\w*|келісілді|келісімге қол", re.I), "agreed"),
           (re.compile(r"жоспарлан\w*", re.I), "planned")]


def projects(ctx: Context) -> list[Candidate]:
    text = ctx.text
    out = []
    for si, sent in enumerate(ctx.sents):
        for m in _CUE.finditer(text, sent.start, sent.end):
            before = text[max(0, m.start() - 300):m.start()]
            if not re.search(r"жоба", before, re.I):
                continue
            status = next((st for rx, st in _STATUS if rx.search(before)), "discussed")
            for item in _items(text.replace(",", ";"), m.end(), list_end(text, ctx.sents, si)):
                if len(item.text) > 220 or len(item.text.split()) < 2:
                    continue
                out.append(Candidate("project", item.start, item.end, "project-list", 0.5,
                                     title={"kk": first_upper(make_title(item.text, "kk", limit=160))},
                                     status=status, parties=list(ctx.parties), anchor=(item.start, item.end)))
    return out
