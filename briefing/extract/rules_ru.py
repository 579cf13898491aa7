"""Russian rules beyond figures: signed documents with their parties, projects in lists with their status,
visits and meetings, people with their posts."""
from __future__ import annotations

import re

from .candidate import Candidate, make_title
from .context import Context
from . import quantities
from .figures import BY_VALUE, DEAL_BY_VALUE, PENDING, QUALIFIERS, SIGNED_BEFORE, status_of
from .grammar import agrees_with, nominative
from .names_ru import PARTICLES, analyse, reads_in, syllabic
from .nlp import parse, morph
from .text import ITEM_LINE, ITEM_MARK, Span, Tok, clause, first_upper, list_end, part_glued, tokens

# ---------------------------------------------------------------------------------------------- documents
DOC_LEMMAS = {"соглашение", "меморандум", "заявление", "декларация", "договор", "контракт", "протокол", "документ",
              "конвенция", "коммюнике", "хартия", "постановление", "нота", "письмо",
              "сделка"}     # «подписали сделки на $7,7 млрд»
_DOC_WITH_NEXT = {"план": ("действий", "мероприятий", "сотрудничества"), "карта": (), "программа": ("сотрудничества",),
                  "акт": ("сдачи", "приема", "приёма", "передачи", "приемки", "приёмки")}   # a handover act
_SIGN = {"подписать", "подписывать", "заключить", "заключать", "ратифицировать", "подписание", "согласовать",
         "обменяться", "обмен", "достигнуть",
         "достичь", "скрепить",
         "заключение", "утвердить", "принять", "принятие", "ратификация",
         "оформить"}        # «на форуме было оформлено соглашение о создании фонда»
_REACH_ONLY = {"достигнуть", "достичь"}       # agreements reached («достигнуты соглашения»), nothing else
_ADOPT_ONLY = {"утвердить", "принять", "принятие", "согласовать"}          # adopt a statement or a plan, not sign a contract
_ADOPTABLE = {"заявление", "декларация", "коммюнике", "план", "программа", "карта", "обращение"}
_NOTES = re.compile(r"\b(обмен\w*\s+нотами|обменялись\s+нотами|обменялись\s+\w+\s+нотами)", re.I)
_STOP_PHRASE = re.compile(r"^(в размере|на сумму|на общую сумму|стоимостью|сроком)\b", re.I)


def _lemma(tok: Tok) -> str:
    return parse(tok.low).normal_form.replace("ё", "е")


_MANAGED = {"удалось", "смогли", "смог", "смогла", "сумели", "сумел", "сумела"}


def _is_signing(tok: Tok) -> str | None:
    p = parse(tok.low)
    lemma = p.normal_form
    if lemma not in _SIGN:
        return None
    pos = p.tag.POS
    if pos == "NOUN":
        return lemma        # checked for its context by the caller
    if pos == "INFN":
        return None                         # «не дает заключить мирное соглашение»
    if pos == "VERB" and "past" not in p.tag:
        return None
    if pos == "PRTF" and "pres" in p.tag:
        return None                         # «впервые заключаемого контракта»: being concluded, not signed
    return lemma


def _doc_head(toks: list[Tok], k: int) -> str | None:
    lemma = _lemma(toks[k])
    if lemma in DOC_LEMMAS:
        return lemma
    if lemma == "обращение" and k and toks[k - 1].low.startswith("совместн"):
        return lemma        # «совместное обращение» of two leaders, adopted
    if lemma in ("договорённость", "договоренность") and any(
            re.match(r"подпис(?:ал|ан|ыва)", t.low) for t in toks[max(0, k - 3):k]):
        return "договоренность"     # «подписали ряд договоренностей о …»: what is signed is a document
    if lemma.startswith("межправ") and lemma[len("межправ"):] in DOC_LEMMAS:
        return lemma[len("межправ"):]       # «межправсоглашения»: intergovernmental agreements, abbreviated
    if "-" in toks[k].text:     # «ADS-соглашение», «ИКТ-меморандум»: a document named by an abbreviation
        last = parse(toks[k].low.rsplit("-", 1)[1]).normal_form.replace("ё", "е")
        if last in DOC_LEMMAS:
            return last
    if lemma in _DOC_WITH_NEXT:
        nxt = toks[k + 1].low if k + 1 < len(toks) else ""
        if lemma == "карта":
            return "карта" if k and toks[k - 1].low.startswith("дорожн") else None
        if nxt in _DOC_WITH_NEXT[lemma]:
            return lemma
        # «план межведомственных консультаций», «программа развития …»: a plan of something, in the genitive
        if k + 1 < len(toks) and toks[k + 1].is_word and any(
                "gent" in p.tag and p.tag.POS in ("NOUN", "ADJF") for p in morph().parse(nxt)[:2]):
            return lemma
    return None


_ABBR = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z-]{1,9}")


def _gloss(word: str) -> bool:
    return bool(_ABBR.fullmatch(word) or re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?", word))


def _phrase_end(text: str, toks: list[Tok], k: int) -> int:
    """Where the name of a document that starts at token k ends: before a comma, a verb, the next document."""
    end = toks[k].end
    # a name in quotes runs to its closing quote, a gloss in brackets included («Меморандум … (COP32)» и «…»)
    quoted = k > 0 and toks[k - 1].text in "«“" and toks[k - 1].end == toks[k].start
    depth = 1 if quoted else 0
    period = False      # «Программа … на 2025-2026 годы», «Стратегия … до 2030 года»: the period names it too
    for m in range(k + 1, min(len(toks), k + (60 if quoted else 30))):
        t = toks[m]
        if period and (t.is_digit or t.text in "-–—" or re.fullmatch(r"год\w*|гг", t.low)):
            end = t.end
            continue
        period = False
        if t.is_digit and m > k + 1 and toks[m - 1].low in ("на", "до") and re.fullmatch(r"(?:19|20)\d\d", t.text):
            period = True
            end = t.end
            continue
        if t.text in "«“":
            depth += 1
        elif t.text in "»”":
            if quoted and depth == 1:
                break
            depth = max(0, depth - 1)
        elif depth == 0:
            # a body's abbreviation or a place's other name in brackets is part of the name («между Министерством
            # … (МИВТ) и …», «Правительством Республики Саха (Якутия) и …»)
            if t.text == "(" and m + 2 < len(toks) and toks[m + 2].text == ")" and _gloss(toks[m + 1].text):
                continue
            if t.text == ")" and toks[m - 2].text == "(" and _gloss(toks[m - 1].text):
                end = t.end
                continue
            if t.text == "," and _adjectives_listed(toks, m):
                continue    # «о торгово-экономическом, научно-техническом и культурном сотрудничестве»
            if t.text in ",;.:()!?" or t.text in "–—":
                break
            if t.is_digit and toks[m - 1].text != "№":
                break       # (but «Дополнительное соглашение № 2 к контракту …»: its number names it)
            if t.is_word:
                if _STOP_PHRASE.match(text[t.start:t.start + 20]):
                    break
                p = parse(t.low)
                if p.tag.POS in ("VERB", "PRTS", "INFN") and "Geox" not in p.tag and not (
                        p.tag.POS == "INFN" and re.match(r"намерени|готовност|решени|стремлени", toks[m - 1].low)):
                    break       # (but «меморандум о намерении заключить контракт …» names one document)
                if t.low == "и" and m + 1 < len(toks) and (_doc_head(toks, m + 1) or toks[m + 1].is_digit
                                                           or toks[m + 1].low in _PACKAGE):
                    break       # «совместное заявление и ряд ключевых соглашений»: a set of others follows
                if t.low in ("который", "которое", "которая", "которые", "что"):
                    break
                if p.tag.POS == "NOUN" and p.tag.case == "ablt" and "anim" in p.tag and \
                        toks[m - 1].low not in ("с", "со", "между", "под", "перед", "за", "и"):
                    break       # «Подписание договора … губернатором Приморья …»: the signer, not the name
        end = t.end
    return end


def _adjectives_listed(toks: list[Tok], m: int) -> bool:
    """Whether the comma at token m parts adjectives of one noun, listed before it in one case and closed by «и»:
    «о торгово-экономическом, научно-техническом и культурном сотрудничестве»."""
    def cases(t: Tok) -> set[str]:
        return {str(p.tag.case) for p in morph().parse(t.low)[:3] if p.tag.POS == "ADJF"} if t.is_word else set()
    shared = cases(toks[m - 1]) & cases(toks[m + 1]) if m + 1 < len(toks) else set()
    if not shared:
        return False
    for j in range(m + 2, min(len(toks), m + 12)):
        if toks[j].low == "и" and j + 2 < len(toks) and cases(toks[j + 1]) & shared:
            return toks[j + 2].is_word and any(p.tag.POS == "NOUN" and str(p.tag.case) in shared
                                               for p in morph().parse(toks[j + 2].low)[:3])
        if not (toks[j].text == "," or cases(toks[j]) & shared):
            return False
    return False


def _phrase_start(toks: list[Tok], k: int) -> int:
    start = toks[k].start
    m = k - 1
    while m >= 0:
        t = toks[m]
        p = parse(t.low)
        if t.is_word and p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag and "Anum" not in p.tag:
            start = t.start     # (an ordinal is no part of a name: «первый контракт с Египетской стороной»)
            m -= 1
            continue
        if t.low == "и" and m >= 1 and parse(toks[m - 1].low).tag.POS in ("ADJF",):
            m -= 1
            continue
        break
    return start


# words for a set of documents whose number is not told: «ряд документов», «пакет соглашений»
_PACKAGE = {"ряд", "пакет", "несколько", "серия", "комплекс", "целый"}


def _package_word(toks: list[Tok], ps: int) -> int | None:
    """The start of «ряд»/«пакет»/«несколько» right before a document's phrase starting at ps, or None."""
    m = next((i for i, t in enumerate(toks) if t.start == ps), None)
    while m and toks[m - 1].is_word and toks[m - 1].low not in _PACKAGE and parse(toks[m - 1].low).tag.POS == "ADJF":
        m -= 1      # «ряд других документов»
    if m and toks[m - 1].is_word and toks[m - 1].low in _PACKAGE:
        return toks[m - 1].start
    return None


_BETWEEN = re.compile(r"\bмежду\s+(.+?)\s+и\s+(.+?)(?=\s+(?:относительно|о|об|по|в|на|для|при|с|о)\b|[,;.]|$)")


def _with_states(ctx: Context, bodies: list[str], passage: str) -> list[str]:
    """A document's parties: the bodies that signed it («Министерство энергетики Кыргызской Республики»), and,
    when they show fewer than two states, the states its own clause is about (a bilateral dossier's pair when it
    names one of them alone); the states alone when no body is named."""
    from .states import code_of
    states = ctx.parties_of(passage)
    if not bodies:
        return states
    shown = {code_of(b, ctx.lang) for b in bodies} - {None}
    if len(shown) >= 2:
        return bodies
    extra = [p for p in states if code_of(p, ctx.lang) not in shown and p not in bodies]
    return bodies + extra


def _parties_between(phrase: str) -> list[str]:
    m = _BETWEEN.search(phrase)
    if not m:
        return []
    a, b = m[1].strip(), m[2].strip()
    # «между управлением природных ресурсов и регулирования природопользования ЗКО и Министерством …»: the first
    # «и» joins words of one body; the parties part at an «и» before a body's capitalised name, when there is one
    if not b[:1].isupper():
        later = re.match(r"(.+?\S)\s+и\s+(?=[А-ЯЁA-Z]|(?:компани|банк|фонд|корпораци)\w*\s)(.+)$", b)
        if later:
            a, b = f"{a} и {later[1]}", later[2]
    head = re.match(r"([а-яё]+)\s+(?=[А-ЯЁ])", a)
    plural = head and any(p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "ablt"
                          for p in morph().parse(head[1]))
    if plural and b[:1].isupper():
        # «между правительствами Украины и Польши»: one body of each state
        word = next(p for p in morph().parse(head[1]) if p.tag.POS == "NOUN" and p.tag.number == "plur")
        one = word.inflect({"sing", "nomn"})
        if one is not None:
            return [first_upper(f"{one.word} {a[head.end():]}"), first_upper(f"{one.word} {b}")]
    return [first_upper(nominative(a)), first_upper(nominative(b))]


# News agencies and outlets named in a sentence («сообщает ТАСС»): never a document's party.
_AGENCY = re.compile(r"^(?:(?:ТАСС|РИА|Интерфакс|Sputnik|Спутник|Казинформ|Kazinform|Reuters|Синьхуа|УзТАГ|ИА|МИД)\b|"
                     # a medium that reports the signing: «в официальном Telegram-канале «Газпрома» сообщается»
                     r"Telegram|Телеграм|сайт|канал|пресс-служб|газет|журнал|портал)", re.I)


def _subject_entities(ctx: Context, lo: int, hi: int) -> list[str]:
    """Organisations and countries named before the verb: «Россия и Турция подписали…»."""
    out = []
    sentence = ctx.sents[ctx.sentence_of(lo)]
    # the states of the signing: the subject's, and a partner after the verb («Казахстан подписал с Китаем»)
    states = ctx.parties_of(ctx.text[lo:hi]) if ctx.parties_in(ctx.text[lo:hi]) else []
    states += [p for p in ctx.parties_in(sentence.text) if p not in states]
    for typ, s, e, normal in ctx.ner:
        if lo <= s and e <= hi and typ in ("ORG", "LOC"):
            if typ == "LOC" or _AGENCY.search(normal or ""):
                continue    # a state is read by its name below; a city («в Баку») or a news agency signs nothing
            if normal not in out:
                out.append(normal)
    # a body of one state with the states named: «Минэнерго Узбекистана и Calik Enerji» keep their bodies;
    # «Узбекистан и Турция подписали» gives the states
    return out + [p for p in states if p not in out] if out and states else (out or states)


def documents(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    text = ctx.text
    last_item = -2      # the sentence of the last marked line taken as a document
    for si, sent in enumerate(ctx.sents):
        toks = tokens(text, sent.start, sent.end)
        signs = [(i, lem) for i, t in enumerate(toks) if t.is_word and (lem := _is_signing(t))
                 and (parse(t.low).tag.POS != "NOUN" or _event_context(toks, i))]
        # «сделали Совместное заявление», «выступили с совместным заявлением»: a joint statement issued
        signs += [(i, "принять") for i, t in enumerate(toks) if t.is_word and re.match(
            r"(?:сделал|опубликовал|распространил|выступил)[аи]?$", t.low) and any(
            toks[j].low.startswith("совместн") and j + 1 < len(toks) and re.match(
                r"заявлени|коммюнике|декларац", toks[j + 1].low) for j in range(i + 1, min(len(toks), i + 4)))]
        # «сегодня мы подписываем первый … контракт»: a signing told as it happens, on the day of the news
        signs += [(i, p.normal_form) for i, t in enumerate(toks)
                  if t.is_word and any(toks[x].low == "сегодня" for x in range(max(0, i - 3), i))
                  and (p := parse(t.low)).normal_form in _SIGN and p.tag.POS == "VERB" and "pres" in p.tag]
        # «им удалось подписать стратегический меморандум»: a signing managed, told as done
        signs += [(i, parse(t.low).normal_form) for i, t in enumerate(toks) if i and t.is_word
                  and toks[i - 1].low in _MANAGED and parse(t.low).normal_form in _SIGN and parse(t.low).tag.POS == "INFN"]
        # «Ключевым результатом встречи стала Программа сотрудничества …»: a document the meeting's result
        signs += [(i, "подписать") for i, t in enumerate(toks) if (re.fullmatch(r"стал[аио]?", t.low) or t.text in "-–—:")
                  and any(re.match(r"результат|итог", toks[x].low) for x in range(max(0, i - 4), i))
                  and any(_doc_head(toks, j) or toks[j].low in _PACKAGE for j in range(i + 1, min(len(toks), i + 3)))]
        # («Итог - пакет экономических соглашений …»: the result told after a dash)
        # «поставили свои подписи под Совместной декларацией»: a signing told with the signatures
        signs += [(i, "подписать") for i, t in enumerate(toks) if t.low.startswith("подпис") and i + 1 < len(toks)
                  and toks[i + 1].low == "под" and any(re.match(r"постав(?:ил|ят|ле)", toks[x].low)
                                                      for x in range(max(0, i - 3), i))]
        # «Гродненским облисполкомом подписаны меморандумы … А с Самаркандской и Андижанской областями - соглашения о
        # …»: the verb of the sentence before left out, a dash in its place
        if not signs and si and re.match(r"А\s", sent.text) and _signs_documents(ctx.sents[si - 1].text) \
                and not _is_future(ctx.sents[si - 1].text) and not _is_future(sent.text):
            signs += [(i, "подписать") for i, t in enumerate(toks) if t.text in "-–—" and i + 1 < len(toks)
                      and toks[i + 1].is_word and _doc_head(toks, i + 1)][:1]
        counted = {q for q in range(len(toks)) if q and toks[q - 1].is_digit
                   and not (q >= 3 and toks[q - 2].text == ":" and toks[q - 3].is_digit)}     # «14:49 Договор»
        seen = set()
        colon = next((i for i, t in enumerate(toks) if t.text == ":" and not (
            0 < i < len(toks) - 1 and toks[i - 1].is_digit and toks[i + 1].is_digit)), None)   # «14:49» is a time
        cue = _DOC_LIST_CUE.search(text, sent.start, sent.end)
        list_start = None
        if signs and colon is not None and signs[0][0] < colon:
            list_start = toks[colon].end
        elif signs and cue and toks[signs[0][0]].start < cue.start():
            list_start = cue.end()
        elif not signs and si and _FOLLOW_CUE.match(sent.text) and any(
                _signs_documents(ctx.sents[j].text) for j in range(max(0, si - 3), si)):
            # «… подписаны пакеты документов. Среди них — программа …, соглашения …, а также протокол …»
            list_start = sent.start + _FOLLOW_CUE.match(sent.text).end()
        elif not signs and si and colon is not None and _is_documents_heading(toks, colon) and any(
                _signs_documents(ctx.sents[j].text) for j in range(max(0, si - 3), si)):
            # «… подписали совместное заявление и ряд ключевых соглашений …⏎Ключевые документы:⏎Соглашение о …;»:
            # a heading of the documents just told as signed, and the list below it
            list_start = toks[colon].end
        elif not signs and si and _COUNTED_SIGNING.search(ctx.sents[si - 1].text) and sent.text.count(",") >= 1 \
                and ":" not in sent.text and not _is_future(sent.text) \
                and not re.search(r"\b(?:подписать|заключить|подписывать)\b", sent.text, re.I) \
                and any(_doc_head(toks, k) for k in range(len(toks)) if toks[k].is_word):
            # «… стороны подписали три документа. Сотрудничество между министерствами …, меморандум о …, а также
            # документ о …»: the list, with no cue, right after the count
            list_start = sent.start
        if colon is None or not _doc_head(toks, colon - 1):
            # «подписали еще три соглашения - о перевозках; …»: a dash before the topics does a colon's work
            colon = next((i for i in range(1, len(toks)) if toks[i].text in ("-", "–", "—") and _doc_head(toks, i - 1)
                          and re.match(r"\s*об?\s", text[toks[i].end:toks[i].end + 5])), colon)
        if (signs or _signs_documents(text[sent.start:toks[colon].start] if colon is not None else "")) \
                and colon is not None and _doc_head(toks, colon - 1) \
                and re.match(r"\s*об?\s", text[toks[colon].end:toks[colon].end + 5]) and not _is_future(sent.text):
            # «трех меморандумов: о взаимопонимании в …, об охране … и о сотрудничестве …»: one kind, its topics
            for item in _topic_items(text, toks[colon].end, sent.end):
                kind = _doc_head(toks, colon - 1)
                topic = make_title(item.text, "ru", limit=180)
                title = first_upper(f"{kind} {topic[:1].lower()}{topic[1:]}")
                c = Candidate("agreement", item.start, item.end, "document-list", 0.75, title={"ru": title},
                              parties=ctx.parties_of(sent.text), anchor=(item.start, item.end))
                c.date = ctx.date_near(si, item.start, item.end)
                out.append(c)
            seen = set(range(colon + 1))
            list_start = None
        elif (signs or _signs_documents(text[sent.start:toks[colon].start] if colon is not None else "")) \
                and colon is not None and _doc_head(toks, colon - 1) and not _is_future(sent.text) \
                and re.match(r"[ \t]*\n", text[toks[colon].end:]) and (lines := [
                    m for m in ITEM_LINE.finditer(text, toks[colon].end, list_end(text, ctx.sents, si))
                    if re.match(r"об?\s", m[1])]):
            # «… документов – межправсоглашения:⏎— о воздушном сообщении;⏎— о …»: one kind, its topics a line each
            out += _topic_lines(ctx, si, _doc_head(toks, colon - 1), lines, "")
            seen = set(range(colon + 1))
            list_start = None
        elif signs and colon is not None and colon >= 2 and toks[colon - 1].low in ("о", "об") and \
                _doc_head(toks, colon - 2) and not _is_future(sent.text):
            # «подписаны ключевые соглашения о:» and the topics one a line («- Модернизации …»)
            lines = list(ITEM_LINE.finditer(text, toks[colon].end, list_end(text, ctx.sents, si)))
            out += _topic_lines(ctx, si, _doc_head(toks, colon - 2), lines, "о")
            if lines:
                seen = set(range(len(toks)))
                list_start = None
        item = ITEM_MARK.match(sent.text)
        if not signs and list_start is None and item and _doc_head(toks, _first_word(toks)) and (
                last_item == si - 1 or any(_signs_documents(ctx.sents[j].text) for j in range(max(0, si - 4), si))
                or si and _ENDS_SIGNING.search(ctx.sents[si - 1].text)):
            # «- меморандум о …;» lines under a sentence that told of documents signed, with no colon between
            a = sent.start + item.end()
            b = sent.start + len(sent.text.rstrip(" ;.\n"))
            title = first_upper(nominative(make_title(text[a:b], "ru", ctx.date_spans(si, True), a, limit=200)))
            c = Candidate("agreement", a, b, "document-list", 0.7, title={"ru": title},
                          parties=_with_states(ctx, _parties_between(text[a:b]), text[a:b]), anchor=(a, b))
            c.date = ctx.date_near(si, a, b)
            out.append(c)
            last_item = si
            continue
        if list_start is not None and not _is_future(sent.text):
            # «По итогам переговоров подписаны следующие документы: соглашение о …; меморандум о …»
            end = list_end(text, ctx.sents, si)
            listed = len(out)
            for item in _doc_items(text, list_start, end):
                isi = ctx.sentence_of(item.start)
                title = first_upper(nominative(make_title(item.text, "ru", ctx.date_spans(isi, True), item.start,
                                                              limit=200)))
                c = Candidate("agreement", item.start, item.end, "document-list", 0.8, title={"ru": title},
                              parties=_with_states(ctx, _parties_between(item.text), item.text),
                              anchor=(item.start, item.end))
                c.date = ctx.date_near(isi, item.start, item.end) or ctx.date_near(si, list_start, list_start)
                out.append(c)
            if len(out) > listed:
                seen = set(range(len(toks)))     # the words before the colon only announce the list
        if signs and SIGNED_BEFORE.search(sent.text):
            signs = []      # a signing of before the event the article reports: background, not its news
        if signs:
            for k, t in enumerate(toks):
                if not t.is_word or k in seen:
                    continue
                head = _doc_head(toks, k)
                if head is None:
                    continue
                near = [(i, lem) for i, lem in signs if (abs(i - k) <= 14 or (i < k and not _verb_between(toks, i, k))
                                                          or (i > k and not _verb_between(toks, k, i)
                                                              and not any(_parts_clauses(toks, x) for x in range(k, i))))
                        and not any(toks[x].text == ";" for x in range(min(i, k), max(i, k)))]
                # («принят пакет инвестиционных соглашений»: a package adopted is signed)
                packaged = _package_word(toks, _phrase_start(toks, k)) is not None
                near = [(i, lem) for i, lem in near if (lem not in _ADOPT_ONLY or head in _ADOPTABLE
                                                         or packaged and lem in ("принять", "принятие")
                                                         or _approved_itself(toks, i, k, lem))
                        and (lem not in _REACH_ONLY or head == "соглашение")]
                if not near:
                    continue
                if k in counted or (k >= 2 and toks[k - 2].is_digit):
                    continue                # «подписано 13 соглашений»: a count, proposed with the figures
                if re.search(r"\bнад\s+(?:\w+\s+){0,2}$", text[max(sent.start, toks[k].start - 40):toks[k].start]) or \
                        PENDING.search(_commas_around(text, sent, toks[k].start, toks[k].end)):
                    continue                # «работают над восемью новыми документами»: not signed yet
                if k and toks[k - 1].is_word and parse(toks[k - 1].low).tag.POS == "INFN":
                    continue                # «о намерении заключить контракт»: a document to come, not signed
                if k >= 3 and re.fullmatch(r"(?:заключени|подписани)[июея]", toks[k - 1].low) \
                        and toks[k - 2].low in ("о", "об", "к") and re.match(
                            r"договор[её]нност|договорил|намерени|решени|вопрос|перспектив|возможност|подготовк|"
                            r"предложени|план", toks[k - 3].low):
                    continue                # «договоренность о заключении Соглашения»: one agreed to be signed
                    # (not «заявил о подписании соглашения», «стало известно о подписании документов»)
                if head in ("программа", "план", "карта") and k and toks[k - 1].is_word and \
                        parse(toks[k - 1].low).tag.POS == "NOUN" and not _is_signing(toks[k - 1]) and \
                        toks[k - 1].low not in _PACKAGE and not toks[k - 1].low.startswith("дорожн"):
                    continue                # «о реализации программы помощи»: the programme carried out, not signed
                if k and re.fullmatch(r"проект(?:а|у|ом|е)?", toks[k - 1].low):
                    continue                # «подписал проект Соглашения»: a draft, approved to be signed
                if _REFERENCE.search(text[max(sent.start, toks[k].start - 60):toks[k].start]) and not (
                        k + 2 < len(toks) and toks[k + 1].text == "," and _is_signing(toks[k + 2])) \
                        and not _signed_lately(toks, k):
                    continue                # «на основании постановления», «согласно соглашению»: cited, not signed
                    # (but «в соответствии с подписанным вчера Соглашением»: signed in the news)
                lo, hi = sorted((toks[k].start, toks[near[0][0]].end))
                if not _past_indicative(toks, near[0][0]) and not _signed_lately(toks, k) \
                        and _is_future(_commas_around(text, sent, lo, hi)):
                    continue                # the signing is to come; «согласно контракту, подписанному …, будет
                                            # отправлено» tells of a signed contract in a sentence about the future
                ps = _phrase_start(toks, k)
                package = _package_word(toks, ps)
                if package is not None:
                    ps = package      # «подписан ряд документов»: the package, its number not told
                pe = _phrase_end(text, toks, k)
                sign_i = near[0][0]
                qs = min(ps, toks[sign_i].start)
                qe = max(pe, toks[sign_i].end)
                span = clause(text, sent, qs, qe)
                if span.start > qs or span.end < qe:
                    span = Span(qs, qe, text[qs:qe])
                pe = min([pe] + [s2 for typ2, s2, _, _ in ctx.ner if typ2 == "PER" and ps < s2 < pe])
                phrase = text[ps:pe].rstrip()
                trail = re.search(r"(?:\s+(?:на|в|во|с|со|о|об|по|и|для|к|от|до|за|господин\w*|госпож\w*|г-н\w*|г-ж\w*|"
                              r"[A-Z]{3}|[$€£¥₸₽]))+$", phrase)   # (an honorific before the name cut off)
                if trail:
                    pe -= len(trail.group())
                    phrase = text[ps:pe]
                words = re.findall(r"[^\W\d_]+", phrase)
                between = _BETWEEN_AFTER.match(text, toks[sign_i].end) if sign_i == k + 2 and \
                    toks[k + 1].text == "," and parse(toks[sign_i].low).tag.POS == "PRTF" else None
                if len(words) < 2 and between:
                    # «контрактом, подписанным между правительством Туркмении и группой ИТЕРА»: named by its parties
                    pe = between.end()
                    phrase = f"{text[ps:toks[k].end]} {between.group().strip()}"
                    words = re.findall(r"[^\W\d_]+", phrase)
                    span = Span(min(span.start, ps), max(span.end, pe), text[min(span.start, ps):max(span.end, pe)])
                if ps == toks[k].start and all(w.lower() in QUALIFIERS
                                                for w in re.findall(r"[^\W\d_]+", text[toks[k].end:pe])) and \
                        _named_by_value(text, toks[k].end, sent.end) and \
                        not PENDING.search(_commas_around(text, sent, toks[k].start, toks[k].end)):
                    continue        # «подписаны контракты на сумму 4 млрд рублей»: the figure proposes it, with its value
                if len(words) == 2 and _lemma(tokens(phrase)[0]) in _ANAPHORIC:
                    continue        # «Это соглашение было подписано…»: the document named earlier
                reached = None
                if len(words) < 2 and package is None and toks[sign_i].start > ps and not out \
                        and _signers_after(toks, sign_i):
                    # «… договорились о технико-экономическом сотрудничестве. С украинской стороны документ
                    # подписал замминистра …»: the signing of what the sentences before agreed on, its signers told
                    reached = _agreed_before(ctx, si)
                    if reached is not None:
                        phrase = f"{text[ps:toks[k].end]} {reached}"
                        words = re.findall(r"[^\W\d_]+", phrase)
                if reached is None and len(words) < 2 and package is None and head != "документ" \
                        and toks[sign_i].start > ps and not _named_before(text, sent.start, head):
                    # «Зимбабве и Мозамбик создали двустороннюю комиссию, соглашение было подписано …»: a document
                    # the text names by what the clause before it says was done
                    # …or, after a sentence of what was done, the event it was signed at: «Соглашение было
                    # подписано во время визита в Москву министра …»
                    reached = _done_before(text, sent, ps) or (_signed_during(text, toks, k, sign_i, sent) if si
                                                               and _tells_a_deed(text, ctx.sents[si - 1]) else None)
                    if reached is not None:
                        phrase = f"{first_upper(text[ps:toks[k].end])} ({reached})"
                        words = re.findall(r"[^\W\d_]+", phrase)
                if len(words) < 2 + (package is not None) and (toks[sign_i].start > ps or head == "документ"
                                                              or (_named_before(text, sent.start, head)
                                                                  and not _another_one(toks, k))) \
                        and not (package is not None and len(words) >= 2):
                    continue        # «Соглашение было подписано…», «подписания документа» (which the text names
                                    # otherwise), or a document the text has named already
                if len(words) < 2 and _lemma(toks[k]) != head and "-" not in toks[k].text and package is None:
                    continue        # «соглашения» in the plural, no count: not one document
                title = first_upper(nominative(make_title(phrase, "ru", ctx.date_spans(si), ps, limit=160))) \
                    if reached is None else first_upper(phrase)
                parties = _with_states(ctx, _parties_between(phrase)
                                       or _subject_entities(ctx, span.start, toks[sign_i].start),
                                       phrase)
                plural = parse(toks[sign_i].low).tag.POS != "NOUN" and any(
                    p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in morph().parse(toks[k].low))
                topics = _topic_items(text, toks[k].end, pe) if plural else []
                if len(topics) >= 2:
                    # «соглашения о сотрудничестве в области здравоохранения и о взаимном признании дипломов»:
                    # documents of one kind, one per topic
                    for item in topics:
                        topic = make_title(item.text, "ru", limit=160)
                        c = Candidate("agreement", span.start, span.end, "document", 0.75,
                                      title={"ru": first_upper(f"{head} {topic[:1].lower()}{topic[1:]}")},
                                      parties=parties, anchor=(item.start, item.end))
                        c.date = ctx.date_near(si, ps, pe)
                        out.append(c)
                    continue
                c = Candidate("agreement", span.start, span.end, "document" if package is None else "document-package",
                              0.8 if head != "документ" else 0.65, title={"ru": title}, parties=parties,
                              anchor=(ps, pe))
                c.date = ctx.date_near(si, ps, pe)
                out.append(c)
                out += _another_between(ctx, si, phrase, ps, pe, span, plural)
        for m in _NOTES.finditer(text, sent.start, sent.end):
            if _is_future(sent.text):
                continue
            end = _clause_end(text, m.end(), sent.end)
            span = clause(text, sent, m.start(), end)
            title = make_title(first_upper(nominative(text[m.start():end])), "ru", limit=160)
            c = Candidate("agreement", span.start, span.end, "document", 0.75, title={"ru": title},
                          parties=ctx.parties_of(sent.text), anchor=(m.start(), end))
            c.date = ctx.date_near(si, m.start(), end)
            out.append(c)
    _drop_told_packages(ctx, out)
    return _unique(out)


_ALSO_BETWEEN = re.compile(r",?\s+(?:а\s+также|и)\s+(между\s+[^,;.:()]{3,160}?\s+и\s+[^;.:()]{2,200}?)"
                           r"(?=,\s+(?:а|но|которы\w*|что)\b|[;.:()]|$)")   # (a ministry's name may list its fields)


def _another_between(ctx: Context, si: int, phrase: str, ps: int, pe: int, span: Span, plural: bool) -> list[Candidate]:
    """«подписаны протоколы о намерениях между A и B, а также между C и D»: documents of one kind in the plural,
    the second named by its own parties only."""
    # (right after the first, or after the rest of its last party's name: «…, пищевой и перерабатывающей
    # промышленности Оренбургской области, а также между …»)
    m = _ALSO_BETWEEN.search(ctx.text, pe, ctx.sents[si].end)
    if m is not None and re.search(r"\bмежду\b|[;:]", ctx.text[pe:m.start()]):
        m = None
    cut = phrase.find(" между ")
    if not plural or m is None or cut < 0:
        return []
    kind = phrase[:cut]
    title = first_upper(nominative(make_title(f"{kind} {m[1]}", "ru", limit=200)))
    c = Candidate("agreement", span.start, max(span.end, m.end()), "document", 0.7, title={"ru": title},
                  parties=_with_states(ctx, _parties_between(m[1]), m[1]), anchor=(m.start(1), m.end()))
    c.date = ctx.date_near(si, ps, pe)
    return [c]


def _drop_told_packages(ctx: Context, out: list[Candidate]) -> None:
    """A package named by its kind alone («подписан пакет документов, включающий соглашение о …») whose
    documents the same sentence names goes: they are the facts. A package with its own subject, or one whose
    documents are listed after it, stays: it tells that a set was signed."""
    for p in [c for c in out if c.rule == "document-package" and len(next(iter(c.title.values())).split()) <= 3]:
        si = ctx.sentence_of(p.start)
        if any(c.rule != "document-package" and c.anchor and ctx.sentence_of(c.anchor[0]) == si for c in out):
            out.remove(p)


_DOC_LIST_CUE = re.compile(r"\b(?:в том числе|включая|среди которых|среди них)\b\s*:?\s*", re.I)


def _first_word(toks: list[Tok]) -> int:
    return next((i for i, t in enumerate(toks) if t.is_word), 0)


def _doc_items(text: str, start: int, end: int) -> list[Span]:
    """Documents in a list: split at semicolons, or at commas and «а также» when there are none; a piece that
    does not begin with a document word belongs to the item before it («Министерством торговли, промышленности
    и энергетики»)."""
    if any(m.start() > 0 for m in ITEM_LINE.finditer(text[start:end])):
        # one item a line, each after its mark («- Протокол …», «• Меморандум …»); a line that names no document
        # first («- Министры подписали …») is left to the signing it tells
        out = []
        for m in ITEM_LINE.finditer(text[start:end]):
            a = start + m.start(1)
            b = start + m.end(1)
            line = text[a:b].rstrip(" ;.")
            itoks = tokens(text, a, a + len(line))
            if any(_doc_head(itoks, k) for k in range(min(3, len(itoks))) if itoks[k].is_word):
                cut = _phrase_end(text, itoks, next(k for k in range(min(3, len(itoks)))
                                                    if itoks[k].is_word and _doc_head(itoks, k)))
                out.append(Span(a, cut, text[a:cut]))
        return out
    seps = ";" if ";" in text[start:end] else ","
    raw = []
    for it in _split_items(text, start, end, commas=seps == ","):
        # «документ о … и Меморандум о …»: «и» before another document's word begins the next item
        cut = it.start
        for m in re.finditer(r"\s+и\s+(?=(\w+))", it.text):
            word = Tok(it.start + m.start(1), it.start + m.end(1), m[1])
            if m.start() > 0 and _doc_head([word], 0):
                raw.append(Span(cut, it.start + m.start(), text[cut:it.start + m.start()]))
                cut = it.start + m.end()
        raw.append(Span(cut, it.end, text[cut:it.end]))
    items: list[Span] = []
    for it in raw:
        a = it.start
        m = re.match(r"(?:а также|и)\s+", it.text)
        if m:
            a += m.end()
        itoks = tokens(text, a, it.end)
        head = any(_doc_head(itoks, k) for k in range(min(3, len(itoks))) if itoks[k].is_word)
        if head or not items:
            items.append(Span(a, it.end, text[a:it.end]))
        else:
            prev = items[-1]
            items[-1] = Span(prev.start, it.end, text[prev.start:it.end])
    out = []
    for it in items:
        itoks = tokens(text, it.start, it.end)
        if any(_doc_head(itoks, k) or (k == 0 and _lemma(itoks[k]) in _LISTED_DOCUMENTS)
               for k in range(min(3, len(itoks))) if itoks[k].is_word):
            out.append(it)
    return out


# Words that are documents when a list of signed documents names them («Среди подписанных документов: Решение
# Первого заседания …»), though alone they tell of a decision taken, not of a document («принято решение о …»)
_LISTED_DOCUMENTS = {"решение", "концепция", "стратегия", "положение", "устав", "регламент"}


# A document cited as the ground of something, not signed in the event («на основании постановления Совета
# Министров», «согласно межправительственному соглашению»), unless a participle says it was («контрактом,
# подписанным …»).
_REFERENCE = re.compile(r"(?:на основании|на основе|согласно|в соответствии с|в соответствии со|в рамках|в развитие|"
                        r"по реализации|о реализации|во исполнение|по выполнению|о выполнении)\s+"
                        r"(?:[«\"“]?(?!(?:подписа(?:н[оаы]?|л\w*)|заключ(?:ен[оаы]?|ил\w*))\s)[^\W\d_]+\s+){0,2}[«\"“]?$", re.I)     # («в рамках визита подписано …»)
_COUNTED_SIGNING = re.compile(r"подписа\w*\s+(?:\w+\s+)?(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
                              r"десять)\s+(?:\w+\s+)?(?:документ|соглашени|меморандум|договор)\w*\s*[.:]?\s*$", re.I)
_FOLLOW_CUE = re.compile(r"^\s*(?:(?:(?:среди|в числе) (?:них|(?:подписанных\s+)?(?:документов|соглашений|договоров|"
                         r"меморандумов|контрактов))|в их числе|в том числе|в их число (?:вошл[иоа]|входят|вошёл|вошел))"
                         r"\s*[-–—:,]?"
                         r"|(?:первым|вторым|третьим|четвертым|четвёртым|пятым|(?:ещ[её]\s+)?одним(?:\s+из\s+них)?"
                         r"|последним)\s+(?:документом|из документов)?\s*(?:является|стал[аио]?|был[аио]?)?\s*[-–—:,]?"
                         r"|(?:ещ[её]|другой)\s+(?:один\s+)?(?:[а-яё]+\s+)?документ\s*[-–—:]"   # «Ещё один важный документ –»
                         # «Первый из них – соглашение с компанией …»
                         r"|(?:перв|втор|трет|четв[её]рт|пят|последн)(?:ый|ой|ий|ое|ая|ее|ья|ье)\s+из\s+них\s*[-–—:,]?"
                         # «Согласно заявлению кабинета министров Египта, они включают соглашения …»
                         r"|(?:[^.,;:]{0,80},\s*)?(?:они|эти\s+(?:документы|сделки|соглашения))\s+включа(?:ют|ли))"
                         r"\s*", re.I)


def _named_by_value(text: str, end: int, sent_end: int) -> bool:
    """Whether a document word is followed by its value and nothing else names it («контракты на $6 млн»)."""
    m = re.match(r"\s*" + BY_VALUE, text[end:sent_end])
    if not m or not DEAL_BY_VALUE.search(text, max(0, end - 20), end + m.end()):
        return False
    after = end + m.end()
    found = quantities.find(text, Span(after, sent_end, text[after:sent_end]), "ru")
    return any(q.kind == "money" and q.start == after for q in found)


def _is_documents_heading(toks: list[Tok], colon: int) -> bool:
    """A short line that only names documents and ends with a colon («Ключевые документы:», «Перечень
    соглашений:»): the heading of a list."""
    words = [t for t in toks[:colon] if t.is_word]
    if 0 < len(words) <= 8 and _lemma(words[0]) in ("документ", "соглашение") and re.search(
            r"(?:\bвключа\w+(?: в себя)?|\bследующие|\bтаковы)$", " ".join(t.low for t in words[-3:])):
        return True     # «Документы о сотрудничестве включают в себя: План …; Соглашение …»: the list follows
    return colon == len(toks) - 1 and 0 < len(words) <= 5 and any(
        _lemma(t) in ("документ", "соглашение", "договорённость", "договоренность") or _doc_head(toks, k)
        for k, t in enumerate(toks[:colon]) if t.is_word)


# «Уполномоченные представители двух стран подписали⏎ • Меморандум о …»: the list below a verb left with no object
_ENDS_SIGNING = re.compile(r"\b(?:подписали|подписаны|подписано|заключили|заключены|заключено)\s*:?\s*$", re.I)


def _signs_documents(sentence: str) -> bool:
    """Whether a sentence tells of documents signed («подписаны пакеты документов», «подписано 15 соглашений»)."""
    # («на церемонии обмена документами»: the signed copies exchanged)
    return bool(re.search(r"подписа\w*|заключ\w*|обмен\w*\s+(?:\w+\s+)?(?:документ|соглашени|меморандум|экземпляр)",
                          sentence, re.I)) and bool(
        re.search(r"документ\w*|соглашени\w*|меморандум\w*|договор\w*|декларац\w*|протокол\w*|контракт\w*|"
                  r"сдел(?:к|ок)\w*", sentence, re.I))


def _topic_lines(ctx: Context, si: int, kind: str, lines: list[re.Match], prep: str) -> list[Candidate]:
    """One document of `kind` for each item line of topics after the sentence si («— о воздушном сообщении;»);
    `prep` «о» when the sentence said the preposition once for all («соглашения о:⏎- Модернизации …»)."""
    out = []
    for m in lines:
        a, b = m.start(1), m.start(1) + len(m[1].rstrip(" ;.,"))
        topic = make_title(ctx.text[a:b], "ru", limit=180)
        said = f"{'об' if topic[:1].lower() in 'аоуэи' else 'о'} " if prep else ""
        c = Candidate("agreement", a, b, "document-list", 0.75,
                      title={"ru": first_upper(f"{kind} {said}{topic[:1].lower()}{topic[1:]}")},
                      parties=ctx.parties_of(ctx.sents[si].text), anchor=(a, b))
        c.date = ctx.date_near(si, a, b)
        out.append(c)
    return out


def _topic_items(text: str, start: int, end: int) -> list[Span]:
    """The topics of one kind of document listed after a colon, each beginning «о»/«об»: split where the next
    topic begins (a comma or «и» before «о …»), so «об охране окружающей среды и изменению климата» stays one."""
    chunk = text[start:end]
    told = re.search(r",\s*(?:передает|передаёт|сообщает|сообщают|пишет|отмечает)\b", chunk)
    if told:
        chunk = chunk[:told.start()]        # «…; о … медицинских наук, передает Trend»
    semis = [m.end() for m in re.finditer(r";\s*", chunk)]
    cuts = sorted(set([0] + [m.end() for m in re.finditer(r"(?:,\s*|\s+и\s+|\s+а также\s+)(?=об?\s)", chunk)]
                      + semis + [len(chunk)]))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = chunk[a:b]
        piece = re.sub(r"(?:,\s*|\s+и\s*|\s+а также\s*)$", "", piece).rstrip(" .;")
        lead = len(piece) - len(piece.lstrip())
        if re.match(r"\s*об?\s", piece):
            out.append(Span(start + a + lead, start + a + len(piece), piece.strip()))
        elif a in semis and out and re.match(r"[а-яё]", piece.strip()):
            # «три соглашения - о перевозках; сотрудничестве в …»: the preposition told once for the list
            prep = "об" if piece.strip()[:1] in "аоуэи" else "о"
            out.append(Span(start + a + lead, start + a + len(piece), f"{prep} {piece.strip()}"))
    return out


_ANAPHORIC = {"этот", "данный", "указанный", "такой", "подобный", "весь", "свой", "тот", "который"}


# what sides agreed on: «договорились о технико-экономическом сотрудничестве», «пришли к соглашению об экспорте сахара»
_AGREED_ON = re.compile(r"\b(?:договорил(?:ись|ась|ся)|пришли\s+к\s+(?:соглашению|договоренности|договорённости))\s+"
                        r"(об?\s+[^.,;:!?()«»]{3,120}?)(?=\s+(?:между|в\s+ходе|на\s+\w+\s+основе)\b|[.,;:!?()]|$)",
                        re.I)


def _agreed_before(ctx: Context, si: int) -> str | None:
    """The topic the two sentences before say the sides agreed on, as «о …», or None."""
    for j in range(si - 1, max(-1, si - 3), -1):
        m = _AGREED_ON.search(ctx.sents[j].text)
        if m:
            return _without_agent(m[1].strip())
    return None


def _without_agent(topic: str) -> str:
    """The topic without the doer in the instrumental that may follow it («об экспорте сахара российскими
    производителями» -> «об экспорте сахара»)."""
    words = topic.split()
    for n in range(2, len(words)):
        if parse(words[n].lower()).tag.case == "ablt" and parse(words[n - 1].lower()).tag.POS != "PREP":
            return " ".join(words[:n])
    return topic


def _signers_after(toks: list[Tok], i: int) -> bool:
    """Whether the signing verb at i is an active past verb with its subject after it («документ подписал
    замминистра …», «соглашение подписали Союз сахаропроизводителей …»): who signed is the news."""
    p = parse(toks[i].low)
    if p.tag.POS != "VERB" or p.tag.tense != "past":
        return False
    return i + 1 < len(toks) and toks[i + 1].is_word and any(
        q.tag.case == "nomn" and q.tag.POS in ("NOUN", "ADJF") for q in morph().parse(toks[i + 1].low)[:2])


def _approved_itself(toks: list[Tok], i: int, k: int, lemma: str) -> bool:
    """«Соглашение о партнерстве между A и B утверждено 10 мая в Ташкенте»: an agreement told as approved, in the
    short passive after it, with no one who approved it, is concluded between its parties; «Президент утвердил
    соглашения», «Комитет одобрил протокол» are a state's approval at home of what was signed before."""
    return lemma == "утвердить" and i > k and parse(toks[i].low).tag.POS == "PRTS" and not any(
        toks[x].is_word and parse(toks[x].low).tag.case == "ablt" and "anim" in parse(toks[x].low).tag
        for x in range(i + 1, min(len(toks), i + 4)))


def _done_before(text: str, sent, ps: int) -> str | None:
    """The clause before a bare document word, when it tells with a past verb what was done: «Зимбабве и Мозамбик
    создали двустороннюю комиссию по сотрудничеству, соглашение было подписано …» -> that clause."""
    before = text[sent.start:ps].rstrip()
    if not before.endswith(",") or before.count(",") > 1:
        return None
    before = before[:-1].strip()
    words = tokens(before)
    if len([t for t in words if t.is_word]) < 3 or not any(
            t.is_word and (p := parse(t.low)).tag.POS == "VERB" and "past" in p.tag for t in words):
        return None
    return make_title(before, "ru", limit=160) or None


_DURING = re.compile(r"\s+(?:во\s+время|в\s+ходе|в\s+рамках|на\s+полях|по\s+итогам)\s")


def _signed_during(text: str, toks: list[Tok], k: int, sign_i: int, sent) -> str | None:
    """«Соглашение было подписано во время визита …»: a bare document word opening its sentence, its past
    signing right after it and the event it was signed at after that -> «подписано во время визита …»."""
    if k != next((x for x, t in enumerate(toks) if t.is_word), None) or sign_i > k + 2:
        return None
    p = parse(toks[sign_i].low)
    if p.tag.POS != "PRTS" or "past" not in p.tag or not _DURING.match(text, toks[sign_i].end):
        return None
    end = _clause_end(text, toks[sign_i].end, sent.end)
    said = make_title(text[toks[sign_i].start:end].strip(), "ru", limit=160)
    return said[:1].lower() + said[1:] if said else None


def _tells_a_deed(text: str, before) -> bool:
    """The sentence before, in the same paragraph, tells what was done or how much («Аннулированная сумма
    составляет 93% общего долга Ирака»): the document signed next is what it is about."""
    if "\n\n" in text[before.end:before.end + 8] or "\n\n" in before.text.strip():
        return False
    return bool(re.search(r"\d", before.text)) or any(
        t.is_word and (p := parse(t.low)).tag.POS in ("VERB", "PRTF", "PRTS") and "past" in p.tag
        for t in tokens(text, before.start, before.end))


def _signed_lately(toks: list[Tok], k: int) -> bool:
    """«подписанным вчера Соглашением»: a signing participle with the day of the news right before the document."""
    near = toks[max(0, k - 3):k]
    return any(t.low in ("вчера", "сегодня", "накануне") for t in near) and any(
        t.is_word and _is_signing(t) and parse(t.low).tag.POS in ("PRTF", "PRTS") for t in near)


def _another_one(toks: list[Tok], k: int) -> bool:
    """«С … также было заключено соглашение», «подписано ещё одно соглашение»: a document besides the one the
    text named before."""
    return any(toks[x].low in ("также", "еще", "ещё", "второе", "второй", "другое", "другой") and not any(
        toks[y].is_word and parse(toks[y].low).tag.POS == "NOUN" for y in range(x + 1, k))
        for x in range(max(0, k - 4), k))      # (not «дополнением также отменены пункты контракта»)


def _named_before(text: str, pos: int, head: str) -> bool:
    """Whether the text names a document of this kind before `pos` («Соглашение о …» then «подписали
    соглашение»): a bare «соглашение» then means that one."""
    stem = head[:-2] if len(head) > 5 else head
    return re.search(r"(?<![\w-])" + re.escape(stem), text[:pos], re.I) is not None


def _parts_clauses(toks: list[Tok], x: int) -> bool:
    """A comma or semicolon at token x that may end a clause; a comma between adjectives of one list does not
    («о торгово-экономическом, научно-техническом, культурном … сотрудничестве»)."""
    if toks[x].text == ";":
        return True
    if toks[x].text != "," or x == 0 or x + 1 >= len(toks):
        return False
    a, b = parse(toks[x - 1].low), parse(toks[x + 1].low)
    return not (a.tag.POS == "ADJF" and b.tag.POS == "ADJF" and a.tag.case == b.tag.case)


def _verb_between(toks: list[Tok], a: int, b: int) -> bool:
    """A finite verb between two tokens: «подписаны А, а также Б» has none, so Б was signed too."""
    for x in range(a + 1, b):
        if toks[x].is_word:
            p = parse(toks[x].low)
            if x == b - 1 and toks[x].low in ("был", "была", "было", "были"):
                continue    # «Соглашение … было подписано»: the auxiliary of the signing itself
            if p.tag.POS in ("VERB", "PRTS") or toks[x].text in ".!?":
                return True
    return False


def _event_context(toks: list[Tok], i: int) -> bool:
    """A signing named by a noun counts when it happened: «при подписании», «церемония подписания», «главным
    достижением визита стало подписание»."""
    before = " ".join(t.low for t in toks[max(0, i - 3):i])
    after = " ".join(t.low for t in toks[i + 1:i + 5])
    if toks[i].low.startswith("ратификац") and re.search(r"\b(?:одобрил|утвердил|поддержал)\w*\s+$", before + " ") \
            and "правительств" not in before and "кабинет" not in before:
        return True     # «Совет Федерации одобрил ратификацию протокола …»: a chamber's act (not «одобрил подписание»,
        # a signing still to come, nor a government's approval, which sends the document to its parliament)
    if re.search(r"\b(?:состоял\w*|прошл[оа]|прошли)\b", after) and not re.search(r"\b(?:не|будет|может)\b", after):
        return True     # «Подписание соглашения состоялось в рамках II Совета регионов»
    if re.search(r"(?:^|\s)(?:отметил[аи]?|приветствовал[аи]?|оценил[аи]?)\s+$", " " + before + " ") \
            and not re.search(r"\b(?:19|20)\d\d\b", after):
        return True     # «Идрис отметил подписание … соглашения»: a signing acknowledged, so held (not «отметили
        # подписание 21 января 2021 года …»: one of the past, recalled)
    colon = next((x for x in range(i - 1, -1, -1) if toks[x].text == ":"), None)
    if colon is not None and re.match(r"(?:переговор|встреч|визит|саммит|заседани)", " ".join(
            t.low for t in toks[:colon] if t.is_word)) and not any(
            parse(t.low).tag.POS in ("VERB", "INFN") for t in toks[:i] if t.is_word):
        return True     # a headline of talks and what they gave: «Переговоры Жапарова и Путина: товарооборот,
        # инвестиции и подписание документов»
    if not any(t.is_word for t in toks[:i]):
        # the signing the subject of its sentence, the verb far after it: «Подписание договора … губернатором …
        # и председателем … в Москве стало …» tells of a signing held (not «планировалось», «перенесли»)
        for x in range(i + 1, len(toks)):
            p = parse(toks[x].low)
            if p.tag.POS == "VERB":
                return "past" in p.tag and "indc" in p.tag and toks[x - 1].low != "не" and not re.match(
                    r"планир|намеч|ожида|предполага|перен[её]с|отлож|сорва|отмен|долж|мог", toks[x].low)
    return bool(re.search(r"\b(при|после|в ходе|встреч\w*|состоял\w*|прошл\w*|церемони\w*|по итогам|во время|заверши(?:л|вш)\w*|"
                          r"ознаменовал\w*|увенчал\w*|итогом|результат\w*|стал[аои]?|успешн\w*|начал\w*\s+со?|"
                          r"(?:сообщил\w*|объявил\w*|заявил\w*)\s+(?:об?|о\s+\w+)|"
                          r"принял[аи]?\s+участие\s+в|участвовал[аи]?\s+в|присутствовал[аи]?\s+(?:на|при))\b", before))
    # («сообщил об успешном подписании»: a signing reported as done; «принял участие в подписании»: one taken part in)


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = re.search(r"[,;.:()]", text[pos:limit])
    return pos + m.start() if m else limit


_BETWEEN_AFTER = re.compile(r"\s+между\s+[^,;.:()]{3,120}?\s+и\s+[^,;.:()]{2,80}")


def _commas_around(text: str, sent: Span, lo: int, hi: int) -> str:
    """The part of the sentence between the commas around [lo, hi): the clause of a signing."""
    a = max(text.rfind(",", sent.start, lo), sent.start - 1) + 1
    b = text.find(",", hi, sent.end)
    return text[a:b if b != -1 else sent.end]


def _past_indicative(toks: list[Tok], i: int) -> bool:
    """«подписали»: a signing told as done by its own verb, whatever else the sentence plans (a title run into
    the lead with no full stop: «… будут сотрудничать 17 мая губернатор … подписали План …»)."""
    if any(toks[x].low == "бы" for x in range(max(0, i - 2), min(len(toks), i + 3))):
        return False        # «подписали бы»
    p = parse(toks[i].low)
    return p.tag.POS == "VERB" and "past" in p.tag and "indc" in p.tag


def _is_future(sentence: str) -> bool:
    from .dates import sentence_is_future
    return bool(re.search(r"\b(будет|будут|планиру\w*|намерен(?:а|о|ы)?\b|предполага\w*|может|могут|должен|должна|должно"
                          r"|должны)\b", sentence,
                          re.I)) or (sentence_is_future(sentence, "ru") and not re.search(r"\b\w+(л|ли|ла|ло)\b\s", sentence))


def _unique(cands: list[Candidate]) -> list[Candidate]:
    out, seen = [], set()
    for c in cands:
        key = (c.kind, c.rule, next(iter(c.title.values())).lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


# ---------------------------------------------------------------------------------------------- projects
_PROJECT_CUE = re.compile(r"\b(в их числе|среди них|в том числе|например|к ним относятся|в частности)\b[,:]?\s*",
                          re.I)
_AGREED_CUE = re.compile(r"\bдоговорились\s+(?:по\s+вопросам|о|об)\s+", re.I)
_LIST_COLON = re.compile(r":\s*", re.I)
_ETC = re.compile(r"\s*(?:\bи (?:многом|многое|многие|многих) друг\w*|\bи др\.?|\bи другие\b|\bи т\.\s?д\.?|\bи прочее).*$",
                  re.I | re.S)


def _split_items(text: str, start: int, end: int, commas: bool = True) -> list[Span]:
    """List items between start and end: split at semicolons (and commas) outside brackets and quotes."""
    items, depth, s = [], 0, start
    seps = ",;" if commas else ";"
    for i in range(start, end):
        ch = text[i]
        if ch in "(«“":
            depth += 1
        elif ch in ")»”":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            items.append((s, i))
            s = i + 1
    items.append((s, end))
    out = []
    for a, b in items:
        seg = text[a:b]
        m = _ETC.search(seg)
        if m:
            b = a + m.start()
        while a < b and (text[a].isspace() or text[a] in "–—-•"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".;,)" and text[a:b].count("(") < text[a:b].count(")") + (1 if text[b - 1] == ")" else 0)):
            b -= 1
        while b > a and text[b - 1] in ".; ":
            b -= 1
        m2 = re.match(r"(?:и|а также)\s+", text[a:b])
        if m2:
            a += m2.end()
        if b - a >= 8:
            out.append(Span(a, b, text[a:b]))
    return out


def _split_and(items: list[Span]) -> list[Span]:
    """«модернизация НПЗ и производство автомобилей в Алматы»: two items joined by «и» when both sides are
    noun phrases of three words or more and the right one starts with a noun in the nominative; «строительство
    и эксплуатация станции» stays one."""
    out = []
    for it in items:
        m = None
        for m_ in re.finditer(r"\s+и\s+", it.text):
            m = m_
        if m is not None:
            left, right = it.text[:m.start()], it.text[m.end():]
            lw, rw = re.findall(r"[^\W\d_]+", left), re.findall(r"[^\W\d_]+", right)
            balanced = left.count("(") == left.count(")") and left.count("«") == left.count("»")
            if len(lw) >= 3 and len(rw) >= 3 and balanced:
                p = parse(rw[0].lower())
                if p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs"):
                    out.append(Span(it.start, it.start + m.start(), left))
                    out.append(Span(it.start + m.end(), it.end, right))
                    continue
        out.append(it)
    return out


def _nominal(item: str) -> bool:
    """A list item that names an undertaking: a noun phrase, or a passive verb with one («производится …»)."""
    words = re.findall(r"[^\W\d_]+", item)
    if len(words) < 2 or len(words) > 30:
        return False
    first = parse(words[0].lower())
    if first.tag.POS in ("NOUN", "ADJF", "PRTF"):
        return "Name" not in first.tag and "Geox" not in first.tag
    if first.tag.POS in ("VERB", "PRTS") and len(words) > 2:
        second = parse(words[1].lower())
        return second.tag.POS in ("NOUN", "ADJF")
    return False


def _project_title(item: str) -> str:
    words = item.split()
    # «осуществляется совместная сборка …» → «совместная сборка …»
    while words and parse(words[0].lower()).tag.POS in ("VERB", "PRTS"):
        words = words[1:]
    return make_title(nominative(" ".join(words)), "ru", limit=160)


def projects(ctx: Context) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    for si, sent in enumerate(ctx.sents):
        prev = ctx.sents[si - 1] if si else None
        context_start = prev.start if prev else sent.start
        regions = []
        for m in _PROJECT_CUE.finditer(text, sent.start, sent.end):
            before = text[max(context_start, m.start() - 300):m.start()]
            if not re.search(r"проект", before, re.I):
                continue
            regions.append((m.end(), text[context_start:m.start()]))
        for m in _AGREED_CUE.finditer(text, sent.start, sent.end):
            before = text[max(0, m.start() - 400):m.start()]
            if re.search(r"проект", before, re.I):
                regions.append((m.end(), "договорились"))
        for m in _LIST_COLON.finditer(text, sent.start, sent.end):
            head = text[sent.start:m.start()]
            if re.search(r"проект\w*", head, re.I) and status_of(head):
                regions.append((m.end(), head))
        for start, cue_text in regions:
            end = list_end(text, ctx.sents, si)
            # a list inside brackets ends with them
            close = text.find(")", start, end)
            if close != -1 and text.count("(", start, close) == 0:
                end = close
            status = _nearest_status(cue_text) or "discussed"
            date = None
            for k in (si, si - 1):
                if k >= 0:
                    date = ctx.date_near(k, start, start) if k == si else _sentence_date(ctx, k)
                    if date:
                        break
            for item in _split_and(_split_items(text, start, end)):
                if not _nominal(item.text) or len(item.text) > 220:
                    continue
                if any(c.start == item.start for c in out):
                    continue
                title = _project_title(item.text)
                c = Candidate("project", item.start, item.end, "project-list", 0.6, title={"ru": title},
                              status=status, date=date, parties=list(ctx.parties), anchor=(item.start, item.end))
                out.append(c)
    return out + _single_projects(ctx, out)


# («проект соглашения», «проект закона»: a draft of a text, no project)
_ONE_PROJECT = re.compile(r"\bпроект(?:а|у|ом|е)?\b(?!\s+(?:соглашени|договор|меморандум|документ|закон|постановлени|указ|"
                          r"решени|резолюци|бюджет|протокол|деклараци|заявлени|концепци|программ|устав|кодекс)\w*)"
                          r"(?:\s+компании\s+[«\"]?[\w\-]+[»\"]?)?\s+(?=по\s|[а-яё]+(?:ия|ии|ание|ания|ение|ения|"
                          r"ство|ства|ции|ации)\b)", re.I)
_PROJECT_STATUS = [(re.compile(r"поддержал\w*|одобрил\w*|договорил\w*|согласова\w*", re.I), "agreed")]


def _single_projects(ctx: Context, taken: list[Candidate]) -> list[Candidate]:
    """One project named in a sentence: «Япония поддержала проект цифровизации таможенных процедур в порту
    Актау», «обсудили реализацию проекта компании Svevind по производству водорода»."""
    text = ctx.text
    out = []
    for si, sent in enumerate(ctx.sents):
        for m in _ONE_PROJECT.finditer(text, sent.start, sent.end):
            if any(c.start <= m.start() < c.end for c in taken):
                continue
            toks = tokens(text, m.end(), sent.end)
            end = m.end()
            for t in toks:
                if t.text in ",;:.()" or t.text in "–—" or (t.is_word and parse(t.low).tag.POS in ("VERB", "PRTS")) \
                        or t.is_digit or _STOP_PHRASE.match(text[t.start:t.start + 20]) \
                        or t.low in ("стоимостью", "который", "которая", "которое", "что", "мощностью"):
                    break
                end = t.end
            if end - m.start() < 20:
                continue
            head = text[sent.start:m.start()]
            status = next((st for rx, st in _PROJECT_STATUS if rx.search(head)), None) or status_of(head) \
                or ("discussed" if re.search(r"обсуд|рассмотр", sent.text, re.I) else "planned" if _is_future(sent.text)
                    else "discussed")
            quote = Span(m.start(), end, text[m.start():end])
            title = first_upper(nominative(make_title(text[m.start():end], "ru", limit=160)))
            out.append(Candidate("project", quote.start, quote.end, "project", 0.5, title={"ru": title}, status=status,
                                 date=ctx.date_near(si, m.start(), end), parties=ctx.parties_of(sent.text), anchor=(m.start(), end)))
    return out


def _nearest_status(cue_text: str) -> str | None:
    """The status word nearest before the list: the last one in the cue's context."""
    from .figures import _STATUS
    best, pos = None, -1
    for rx, status in _STATUS:
        for m in rx.finditer(cue_text):
            if m.start() > pos:
                best, pos = status, m.start()
    return best


def _sentence_date(ctx: Context, si: int) -> str | None:
    ms = [m for m in ctx.mentions(si) if not m.program and not m.attributive and not m.future]
    return ms[0].resolve(ctx.year) if ms else None


# ---------------------------------------------------------------------------------------------- events
_VISIT = re.compile(r"\b(визит\w*|посетил\w*|посещени\w*|побывал\w*|прибыл\w*)\b", re.I)
_MEETING = re.compile(r"\b(встреч\w*|встретил\w*|переговор\w*|заседани\w*|саммит\w*|форум\w*|консультаци\w*|"
                      r"совещани\w*|телефонн\w* разговор\w*|бесед\w*)\b", re.I)
_HAPPENED = re.compile(r"\b(состоял\w*|прош(?:ел|ла|ло|ли)|провел\w*|провели|встретил\w*|обсудил\w*|прибыл\w*|"
                       r"посетил\w*|побывал\w*|завершил\w*|принял\w* участие|в ходе|по итогам|в рамках)\b", re.I)


_NOT_OFFICIAL = re.compile(r"\b(турист\w*|путешественник\w*|паломник\w*|посетител\w*|зрител\w*|болельщик\w*)", re.I)


def events(ctx: Context) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    for si, sent in enumerate(ctx.sents):
        mv = _VISIT.search(sent.text)
        mm = _MEETING.search(sent.text)
        if mv and _NOT_OFFICIAL.search(sent.text):
            mv = None       # «страну посетили 100 тысяч туристов»: travellers, not an official visit
        if not (mv or mm):
            continue
        future = _is_future(sent.text) or re.search(r"\bзапланирован\w*|\bпредстоящ\w*|\bнакануне\b", sent.text, re.I)
        happened = _HAPPENED.search(sent.text)
        if not future and not happened:
            continue
        m = mv if mv and (not mm or mv.start() <= mm.start() or not re.match(r"визит", mm.group(), re.I)) else mm
        if re.search(r"\b(в ходе|по итогам|в рамках|во время|накануне|после|в контексте)\s+$", sent.text[:m.start()], re.I):
            continue        # the event only frames what the sentence says
        kind = "visit" if m is mv else "meeting"
        a = sent.start + m.start()
        b = sent.start + m.end()
        span = clause(text, sent, a, b)
        title = make_title(span.text, "ru", ctx.date_spans(si), span.start, limit=140)
        c = Candidate("plan" if future else kind, span.start, span.end, "event", 0.55 if future else 0.6,
                      title={"ru": title}, parties=ctx.parties_of(sent.text), anchor=(a, b))
        if future:
            c.status = "planned"
        c.date = ctx.date_near(si, a, b)
        out.append(c)
    return out


# ---------------------------------------------------------------------------------------------- people
POST_HEADS = {
    "министр", "вице-министр", "замминистр", "премьер-министр", "премьер", "вице-премьер", "президент",
    "вице-президент", "посол", "глава", "председатель", "зампред", "заместитель", "директор", "гендиректор",
    "губернатор", "мэр", "аким", "хоким", "вали", "госминистр", "император", "король", "королева", "принц", "канцлер", "спикер", "вице-спикер",
    "депутат", "сенатор", "секретарь", "госсекретарь", "генсек", "представитель", "пресс-секретарь", "советник",
    "помощник", "руководитель", "начальник", "командир", "командующий", "координатор", "сопредседатель", "лидер",
    "управляющий", "консул", "генконсул", "посланник", "полпред", "уполномоченный", "омбудсмен", "прокурор",
    "генпрокурор", "судья", "ректор", "основатель", "владелец", "совладелец", "главнокомандующий", "шеф", "член",
    "чемпион", "эмир", "шейх", "султан", "правитель", "патриарх", "митрополит", "архиепископ", "папа", "наследник", "вице-мэр",
    "префект", "атташе", "комиссар", "еврокомиссар", "генерал", "маршал", "адмирал", "министр-президент",
    "замглавы", "замгендиректора", "вице-губернатор", "зампредседателя", "председательница", "президентка",
    "главред", "редактор", "полковник", "подполковник", "майор", "капитан", "кандидат", "замминистра",
    "царь", "царица", "астронавт", "космонавт", "тренер", "наставник", "парламентарий", "экономист", "аналитик",
    "замаким", "управделами", "раис",      # a deputy akim; the head of a president's office; Tatarstan's head
    "башкан",      # the head of Gagauzia
    "госсоветник", "спецпредставитель", "спецпосланник", "спецпред",
    "специалист",   # «специалист по связям с общественностью офиса … Гульноза Хасанова»
    "врач", "главврач",     # «главный врач Чечерской ЦРБ Андрей Табаньков»
    "муфтий", "хаким", "торгпред",   # a Turkmen velayat's head; a trade representative
    "корреспондент", "спецкор",
}
# parliaments whose name reads as a person's («Маджлиси Оли», Tajikistan's)
_BODY_NAMES = {"маджлиси", "маджлис", "меджлис", "мажилис", "хурал", "курултай", "кенеш", "сейм", "скупщина", "халк"}
# ranks and titles written between a post and the name, in apposition to both («председатель Совета муфтиев
# России шейх Равиль Гайнутдин», «заместителя главы вооружённых сил генерал-лейтенанта …»)
_RANKS = {"генерал", "маршал", "адмирал", "полковник", "подполковник", "майор", "капитан", "шейх", "эмир",
          "султан", "принц", "митрополит", "архиепископ", "патриарх"}
_PREFIXES = ("экс-", "врио-")
_STOPS = ",.;:!?()"
# «господин», «госпожа», «г-н», «г-жа» in any case: a form of address before a name
_MISTER = r"господ\w+|госпож\w+|г-н\w*|г-ж\w+"
_PLACE_ABBREVIATIONS = {"г", "гор", "пос", "пгт", "обл", "с"}


def _head_parses(tok: Tok) -> list:
    """pymorphy's readings of a token as a post word (the last part of «премьер-министра», the first of
    «генерал-лейтенанта»; «экс-премьер» read as «премьер»)."""
    from .nlp import morph
    low = tok.low.replace("ё", "е")
    for pre in _PREFIXES:
        if low.startswith(pre):
            low = low[len(pre):]
    if not low or not tok.is_word or tok.low == "после":
        return []       # «после переговоров»: the preposition, not «о после» (the ambassador)
    out = [p for p in morph().parse(low) if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in POST_HEADS]
    if not out and low.startswith("поверенн"):
        # «временный поверенный в делах»: a participle used as a noun (pymorphy's «Subx»)
        out = [p for p in morph().parse(low) if "Subx" in p.tag and p.tag.gender in ("masc", "femn")]
    if not out and "-" in low:
        first, _, last = low.partition("-")
        for part in (low.rpartition("-")[2], first):
            out = [p for p in morph().parse(part) if p.tag.POS == "NOUN" and p.normal_form in POST_HEADS]
            if out:
                break
    if not out and low in POST_HEADS:
        out = [p for p in morph().parse(low) if p.tag.POS == "NOUN"] or morph().parse(low)[:1]
    if not out and _abbreviated_deputy(low):
        # (in any case, as «замминистра» is read: «заявил замначальника …» is the nominative)
        out = [p for p in morph().parse("замминистра") if p.tag.POS == "NOUN"]
    return out


def _abbreviated_deputy(low: str) -> bool:
    """«замхокима», «замначальника», «замгубернатора»: «зам» before a post in the genitive, a deputy («замхоким»,
    «замначальник», as «замаким»)."""
    return low.startswith("зам") and low not in POST_HEADS and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.normal_form in POST_HEADS for p in morph().parse(low[3:]))


def _post_head(tok: Tok) -> bool:
    return bool(_head_parses(tok))


def _singular_cases(tok: Tok) -> set[str]:
    """The cases a post word can be read in as naming one person (a plural «представителей», «президенты» is
    part of an organisation's name or names several people)."""
    return {str(p.tag.case) for p in _head_parses(tok)
            if (p.tag.number != "plur" or "Fixd" in p.tag) and "inan" not in p.tag}     # «посол» the salting


def _is_rank(tok: Tok) -> bool:
    return any(p.normal_form.split("-")[0] in _RANKS or p.normal_form in _RANKS for p in _head_parses(tok)) or \
        tok.low.split("-")[0] in _RANKS


# titles and honorifics that stand between a post and the name («президент Ирана аятолла Раиси»), and «коллега»,
# whose post is told elsewhere
_TITLE_WORDS = re.compile(r"^(?:г-н|г-ж|аятолл|шейх|принц|принцесс|мулл|мулло|господин|госпож|мистер|миссис|сэр|леди|мадам|"
                          r"доктор|профессор|академик|коллег|наследник|кронпринц|эмир|султан|король|королев|"
                          r"патриарх|митрополит|архиепископ|епископ|кардинал|папа|муфти|имам|хан|раис)")


def _apposed_person_noun(tok: Tok) -> bool:
    """A common noun naming a person, right before a name, that is no post, rank or title («великого поэта
    Махтумкули Фраги», «писателя Чингиза Айтматова»): the name is in apposition to it, and no post further back
    is the name's."""
    if not tok.is_word or not tok.text.islower() or _post_head(tok) or _is_rank(tok) or _TITLE_WORDS.match(tok.low):
        return False
    best = parse(tok.low)
    return best.tag.POS == "NOUN" and "anim" in best.tag and best.tag.number == "sing" \
        and not ({"Name", "Surn", "Patr"} & set(best.tag.grammemes))     # («по делам ветеранов Джейкоб Обот»)


def _post_before(text: str, toks: list[Tok], k: int, others: list[tuple[int, int]] = ()) -> list[int]:
    """Candidate starts of a post written right before the name at token k, outermost first: «заместителя
    министра иностранных дел Японии Такеши Ивая» gives the token of «заместителя», then of «министра» (the
    caller keeps the first whose case agrees with the name). The nearest singular post word is the head, so
    «встреча Президента РК с императором Японии Акихито» gives «император Японии»; a plural one is part of an
    organisation's name («член Палаты представителей»). Empty when no post is written there, or when the post
    is joined by «и» to another person («Президент и первая леди Мишель Обама»)."""
    if k >= 1 and _apposed_person_noun(toks[k - 1]):
        return []       # «… поздравил лидера с юбилеем великого поэта Махтумкули Фраги»: the name is the poet's
    head = None
    if k >= 3 and re.fullmatch(_MISTER, toks[k - 1].low) and toks[k - 2].text == ",":
        k -= 1          # «Посол Мексики в Российской Федерации, господин Эдуардо …»: an honorific after the comma
    m = k - 1
    steps = 0
    if m >= 2 and toks[m].text == "," and m + 1 == k and toks[m - 1].text[:1].isupper() \
            and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
            and not _post_head(toks[m - 1]) and _post_within(toks, m - 2, 5) \
            and not any(s <= toks[m - 1].start < e for s, e in others) \
            and not _apposition_of_another(toks, m - 1, others):
        # «Президент Таджикистана, Эмомали Рахмон и …», «Министр иностранных дел Узбекистана, Бахтиёр Саидов, …»:
        # a comma between a post ending in its state and the name it introduces (a name of two words: a surname
        # alone after the comma begins a clause, «сайт президента Азербайджана, Йотова подчеркнула …»)
        m -= 1
    while m >= 0 and steps < 14:
        t = toks[m]
        if t.text == ")":
            # «Национального фронта (FN)»: a short gloss in brackets inside the post
            j = m - 1
            while j >= 0 and j >= m - 4 and toks[j].text != "(" and toks[j].text not in ".;:!?":
                j -= 1
            if j >= 0 and toks[j].text == "(" and j < m - 1:
                m = j - 1
                steps += 1
                continue
        if t.text == "." and m >= 2 and toks[m - 1].low in _PLACE_ABBREVIATIONS and toks[m - 2].low in ("в", "во"):
            m -= 2      # «Генеральным консулом … в г. Новосибирске Асламом Акбаровым»: the post's seat, abbreviated
            steps += 2
            continue
        if t.text == "." and m >= 2 and toks[m - 1].low == "г" and toks[m - 1].end == t.start and (
                _post_head(toks[m - 2]) or (toks[m - 2].is_word and toks[m + 1].text[:1].isupper())):
            m -= 1      # «мэра г. Улан-Удэ А.М. Голкова», «городской Думы г. Нижнего Новгорода Олегом …»: the city a
            # post or its body is of, abbreviated (not a year's «2020 г.»)
            steps += 1
            continue
        if t.text == "," and 0 < m and m + 1 < k and _listed_complement(toks, m, others):
            m -= 1      # «начальник главного управления Азии, Африки и Латинской Америки Дмитрий Мирончик»
            steps += 1
            continue
        if t.text in _STOPS or (t.is_word and not _post_head(t)
                                and parse(t.low).tag.POS in ("VERB", "INFN", "PRTS", "ADVB", "GRND")
                                and not (t.text[:1].isupper() and not morph().word_is_known(t.low))):
            break       # (a capitalised word pymorphy guesses a verb is a name: «губернатор провинции Шэньси …»)
        if any(s <= t.start < e for s, e in others):
            break       # another person's name
        if m == k - 1 and m >= 1 and re.fullmatch(r"шейх(?:а|у|ом|е)?", t.low) and toks[m - 1].is_word:
            m -= 1      # «с эмиром Кувейта Шейх Сабох …»: an honorific before the name, the post before it
            steps += 1
            continue
        if t.low == "главе" and m >= 1 and toks[m - 1].low == "во":
            break       # «делегация во главе с его Председателем …»: «headed by», no post
        if t.is_word and _post_head(t) and _singular_cases(t) and not (m >= 2 and toks[m - 1].low == "при"):
            head = m        # («… при президенте Туркменистана»: a body's complement; the post is further back)
            break
        m -= 1
        steps += 1
    if head is None:
        return []
    # «президент и первая леди X», «министр и посол X»: a word after «и» that is not a complement of the post
    for j in range(head + 1, k - 1):
        if toks[j].low == "и" and toks[j + 1].is_word:
            p = parse(toks[j + 1].low)
            if _same_case_post(toks, j + 1, head):
                continue    # «вице-премьера и министра иностранных дел Исхака Дара»: one person, two posts
            if toks[j - 1].text[:1].isupper() and toks[j + 1].text[:1].isupper() and not _post_head(toks[j + 1]):
                continue    # «губернатором провинции Кохгилуйе и Бойерахмед Сайедом …»: one place's name
            if toks[j + 1].text[:1].islower() and not _post_head(toks[j + 1]) and all(
                    any(q.tag.POS == "NOUN" and q.tag.case == "gent" for q in morph().parse(toks[x].low)[:3])
                    for x in (j - 1, j + 1)):
                continue    # «министр экологии, охраны окружающей среды и изменения климата»: the fields listed
            if p.tag.case == "nomn" or (_post_head(toks[j + 1]) and p.tag.case != "gent"):
                return []
    starts = []
    start = head
    # a post governing this one: «заместитель министра …», «советник президента …», «первого заместителя
    # Полномочного представителя Президента …» (adjectives of the governed post between), «руководитель
    # пресс-службы Президента РТ» (the body the post heads between)
    # (a rank in apposition governs nothing; a monarch is a post another may serve: «министра … Эмира Кувейта»,
    # «заместителем наследного принца Саудовской Аравии Ахмедом аль-Хатыбом»)
    while "gent" in {str(p.tag.case) for p in _head_parses(toks[start])} and (
            not _is_rank(toks[start]) or toks[start].low.startswith(("эмир", "султан", "принц", "шейх"))):
        j, nouns = start - 1, 0
        while j >= 0 and toks[j].is_word and not _post_head(toks[j]) and nouns <= 2 and any(
                p.tag.POS in ("ADJF", "PRTF", "NOUN") and p.tag.case == "gent" for p in morph().parse(toks[j].low)[:1]):
            nouns += parse(toks[j].low).tag.POS == "NOUN"
            j -= 1
        by = next((x for x in range(j, max(-1, j - 3), -1) if toks[x].low == "по"), None) \
            if j >= 0 and not _post_head(toks[j]) else None
        if by is not None and by < j and all(toks[x].is_word and parse(toks[x].low).tag.POS in ("NOUN", "ADJF")
                                             for x in range(by + 1, j + 1)) \
                and any(p.tag.case in ("datv", "loct") for p in morph().parse(toks[by + 1].low)):
            j = by - 1      # «министра по делам канцелярии Эмира …»: the matters a post is for, after «по»
        if not (j >= 0 and toks[j].is_word and _post_head(toks[j]) and _singular_cases(toks[j])):
            break
        start = j
    chain = list(range(start, head + 1))
    # adjectives before the head: «Чрезвычайный и Полномочный Посол», «Федеральный министр»
    first = start
    while first - 1 >= 0:
        t = toks[first - 1]
        p = parse(t.low)
        if t.is_word and (p.tag.POS in ("ADJF", "PRTF") or _adjective_agreeing(t, toks[first])) \
                and "Apro" not in p.tag and not (
                t.low.startswith("летн") and first - 2 >= 0 and toks[first - 2].text == "-"):
            first -= 1      # («с 54-летним первым вице-президентом»: an age, no part of the post)
        elif t.low == "и" and first - 2 >= 0 and parse(toks[first - 2].low).tag.POS == "ADJF" \
                and not any(s <= toks[first - 2].start < e for s, e in others):
            first -= 1      # «Чрезвычайный и Полномочный Посол» («с Зеленским и лидером …»: a name, not an adjective)
        elif t.low == "и" and first - 2 >= 0 and _same_case_post(toks, first - 2, start) \
                and not any(s <= toks[first - 2].start < e for s, e in others):
            first -= 2      # «вице-премьера и министра иностранных дел Исхака Дара»: one person, two posts
        elif t.low == "и" and (j := _post_with_complement(toks, first - 2, start, others)) is not None:
            first = j       # «заместитель премьер-министра и министр иностранных дел …»: the first post with its
            # complement
        elif t.text in "–—-" and first - 2 >= 0:
            # «Заместитель Премьер-министра – министр …»: a second post joined by a dash
            j = first - 2
            found = None
            while j >= 0 and j >= first - 5:
                if toks[j].is_word and _same_case_post(toks, j, start):
                    found = j   # (the outermost post in its case: «заместителем Премьер-министра – министром»)
                if toks[j].text in _STOPS or (toks[j].is_word and parse(toks[j].low).tag.POS == "PREP"):
                    break       # («во главе с заместителем …»: «главе» is none of the posts)
                j -= 1
            if found is None:
                break       # («главы регионов - глава администрации … Жилкин и губернатор …»: a heading over two)
            first = found
        elif t.text == "," and first - 2 >= 0:
            # «заместителем премьер-министра, министром иностранных дел …»: two posts of one person, in one case
            # (the case of the outer post: «председатель …, уполномоченный представитель Главы государства …»)
            j, found = first - 2, None
            while j >= 0 and j >= first - 12 and toks[j].text not in _STOPS \
                    and not any(s <= toks[j].start < e for s, e in others):
                if toks[j].is_word and _same_case_post(toks, j, start):
                    found = j
                j -= 1
            if found is None:
                break
            first = found
        else:
            break
    starts.append(first)
    for c in chain[1:]:
        if _post_head(toks[c]):     # (a post begins at its post word, not inside its complement: «по особым …»)
            starts.append(c)
    return starts


def _adjective_agreeing(t: Tok, nxt: Tok) -> bool:
    """A word pymorphy reads first as a noun that is an adjective agreeing with the word after it: «главного
    исполнительного директора» («главного» is first the noun «главное»)."""
    return any(q.tag.POS == "ADJF" and "Apro" not in q.tag and agrees_with(q, nxt.text)
               for q in morph().parse(t.low)[:3])    # («её президент»: a pronoun, no part of the post)


def _post_with_complement(toks: list[Tok], m: int, head: int, others) -> int | None:
    """The start of a post in the case of the one at `head` whose complement (genitive words) ends at token m:
    «заместитель премьер-министра» before «и министр …»."""
    j = m
    while j >= 0 and j >= m - 5 and toks[j].is_word and not any(s <= toks[j].start < e for s, e in others):
        if j < m and _same_case_post(toks, j, head):
            # and the post governing it: «заместителя председателя кабинета министров … и министра …»
            while j >= 1 and toks[j - 1].is_word and _post_head(toks[j - 1]) and _singular_cases(toks[j - 1]) \
                    and "gent" in _singular_cases(toks[j]):
                j -= 1
            return j
        if j >= 1 and toks[j - 1].low in ("в", "во") and toks[j].text[:1].isupper() \
                and any(p.tag.case == "loct" for p in morph().parse(toks[j].low)[:3]):
            j -= 2      # «посол королевства в Египте и постоянный представитель …»: the post's seat
            continue
        if not any(p.tag.case == "gent" for p in morph().parse(toks[j].low)[:2]) and not _post_head(toks[j]):
            return None
        j -= 1
    return None


def _same_case_post(toks: list[Tok], j: int, head: int) -> bool:
    """Whether token j is a post word in a case of the post word at `head`: a second post of the same person
    («вице-премьера и министра», «заместителем …, министром …»)."""
    return _post_head(toks[j]) and bool(_singular_cases(toks[j]) & _singular_cases(toks[head]))


def _listed_complement(toks: list[Tok], m: int, others) -> bool:
    """Whether the comma at token m parts names listed in a post's complement: capitalised words in one oblique
    case on both sides («Азии, Африки», «по Восточной Европе, Кавказу»), or genitive words of a ministry's
    fields, neither a person's name, the list closed by «и» before the name."""
    a, b = toks[m - 1], toks[m + 1]
    if not (a.is_word and b.is_word):
        return False
    if any(s <= t.start < e for s, e in others for t in (a, b)):
        return False
    closed = any(t.low == "и" for t in toks[m + 2:m + 8])
    if not (a.text[:1].isupper() and b.text[:1].isupper()):
        # the fields a ministry is of, in the genitive: «министром науки, высшего образования и инноваций»
        # or the matters a committee is for, in one case after «по»: «комитета по телевидению, радиовещанию и …»
        # (a preposition is none: «главы республики, в присутствии …», though pymorphy reads «в» as a noun too)
        shared = set.intersection(*({str(p.tag.case) for p in morph().parse(t.low)[:2]
                                     if p.tag.POS in ("NOUN", "ADJF")} for t in (a, b)))
        if any(morph().parse(t.low)[0].tag.POS not in ("NOUN", "ADJF", "PRTF") for t in (a, b)):
            return False
        return a.text[:1].islower() and b.text[:1].islower() and closed and not _post_head(a) \
            and not _post_head(b) and bool(shared & {"gent", "datv", "loct"})
    cases = [{str(p.tag.case) for p in morph().parse(t.low)} for t in (a, b)]
    return bool(cases[0] & cases[1] & {"gent", "datv", "loct"}) and closed


def _apposition_of_another(toks: list[Tok], m: int, others) -> bool:
    """Whether the post ending at token m is set off after another person's name: «с Ч. Дай Куангом, президентом
    Вьетнама, Н. Суан Фуком, премьер-министром» — «президентом Вьетнама» is Куанг's, not Фук's."""
    for x in range(m, max(-1, m - 6), -1):
        if toks[x].text in _STOPS:
            return False
        if toks[x].is_word and _post_head(toks[x]):
            return x >= 2 and toks[x - 1].text == "," and any(s <= toks[x - 2].start < e for s, e in others)
    return False


def _post_within(toks: list[Tok], m: int, span: int) -> bool:
    """A post word among the `span` tokens back from token m, no punctuation between."""
    for x in range(m, max(-1, m - span), -1):
        if toks[x].text in _STOPS:
            return False
        if _post_head(toks[x]):
            return True
    return False


def _post_after(text: str, toks: list[Tok], k_end: int, others: list[tuple[int, int]] = ()
                ) -> tuple[int, int, int] | None:
    """A post written after the name, in apposition: «Кирсан Илюмжинов, президент ФИДЕ» → (start, end, token
    of the head). None when the words after the comma are another person's post («Лев Пономарев, координатор
    движения «Левый фронт» Сергей Удальцов»: the post is Удальцов's)."""
    if k_end + 1 >= len(toks) or toks[k_end].text != ",":
        return None
    # the post word right after the comma, or after an adjective or «исполняющий обязанности»
    h = k_end + 1
    while h < len(toks) and h <= k_end + 4 and not _post_head(toks[h]):
        p = parse(toks[h].low)
        if not (toks[h].is_word and (p.tag.POS in ("ADJF", "PRTF") or toks[h].low == "обязанности"
                                     or toks[h].low == "и" and h > k_end + 1)):
            return None     # («Андрей Сибига, Чрезвычайный и Полномочный Посол Украины в Турции»)
        h += 1
    if h >= len(toks) or not _post_head(toks[h]):
        return None
    if not _singular_cases(toks[h]):
        return None
    end = _post_end(toks, h, others)
    return None if end is None else (toks[k_end + 1].start, end, h)


def _post_end(toks: list[Tok], h: int, others) -> int | None:
    """Where a post whose head word is token h ends: its complement up to a verb, a clause or another name
    (None when it runs into another person's name)."""
    end = toks[h].end
    depth = 0
    for m in range(h + 1, min(len(toks), h + 14)):
        t = toks[m]
        if t.text in "«“":
            depth += 1
        elif t.text in "»”":
            depth = max(0, depth - 1)
        if any(s <= t.start < e for s, e in others):
            return None     # the post runs into another name: it is that person's
        if depth == 0 and t.text == "," and _listed_complement(toks, m, others):
            continue        # «министра инвестиций, промышленности и торговли Узбекистана»: the ministry's fields
        if depth == 0 and (t.text in _STOPS or (t.is_word and parse(t.low).tag.POS in ("VERB", "INFN", "PRTS",
                                                                                      "GRND"))):
            break
        if depth == 0 and t.low in ("который", "которая", "которые", "что"):
            break
        if t.low == "и" and m + 1 < len(toks) and any(s <= toks[m + 1].start < e for s, e in others):
            break           # «X, министр …, и Y» without the comma: the next person
        end = t.end
    return end


# («Рунар Шостад, много лет занимавший пост …», «Нгуен Мань Куен, который занимает пост …»)
_HOLDS = re.compile(r"^(?:занима(?:ющ|вш)\w*|занявш\w*|занима(?:ет|ют|л|ла|ли)|занял[аи]?)$")
_IS_NOW = re.compile(r"^(?:явля(?:ется|лся|лась|ющ\w*|вш\w*))$")


def _held_post(toks: list[Tok], k_end: int, others) -> tuple[int, int, int] | None:
    """A post told as held after the name: «Рунар Шостад, много лет занимавший пост председателя Губернского
    собрания», «отставки Владимира Воронина с поста молдавского президента» → (start, end, token of the head)."""
    k = k_end
    if k + 1 < len(toks) and toks[k].low in ("с", "на") and toks[k + 1].low in ("поста", "посту"):
        k += 2
    elif k + 2 < len(toks) and toks[k].text == "," and (
            _IS_NOW.match(toks[k + 1].low) or toks[k + 1].low in ("который", "которая")
            and _IS_NOW.match(toks[k + 2].low)):
        # «Ергали Булегенов, который является Чрезвычайным и Полномочным послом Казахстана»: the post in the
        # instrumental after «является»
        k += 2 if _IS_NOW.match(toks[k + 1].low) else 3
    else:
        k += 1 if k < len(toks) and toks[k].text == "," else 0
        for _ in range(3):      # («много лет занимавший»)
            if k < len(toks) and toks[k].is_word and not _HOLDS.match(toks[k].low) \
                    and parse(toks[k].low).tag.POS in ("ADVB", "NUMR", "NOUN", "ADJF"):
                k += 1
        if not (k + 1 < len(toks) and _HOLDS.match(toks[k].low) and toks[k + 1].low in ("пост", "должность")):
            return None
        k += 2
    h = _head_after(toks, k, len(toks), most=5)
    if h is None:
        return None
    end = _post_end(toks, h, others)
    return None if end is None else (toks[k].start, end, h)


def _head_after(toks: list[Tok], k: int, end: int, most: int = 10 ** 6) -> int | None:
    """The post word at token k, or after at most `most` of its adjectives («Чрезвычайным и Полномочным
    послом»), before token `end`."""
    h = k
    while h < end and h - k < most and toks[h].is_word and not _post_head(toks[h]) \
            and (parse(toks[h].low).tag.POS == "ADJF" or toks[h].low == "и" and h > k):
        h += 1
    return h if h < end and _post_head(toks[h]) else None


def _held_before(toks: list[Tok], k: int, others) -> tuple[int, int, int] | None:
    """A post told as held before the name, the holder the subject after the verb: «тогда пост министра
    иностранных дел Доминиканы занимал Мигель Варгас Мальдонадо» → (start, end, token of the head)."""
    if k < 3 or not (_HOLDS.match(toks[k - 1].low) and not toks[k - 1].low.startswith(("занимающ", "занимавш", "занявш"))):
        return None
    for j in range(k - 2, max(-1, k - 14), -1):
        if toks[j].text in _STOPS or any(s <= toks[j].start < e for s, e in others):
            return None
        if toks[j].low in ("пост", "должность"):
            h = _head_after(toks, j + 1, k - 1)
            return None if h is None else (toks[j + 1].start, toks[k - 2].end, h)
    return None


def _rank_post(text: str, toks: list[Tok], st: int, k: int, others) -> int | None:
    """A post written before a rank or title that stands right before the name, in the same case: «председатель
    Совета муфтиев России шейх Равиль Гайнутдин», «министр обороны РФ генерал армии Сергей Шойгу». The token where
    that post starts, or None."""
    if k - st > 2 or not _is_rank(toks[st]) or not all(
            toks[j].is_word and toks[j].text.islower() and (p := parse(toks[j].low)).tag.POS == "NOUN"
            and p.tag.case == "gent" for j in range(st + 1, k)):
        return None     # (the rank with its arm: «генерал армии», «полковник юстиции»)
    cases = _singular_cases(toks[st])
    if "-" in toks[st].low:     # «генерал-лейтенантом»: the case is on the last part
        cases = {str(p.tag.case) for p in morph().parse(toks[st].low) if p.tag.POS == "NOUN" and p.tag.number == "sing"} \
            or cases
    # («с министром обороны этой страны, генерал-лейтенантом Дауреном Косановым»: the rank set off by a comma)
    earlier = _post_before(text, toks, st - 1 if st >= 2 and toks[st - 1].text == "," else st, others)
    if not earlier:
        return None
    heads = [j for j in range(earlier[0], st) if _post_head(toks[j])]
    if not heads or not cases & _singular_cases(toks[heads[0]]):
        return None
    return earlier[0]


_PAREN = re.compile(r"\s*\([^)]*\)")


def _surface_name(text: str, s: int, e: int) -> str:
    """The name as written, without a gloss in brackets («Джоэл Саймон (Joel Simon)») or stray quotes."""
    name = _PAREN.sub("", text[s:e])
    name = re.sub(r"[«»\"“”]", "", name)
    name = re.sub(r"\s+", " ", name).strip(" ,.")
    words = name.split()
    # Latin words beside Cyrillic ones are the original spelling
    if any(re.search(r"[а-яё]", w, re.I) for w in words):
        # (a Roman numeral is the name's own: «Филипп VI»)
        words = [w for w in words if not re.fullmatch(r"[A-Za-z.\-']+", w) or re.fullmatch(r"[IVXLC]{1,5}", w)]
    return " ".join(words)


def _natasha_cases(surface: str, normal: str | None) -> set[str]:
    """The cases in which the name's words read as natasha's normal form (natasha's tagger reads the case from
    the sentence): a hint for names both cases could fit («Ерлана Жумангарина»)."""
    from .names_ru import CASES, _read
    if not normal:
        return set()
    norm = normal.replace("ё", "е").lower().split()
    words = surface.split()
    if norm == [w.replace("ё", "е").lower() for w in words]:
        return set()
    return {c for c in CASES for g in ("masc", "femn")
            if [f.replace("ё", "е").lower() for f in _read(words, c, g)[1]] == norm}


_HONORIFIC_END = re.compile(r",?\s+(?:" + _MISTER + r"|мистер\w*|миссис|мадам|сэр\w*|леди)$", re.I)


# a post word after none, one or two lower-case words (its adjectives)
_SECOND_POST = tuple(re.compile(r"((?:[а-яё]+\s+){%d})([^\W\d_]+(?:-[^\W\d_]+)*)" % n) for n in range(3))


def _post_nominative(post_text: str) -> str:
    """A post in the nominative; «экс-премьера» as «экс-» and «премьера», the post word read as a post
    («премьера» is «премьер», not a first night)."""
    post = _HONORIFIC_END.sub("", post_text.strip(" ,–—-"))    # «… консулом … госпожой Зариной Исмоилзода»
    for j in re.finditer(r"(,|\s+и)\s+", post):
        # «заместителем премьер-министра, министром …», «вице-премьера и министра …», «… и фактического лидера
        # страны»: a second post, after at most two adjectives — each post in the nominative
        for m in (rx.match(post, j.end()) for rx in _SECOND_POST):
            if m and _post_head(Tok(0, len(m[2]), m[2])) and _singular_cases(Tok(0, len(m[2]), m[2])) \
                    and all(parse(w).tag.POS in ("ADJF", "PRTF") for w in m[1].split()):
                second = _post_nominative(post[j.end():])
                return f"{_post_nominative(post[:j.start()])}{j[1]} {second[:1].lower()}{second[1:]}"
    m = re.match(r"(?i)(экс-|врио-|и\.\s?о\.\s?)(.*)$", post)
    prefix, post = (m[1], m[2]) if m else ("", post)
    w = re.match(r"[^\W\d_]+(?:-[^\W\d_]+)*", post)
    if w:
        low = w.group().lower().replace("ё", "е")
        heads = _head_parses(Tok(0, len(w.group()), w.group()))
        if heads and parse(low) not in heads and not any(p.tag.case == "nomn" for p in heads) \
                and "-" not in low:
            form = heads[0].inflect({"nomn"})
            if form is not None:
                word = form.word
                post = (word[:1].upper() if w.group()[:1].isupper() else word[:1]) + word[1:] + post[w.end():]
        elif heads and "-" in low and low.startswith("вице-") and not any(p.tag.case == "nomn" for p in heads):
            # «вице-премьера»: the post word after «вице-» read as a post («премьера» is no first night here)
            form = heads[0].inflect({"nomn"})
            if form is not None:
                word = form.word if "-" in form.word else low[:low.rindex("-") + 1] + form.word
                post = (word[:1].upper() if w.group()[:1].isupper() else word[:1]) + word[1:] + post[w.end():]
    # «первой женщины-спикера»: a head of two nouns, both inflected, the first giving the gender
    m = re.match(r"^((?:[^\W\d_]+\s+){0,3}?)([^\W\d_]+)-([^\W\d_]+)(?=\s|$)", post)
    if m and all(parse(w.lower()).tag.POS in ("ADJF", "PRTF") for w in m[1].split()):
        from .nlp import morph
        b = parse(m[3].lower())
        first_cases = {p.tag.case for p in morph().parse(m[2].lower()) if p.tag.POS == "NOUN" and p.tag.number == "sing"}
        if b.tag.POS == "NOUN" and b.tag.case in first_cases:
            return first_upper(prefix + nominative(m[1] + m[2]) + "-" + nominative(m[3]) + post[m.end():])
    return first_upper(prefix + nominative(post))


def people(ctx: Context) -> list[Candidate]:
    from .names_ru import agrees, womans_name_as_written
    from .names_ru import nominative as name_nominative
    text = ctx.text
    found: dict[str, Candidate] = {}
    order: list[str] = []
    persons = ctx.person_spans
    for s, e, normal in persons:
        sent, toks, k, k_end = _name_in_sentence(ctx, s, e)
        if k is None:
            continue
        surface = _surface_name(text, s, e)
        if not surface:
            continue
        others = [(s2, e2) for s2, e2, _ in persons if (s2, e2) != (s, e)]
        if any(s2 > e and not text[e:s2].strip() for s2, _ in others) and _genitive_only(text[s:e]):
            continue    # «пресс-секретарь Путина Дмитрий Песков»: the post's complement, not its holder
        # …and the holder's post runs back over it
        others = [(s2, e2) for s2, e2 in others if not (e2 < s and not text[e2:s].strip() and _genitive_only(text[s2:e2]))]
        if re.match(r"\s+и\s", text[e:e + 4]) and any(s2 > e for s2, _ in others) and _two_posts(text, toks, k):
            continue    # «президент и премьер Сербии Вучич и Брнабич»: the posts go in turn (_shared_posts)
        post = None
        # a post before the name: the outermost post word whose case agrees with the name
        starts = _post_before(text, toks, k, others)
        # (after the honorific «шейх» the name stands in its case, the nominative: «заместитель министра …
        # Королевства Бахрейн шейх Абдулла бин Али Аль Халифа»)
        declined = None if k >= 1 and toks[k - 1].low == "шейх" else _declined(surface)
        for st in starts:
            heads = [j for j in range(st, k) if _post_head(toks[j])]
            cases = _singular_cases(toks[heads[0]]) if heads else set()
            if declined and cases == {"nomn"} and st != starts[-1] and declined in _singular_cases(toks[starts[-1]]) \
                    and not womans_name_as_written(surface):
                continue    # «спецпосланник лидера КНДР Ким Чен Ына»: a name declined as the governed post is
                # the governed post's («заместитель министра … Ньелети Мондлане», read as a dative, is not)
            acting = _acting(toks, st)
            if acting is not None:
                # «исполняющий обязанности президента Молдавии Михай Гимпу»: the acting post, in its own case
                st = acting
                cases = {str(p.tag.case) for p in morph().parse(toks[acting].low) if p.tag.POS == "PRTF"
                         and "inan" not in p.tag} \
                    or {"nomn", "gent", "datv", "accs", "ablt", "loct"}   # of a person: never the inanimate
                # accusative («и.о.», «врио»: abbreviations, in any case)
            if agrees(surface, cases) or _apposed_indeclinable(surface, cases, toks, st, k):
                post = _post_nominative(text[toks[st].start:s]) if acting is None else \
                    first_upper(_acting_nominative(text[toks[st].start:s]))
                r = _rank_post(text, toks, st, k, others)
                if r is not None:
                    post = _post_nominative(text[toks[r].start:toks[st].start]) + ", " + post[:1].lower() + post[1:]
                    st = r
                post_text, qs, qe = text[toks[st].start:s], toks[st].start, e
                if st >= 1 and toks[st - 1].low == "временно" and toks[st].low.startswith("поверенн"):
                    # «Временно поверенная в делах»: the adverb is the post's own (the chargé d'affaires ad interim)
                    post, qs = f"{first_upper(toks[st - 1].low)} {post[:1].lower()}{post[1:]}", toks[st - 1].start
                break
        held = (_held_post(toks, k_end, others) or _held_before(toks, k, others)) if post is None else None
        if held is not None:
            post_text, qs, qe = text[held[0]:held[1]], min(s, held[0]), max(e, held[1])
            cases = {"nomn", "gent", "datv", "accs", "ablt", "loct"}    # the post is governed, the name is not
            post = _post_nominative(post_text)
        elif post is None:
            after = _post_after(text, toks, k_end, others)
            if after is None or not agrees(surface, _singular_cases(toks[after[2]])):
                colleague = _colleague_post(ctx, text, sent, s, found)
                if colleague is None:
                    continue
                post, post_text, qs = colleague
                # the name stands in the case of «коллега» before it («коллегой Николом Пашиняном»)
                word = re.search(r"коллег\w*", post_text, re.I).group().lower()
                cases = {str(p.tag.case) for p in morph().parse(word) if p.normal_form == "коллега"} or {"nomn"}
                qe = e
            else:
                post_text, qs, qe = text[after[0]:after[1]], s, after[1]
                cases = _singular_cases(toks[after[2]])
                post = _post_nominative(post_text)
        post = post.strip(" ,–—-")
        # an honorific written between the post and the name is neither: «наследный принц Абу-Даби, шейх»
        post = re.sub(r"(?:,\s*|\s+)(?:шейх|шейха|шейхом|шейху|аятолл\w*)$|,\s*(?:адмирал|генерал|маршал|полковник)[\w-]*(?:\s+(?:армии|флота|авиации|юстиции|полиции))?$", "",
                      post, flags=re.I).strip(" ,")
        if post.count("«") < post.count("»"):
            post = post.replace("»", "")
        if post.count("«") > post.count("»"):
            post += "»"
        hint = cases & (_natasha_cases(surface, normal) or cases)
        if hint and not any(reads_in(surface, c) for c in hint) and re.search(r"ы\b", surface):
            # natasha's normal form kept a word in «-ы» as written («Анджей Дуды»; an indeclinable name ends in
            # «-у», «-и», «-о», not «-ы»): the post's case, where every word of the name has a reading, is the
            # better hint
            hint = {c for c in cases if reads_in(surface, c, indeclinable=True)} or hint
        # after a post in the nominative alone the name is in the nominative as written («бывший президент страны
        # Готабая Раджапакса»: no genitive of «Раджапакс»)
        # (and the rank or post word nearest the name is in it too: «заместитель … генерал-лейтенанта Аксары
        # Кердпола» is written in the genitive)
        nearest = next((toks[j] for j in range(k - 1, -1, -1) if toks[j].is_word and _post_head(toks[j])), None)
        as_written = cases == {"nomn"} and (nearest is None or "nomn" in {
            str(p.tag.case) for p in morph().parse(nearest.low.rsplit("-", 1)[-1]) if p.tag.POS == "NOUN"})
        name = _clean_name(surface if as_written else name_nominative(surface, hint or cases))
        if len(post) < 3 or len(name) < 2 or qe - qs < 8:
            continue
        if " " not in name and "." not in name and re.search(r"(?:области|района|округа|края|провинции|региона|"
                                                                  r"королевства|княжества|эмирата|штата|префектуры|уезда)$", post, re.I):
            continue        # «Аким области Абай»: the region's name, the akim not named («представителем
            # Королевства Ифе»: the kingdom's)
        if re.fullmatch(r"(?i)шейх\w*|эмир|принцесса", post):
            continue        # an honorific, no post: «Шейх Мухаммед бен Заид аль-Нахайян также занимает пост …»
        key = _person_key(name, found)
        c = Candidate("person", qs, qe, "person", 0.8 if " " in name else 0.65,
                      title={"ru": f"{post} {name}"},
                      parties=ctx.parties_in(post_text),
                      person={"name": {"ru": name}, "post": {"ru": post}}, anchor=(s, e))
        old = found.get(key)
        if old is None:
            found[key] = c
            order.append(key)
        elif len(post) > len(old.person["post"]["ru"]) or (" " in name and " " not in old.person["name"]["ru"]):
            found[key] = c
    for c in _shared_posts(ctx, found, [(s, e) for s, e, _ in persons]):
        key = _person_key(c.person["name"]["ru"], found)
        if key not in found:
            found[key] = c
            order.append(key)
    # «принц Фейсал» after «принцем Фейсалом бен Фархан Аль Саудом»: one person, named by the first name again
    firsts = {found[k].person["name"]["ru"].split()[0].lower() for k in order if " " in found[k].person["name"]["ru"]}
    return [found[k] for k in order if " " in found[k].person["name"]["ru"]
            or found[k].person["name"]["ru"].lower() not in firsts]


def _name_read_as_place(ctx: Context, tok: Tok) -> bool:
    """A word of a span natasha read as a place that is a person's name: two or three words, no state among them,
    a name to pymorphy among their readings («генконсул Японии Масанори Фукусима»)."""
    from .states import states_in
    for typ, s, e, _ in ctx.ner:
        if typ == "LOC" and s <= tok.start < e:
            words = ctx.text[s:e].split()
            return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and \
                not states_in(ctx.text[s:e], "ru") and any(
                {"Name", "Surn"} & set(p.tag.grammemes) for w in words for p in morph().parse(w.lower()))
    return False


def _genitive_only(name: str) -> bool:
    """A one-word name that reads as a genitive («Путина», «Обамы»): written right before another name, with
    nothing between, it is that person's post's complement (two people in a row would be joined by «и»)."""
    from .names_ru import readings
    words = name.split()
    return len(words) == 1 and any(c == "gent" and q >= 2 for c, _, _, q in readings(words[0]))


def _common_genitive(tok: Tok) -> bool:
    """«советником Посольства Сергеем Афониным»: a common word in the genitive, the body of the post before the
    name (natasha, which missed the name, did not take it for an organisation)."""
    if not tok.is_word or not morph().word_is_known(tok.low):
        return False
    parses = morph().parse(tok.low)
    if any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return False
    if tok.text[:1].isupper() and "Geox" in parses[0].tag:
        return True     # «… Витебской области республики Беларусь Игорем Марковичем»: the state of the body
    return parses[0].tag.POS in ("NOUN", "ADJF") and parses[0].tag.case == "gent" and \
        not any("Geox" in p.tag for p in parses)


def _apposed_indeclinable(surface: str, cases: set, toks: list[Tok], st: int, k: int) -> bool:
    """A foreign surname ending in a vowel other than «-а», «-я» does not decline, so only the given name shows
    a case, and a foreign given name may read as another case of a Russian one («премьер-министр Италии Джорджа
    Мелони», «министр финансов Грузии Лаши Хуцишвили», «посол Сенегала … Шейх Гейе»). After a post in the
    nominative whose complement (its state or body) stands between it and the name, the name is in apposition:
    the post's genitive is taken by the complement."""
    from .names_ru import readings
    words = [w for w in surface.split() if not w.endswith(".")]
    if "nomn" not in cases or len(words) < 2:
        return False
    # (or the given name is one in the nominative, the surname read as another case of a Russian name: «министр
    # юстиции Паата Салия», not «Салий»'s genitive)
    if not (re.search(r"[еиоуэю]$", words[-1].lower())
            or any(c == "nomn" and q >= 3 for c, _, _, q in readings(words[0]))):
        return False
    between = [t for t in toks[st + 1:k] if t.is_word]
    return bool(between) and not _post_head(between[-1])


def _declined(name: str) -> str | None:
    """The oblique case a name is written in, when its best reading's nominative differs from it («Ким Чен Ына»
    is «Ким Чен Ын»'s, in the genitive), else None."""
    case, _, forms = analyse(name.split())
    return case if case != "nomn" and " ".join(forms) != name else None


_PLACE_KIND = re.compile(r"(?:провинци[яиюей]|штат[аеуом]?|префектур[аыеуой]|уезд[аеуом]?|округ[аеуом]?|"
                         r"город[аеуом]?|аймак[аеуом]?|област[ьиюей]|регион[аеуом]?)\s+$", re.I)


def _names_a_place(word: str) -> bool:
    """A word that names a state, a region or a large city («Арарата», «Китая»)."""
    from .regions import states_of_regions
    from .states import states_in
    return bool(states_in(word, "ru") or states_of_regions(word, "ru"))


def _vietnamese(words: list[str]) -> bool:
    """A name of three or more one-syllable words, a syllable's vowels written as one group («Во Ван Тыонг»,
    «Нгуен Суан Фук»)."""
    return len(words) >= 3 and all(len(re.findall(r"[аеёиоуыэюя]+", w.lower())) == 1 for w in words)


def _person_spans(ctx: Context) -> list[tuple[int, int, str | None]]:
    """(start, end, natasha's normal form) of every person named: natasha's, and a name it missed right after a
    post word («Президенты Шавкат Мирзиёев и …»: a capitalised word at the head of a sentence misleads it) —
    two to four capitalised words, each a name pymorphy knows or a word it does not know at all."""
    spans = []
    ents = list(ctx.ner)
    joined = set()      # the indexes of natasha's persons read as the rest of the name before them
    # a name natasha reads as a place after a place's kind elsewhere in the text («делегация провинции Нге Ан»)
    places = {ctx.text[a:b] for typ, a, b, _ in ents if typ == "LOC" and _PLACE_KIND.search(ctx.text[max(0, a - 20):a])}
    for i, (typ, s, e, n) in enumerate(ents):
        if typ != "PER" or i in joined:
            continue
        cut = ctx.text.find("\n", s + len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip()), e)
        if cut >= 0 and _ends_line(ctx.text, cut):
            # a name ends with its line («… с первым вице-премьером Узбекистана Р.Азимовым» over «Пекин»); a text
            # wrapped by hand goes on («… Эмомали» over «Рахмонов и …»)
            e, n = cut, None
        if i + 2 < len(ents) and ents[i + 1][0] == "LOC" and ents[i + 2][0] == "PER" \
                and not ctx.text[e:ents[i + 1][1]].strip() and not ctx.text[ents[i + 1][2]:ents[i + 2][1]].strip():
            continue    # «председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов»: a body, its state
        word = ctx.text[s:e].strip().lower()
        parses = morph().parse(word) if " " not in word and morph().word_is_known(word) else []
        if parses and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses) and (
                any("anim" in p.tag or p.tag.POS in ("ADJF", "PRTF") for p in parses)
                or parses[0].tag.case == "gent" and parses[0].score >= 0.6):
            continue    # «с Чрезвычайным и Полномочным Послом»: a capitalised word of a post, no name; «Председатель
            # Мажилиса»: the body the post is of (but «президент Сиси», whose name the dictionary has only as a
            # rare thing, is one)
        if " " not in ctx.text[s:e].strip() and _post_head(Tok(s, e, ctx.text[s:e].strip())):
            continue    # «делегация … во главе с Хокимом»: a post word written with a capital
        before = re.search(r"(?<![\w.-])([А-ЯЁ][а-яё]{1,4})[ \t]+$", ctx.text[max(0, s - 8):s])
        if before and ((whole := [before[1]] + ctx.text[s:e].split()) and syllabic(whole) or _vietnamese(whole)) \
                and not _post_head(Tok(s - len(before[0]), s, before[1])):
            # «генеральным консулом КНДР в г. Находке Сим Гук Рен»: natasha left the first syllable of a Korean
            # or Chinese name out
            s -= len(before[0])
            n = None
        words = ctx.text[s:e].split()
        if " ".join(words) in places:
            continue    # «заместитель Председателя Совета народных депутатов Нге Ан»: a province, no person
        while len(words) >= 4 and words[0].lower() in _BODY_NAMES:
            # «председатель Халк Маслахаты Гурбангулы Бердымухамедов»: natasha took the council's name of two
            # words into the name after it
            s = ctx.text.index(words[2], s + len(words[0]) + len(words[1]))
            words, n = words[2:], None
        if words[0].lower() in _BODY_NAMES:
            continue    # «председателя Маджлиси милли Маджлиси Оли»: a parliament, no person
        if len(words) == 2 and re.search(r"(?:ск|цк)(?:ой|ого|ому|ом|ая|ий|ую)$", words[0]) and \
                re.fullmatch(r"[А-ЯЁ]{2,6}", words[1]):
            continue    # «главный врач Чечерской ЦРБ»: a place's adjective and a body's abbreviation, no person
        post_before = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s+$", ctx.text[max(0, s - 40):s])
        post_before = post_before and _post_head(Tok(s - len(post_before[0]), s - len(post_before[0]) + len(
            post_before[1]), post_before[1]))
        if post_before and len(words) >= 3 and re.search(r"[аяиы]$", words[0]) and _names_a_place(words[0]):
            # «заместитель губернатора Арарата Артавазд Назаретян»: the post's place, then the name
            s = ctx.text.index(words[1], s + len(words[0]))
            words, n = words[1:], None
        if post_before and len(words) >= 3 and _patrons_genitive(words):
            # «советник Токаева Ерлан Карин»: whose adviser, then the adviser's name
            s = ctx.text.index(words[1], s + len(words[0]))
            words, n = words[1:], None
        if post_before and len(words) == 1 and i + 1 < len(ents) and ents[i + 1][0] == "PER" \
                and re.fullmatch(r"\s+(?:по|при)(?:\s+[а-яё-]+){1,4}\s+", ctx.text[e:ents[i + 1][1]]):
            continue    # «помощник Лукашенко по особым поручениям Виктор Шейман»: whose aide, then the aide
        starts_with_post = _post_head(Tok(s, s + len(words[0]), words[0]))
        if len(words) >= 2 and starts_with_post and all(w.isupper() for w in words[1:]):
            continue    # «Вице-премьер-министр РА»: a post and its state's abbreviation, no person
        if len(words) == 2 and starts_with_post and i + 1 < len(ents) and ents[i + 1][0] == "PER" \
                and not ctx.text[e:ents[i + 1][1]].strip():
            # «его Председателем Файсалом Акифом Мискалом аль-Файезом»: natasha took the post and the first name
            # as one person and the rest of the name as another — one name, after the post
            e, n = ents[i + 1][2], None
            joined.add(i + 1)
        head = re.match(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s+(?=\S+\s+\S|[А-ЯЁ]\.\s?[А-ЯЁ])", ctx.text[s:e])
        if head and _post_head(Tok(s, s + head.end(1), head[1])):
            # «Президенты Шавкат Мирзиёев», «Министра Э.Абдылдаева»: natasha took the post into the name
            s += head.end()
            n = n.split(None, 1)[1] if n and " " in n else n
        spans.append((s, e, n))
    taken = [(s, e) for _, s, e, _ in ctx.ner]
    for sent in ctx.sents:
        toks = tokens(ctx.text, sent.start, sent.end)
        for j, t in enumerate(toks[:-2]):
            if not (t.is_word and _post_head(t)):
                continue
            # past the post's complement: its state or body («генконсул Японии», «посол Китая в РА»)
            k = j + 1
            while k < len(toks) and k <= j + 6 and (any(a <= toks[k].start < b for ty, a, b, _ in ctx.ner if ty != "PER")
                                                    or toks[k].low in ("в", "во", "при") or toks[k].text.isupper()
                                                    or _common_genitive(toks[k])
                                                    # («министр экономического развития и торговли Украины»)
                                                    or toks[k].low == "и" and k + 1 < len(toks)
                                                    and _common_genitive(toks[k + 1])) \
                    and not _name_read_as_place(ctx, toks[k]):
                k += 1
            run = []
            for u in toks[k:k + 4]:
                if run and "\n" in ctx.text[run[-1].end:u.start] and _ends_line(ctx.text, run[-1].end):
                    break       # a name ends with its line
                if not (u.is_word and u.text[:1].isupper() and not u.text.isupper()) \
                        or (any(s <= u.start < e for s, e in taken) and not _name_read_as_place(ctx, u)):
                    break
                parses = morph().parse(u.low)
                if morph().word_is_known(u.low) and any({"Geox", "Orgn", "Abbr"} & set(p.tag.grammemes)
                                                        for p in parses[:1]):
                    break       # (a guess for a word pymorphy does not know, «Масанори» as a place, is none)
                if not (any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)
                        or not morph().word_is_known(u.low)):
                    break
                run.append(u)
            after = toks[k + len(run)] if k + len(run) < len(toks) else None
            named = any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for u in run for p in morph().parse(u.low))
            if len(run) >= 2 and named and not (after and after.is_word and after.text[:1].isupper()):
                spans.append((run[0].start, run[-1].end, None))
                taken.append((run[0].start, run[-1].end))
    return sorted(spans)


def _patrons_genitive(words: list[str]) -> bool:
    """«Токаева Ерлан Карин» after a post: a surname in the genitive (the post's patron) before a name in the
    nominative — not a surname put first («Ахметова Айгуль Маратовна»: its nominative agrees with the first
    name, and a patronymic ends it)."""
    first, given = morph().parse(words[0].lower()), morph().parse(words[1].lower())
    if not any("Surn" in p.tag and p.tag.case == "gent" for p in first) \
            or any("Patr" in p.tag for p in morph().parse(words[-1].lower())):
        return False
    genders = {p.tag.gender for p in given if "Name" in p.tag and p.tag.case == "nomn"}
    return bool(genders) and not any("Surn" in p.tag and p.tag.case == "nomn" and p.tag.gender in genders
                                     for p in first)


def _ends_line(text: str, pos: int) -> bool:
    """Whether the line break after `pos` ends a name: the next line begins with a place or an ordinary word
    («Пекин, 10 октября», «Ключевые …»), not a name's next word."""
    m = re.match(r"\s*([^\W\d_]+)", text[pos:])
    if not m:
        return True
    parses = morph().parse(m[1].lower())
    return any("Geox" in p.tag for p in parses[:2]) or (morph().word_is_known(m[1].lower()) and not any(
        {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses))


# «с армянским коллегой», «его коллега из Египта»
_COLLEAGUE = re.compile(r"(?:(\w+(?:ск|цк)\w*)\s+)?коллег\w*(?:\s+из\s+([\w-]+))?\s*$", re.I)


def _colleague_post(ctx: Context, text: str, sent: Span, s: int, found: dict):
    """«с армянским коллегой Николом Пашиняном»: the post of the person of the sentence named before, in the
    country the adjective names — (post, its text, quote start, its start)."""
    m = _COLLEAGUE.search(text, sent.start, s)
    if m is None:
        return None
    before = [c for c in found.values() if sent.start <= c.start < m.start()]
    if not before:
        return None
    post = before[-1].person["post"]["ru"]
    from .states import name_of, states_in
    own = states_in(post, "ru")
    head = post
    if own:     # «Премьер-министр Грузии» -> «Премьер-министр», «Глава МИД Туркменистана» -> «Глава МИД»: the other
        # person's country goes, the body stays
        words = post.split()
        cut = next((i for i, w in enumerate(words) if i and states_in(w, "ru")), len(words))
        head = " ".join(words[:cut])
    country = states_in(m[1] or m[2], "ru") if m[1] or m[2] else []
    if country:
        from .grammar import inflect_phrase
        head = f"{head} {inflect_phrase(name_of(country[0]), 'gent')}"
    # the quote runs from the other person's post: the post is read from it
    return head, text[m.start():s], min(before[-1].start, m.start())


def _name_in_sentence(ctx: Context, s: int, e: int):
    """(sentence, its tokens, the name's first token, the token after it) for a name at [s, e)."""
    sent = ctx.sents[ctx.sentence_of(s)]
    toks = tokens(ctx.text, sent.start, sent.end)
    k = next((i for i, t in enumerate(toks) if t.start >= s), None)
    k_end = next((i for i, t in enumerate(toks) if t.start >= e), len(toks))
    return sent, toks, k, k_end


def _acting(toks: list[Tok], st: int) -> int | None:
    """The start of «(временно) исполняющий обязанности» or «и.о.» before a post that starts at token st."""
    if st >= 2 and toks[st - 1].low == "обязанности" and toks[st - 2].low.startswith("исполняющ"):
        return st - 3 if st >= 3 and toks[st - 3].low.startswith("временно") else st - 2
    if st >= 4 and [t.low for t in toks[st - 4:st]] == ["и", ".", "о", "."]:
        return st - 4       # «и.о. Министра иностранных дел»
    if st >= 1 and toks[st - 1].low == "врио":
        return st - 1       # «врио главы республики»: «временно исполняющий обязанности», abbreviated
    return None


def _acting_nominative(text: str) -> str:
    """«исполняющего обязанности президента …» -> «исполняющий обязанности президента …»."""
    return re.sub(r"исполняющ\w*", "исполняющий", text.strip(" ,–—-"), count=1)


def _plural_head(tok: Tok):
    """The reading of a token as a post word in the plural («президенты», «министров», «главы»)."""
    for p in _head_parses(tok):
        if p.tag.number == "plur" and "inan" not in p.tag:
            return p
    return None


def _singular_post(text: str) -> str:
    """«министров иностранных дел» -> «Министр иностранных дел»: the post word in the nominative singular, its
    complement as written."""
    m = re.match(r"([^\W\d_]+(?:-[^\W\d_]+)*)(.*)$", text.strip(" ,–—-"), re.S)
    if not m:
        return text
    p = _plural_head(Tok(0, len(m[1]), m[1]))
    word = p.inflect({"sing", "nomn"}).word if p is not None and p.inflect({"sing", "nomn"}) else m[1]
    return first_upper(word + m[2])


def _shared_posts(ctx: Context, found: dict, pers: list[tuple[int, int]]) -> list[Candidate]:
    """Two people joined by «и» under one post in the plural, before them («президенты Шавкат Мирзиёев и
    Садыр Жапаров», «министры иностранных дел Азербайджана и Турции Джейхун Байрамов и Мевлют Чавушоглу») or
    after them («Руслана Казакбаева и Ван И — министров иностранных дел Кыргызстана и КНР»): each takes the
    post in the singular, and the states named in it in turn («respectively»)."""
    from .names_ru import analyse
    text = ctx.text
    out = []
    for (s1, e1), (s2, e2) in zip(pers, pers[1:]):
        # «министры иностранных дел Греции Никос Дендиас и Египта Самех Шукри»: the second one's state between
        second = re.fullmatch(r"\s+и\s+([А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)\s+", text[e1:s2])
        second_state = ctx.states_named(second[1]) if second else []
        if not (re.fullmatch(r"\s+и\s+", text[e1:s2]) or len(second_state) == 1):
            continue
        sent, toks, k1, _ = _name_in_sentence(ctx, s1, e1)
        k2_end = next((i for i, t in enumerate(toks) if t.start >= e2), len(toks))
        post_span = None
        # before: the nearest plural post word within the clause in the names' case (not one inside another's
        # complement: «председателями … Палаты Представителей … — Шукурджоном Зухуровым и …»), its complement up to
        # the first name
        case = analyse(_surface_name(text, s1, e1).split())[0]
        heads = []
        for j in range(k1 - 1 if k1 else -1, max(-1, (k1 or 0) - 10), -1):
            if toks[j].text == "," and j == k1 - 1:
                continue    # «Президенты Беларуси и Монголии, Александр Лукашенко и Ухнаагийн Хурэлсух,»
            if toks[j].text in _STOPS:
                break
            p = _plural_head(toks[j])
            if p is not None:
                heads.append((j, p))
        pick = next(((j, p) for j, p in heads if p.tag.case == case), heads[0] if heads else None)
        if pick is not None:
            post_span = (toks[pick[0]].start, s1, toks[pick[0]])
        if post_span is None and k2_end < len(toks):
            m = k2_end + (1 if toks[k2_end].text in ",–—-" else 0)
            if m < len(toks) and _plural_head(toks[m]) is not None:
                end = next((toks[x].start for x in range(m + 1, len(toks)) if toks[x].text in _STOPS), sent.end)
                post_span = (toks[m].start, end, toks[m])
        if post_span is None:
            # two posts joined by «и» before two names, in turn: «президент и премьер Сербии Александар Вучич
            # и Ана Брнабич»
            pair = _two_posts(text, toks, k1) if k1 else None
            if pair is not None:
                (p1, p2, complement, a) = pair
                for (s, e), post_word in (((s1, e1), p1), ((s2, e2), p2)):
                    out += _person(text, s, e, _post_nominative(post_word + complement),
                                   _singular_cases(Tok(0, len(post_word), post_word)), ctx.parties_in(complement),
                                   (a, e2), found)
            continue
        a, b, head = post_span
        post_text = text[a:b].strip(" ,–—-")
        states = ctx.states_named(post_text)
        # the states named in turn leave the post: «министры иностранных дел Азербайджана и Турции»
        cut = re.search(r"\s+(?:(?:двух|обеих|этих)?\s*(?:стран|государств)\b.*|[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)*\s+и\s+"
                        r"[А-ЯЁ][\w-]+.*)$", post_text)
        post = _singular_post(post_text[:cut.start()] if cut else post_text)
        if second_state and len(states) == 1:
            states = states + second_state
            post = re.sub(r"\s+[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?$", "", post)     # the first one's state
        cases = {str(p.tag.case) for p in _head_parses(head) if p.tag.number == "plur"}
        for n, (s, e) in enumerate(((s1, e1), (s2, e2))):
            out += _person(text, s, e, post, cases, [states[n]] if len(states) == 2 else states,
                           (min(a, s), max(b, e)), found)
    return out


def _person(text: str, s: int, e: int, post: str, cases: set, parties: list, quote: tuple[int, int],
            found: dict) -> list[Candidate]:
    """The person named at [s, e) with a post read elsewhere in the sentence, unless already found."""
    from .names_ru import nominative as name_nominative
    surface = _surface_name(text, s, e)
    if not surface or _person_key(_clean_name(surface), found) in found:
        return []
    name = _clean_name(name_nominative(surface, cases))
    return [Candidate("person", quote[0], quote[1], "person", 0.7, title={"ru": f"{post} {name}"}, parties=parties,
                      person={"name": {"ru": name}, "post": {"ru": post}}, anchor=(s, e))]


def _two_posts(text: str, toks: list[Tok], k: int):
    """(first post word, second post word, their shared complement, start) for «P1 и P2 <complement> Name»."""
    for h2 in range(k - 1, max(-1, k - 8), -1):
        if toks[h2].text in _STOPS:
            return None
        if _post_head(toks[h2]) and h2 >= 2 and toks[h2 - 1].low == "и" and _post_head(toks[h2 - 2]):
            h1 = h2 - 2
            complement = text[toks[h2].end:toks[k].start].rstrip()
            return toks[h1].text, toks[h2].text, complement, toks[h1].start
    return None


def _person_key(name: str, found: dict) -> str:
    """One candidate per person: by surname, and by first name when two people share a surname (Рамзан and
    Ахмат-Хаджи Кадыров); a surname alone goes with the first person of that surname."""
    words = re.sub(r"\.(?=\w)", ". ", name).lower().replace("ё", "е").split()   # «С.Баяр»: an initial, a surname
    sur = words[-1][:6]
    first = words[0][:1] if len(words) > 1 and not words[0].endswith(".") else ""
    same = [k for k in found if k.split("|")[0] == sur]
    for k in same:
        if not first or k.split("|")[1] in ("", first):
            return k
    return f"{sur}|{first}"


# Words inside a name that stay lower case («Джампаоло ди Паола», «Мухаммед бин Салман аль Сауд»), and an
# honorific before it that is no part of it («шейх Мухаммед …»)
_NAME_PARTICLES = PARTICLES | {"ди", "да", "де", "дель", "делла", "дос", "фон", "ван", "дер", "ле", "ла",
                                 "ду", "душ", "даш"}   # Portuguese «do», «dos», «das» («Жозе Эдуарду душ Сантуш»)
_HONORIFIC = re.compile(r"^(?:шейх|шейха|шейхом|шейху|принц|принца|султан|эмир|шри)\s+", re.I)   # «Шри»: Indian «Shri»


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.")
    name = part_glued(name)
    name = _HONORIFIC.sub("", name) if len(name.split()) > 2 else name
    words = name.split()
    return " ".join(w if i and w.lower() in _NAME_PARTICLES and w.islower()
                    else (w[:1].upper() + w[1:] if w.islower() else w) for i, w in enumerate(words))
