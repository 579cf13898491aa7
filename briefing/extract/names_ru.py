"""Russian personal names in the nominative, and the case a name is written in.

A name in a Russian sentence takes the case of its place («встреча с министром Женисом Касымбеком», «визит
Айгуль Сулейменовой»): first name, patronymic and surname stand in one case, and a surname agrees with the
person's gender (Сулейменов / Сулейменова). pymorphy3 reads each word (from its dictionary or, for names it
does not know — Kazakh, Korean, Chinese —, by analogy with the endings of words it knows); this module picks the
one case and gender in which every word of the name can be read, preferring the case of the context (the post
in apposition, a preposition), and puts each word into the nominative of that reading.

Words with no reading in that case are kept as written: indeclinable foreign names (Си, Сейджи, Абэ), a woman's
surname ending in a consonant (Бербок), and names pymorphy cannot read at all.
"""
from __future__ import annotations

import re
from functools import lru_cache

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_FEM_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ская|ая)$")
_VOWEL_END = re.compile(r"[аеёиоуыэюя]$")


def _morph():
    from .nlp import morph
    return morph()


def _with_letters_of(surface: str, form: str) -> str:
    """`form` written with the capitals and the е/ё of `surface` where the two agree."""
    out = []
    for i, ch in enumerate(form):
        src = surface[i] if i < len(surface) else ""
        if ch == "ё" and src.lower() == "е":
            ch = "е"
        out.append(ch.upper() if src.isupper() else ch)
    res = "".join(out)
    if surface[:1].isupper():
        res = res[:1].upper() + res[1:]
    return res


_CONS = "бвгджзклмнпрстфхцчшщ"
# Endings a name pymorphy does not know may carry, read as Russian nouns are: a consonant stem of the masculine
# declension (Касымбек-а, Шольц-у), or a stem of the -а declension, which names a man or a woman (Обам-ы, Кисид-е)
_MASC_ENDINGS = (("а", ("gent", "accs")), ("у", ("datv",)), ("ом", ("ablt",)), ("ем", ("ablt",)), ("е", ("loct",)))
_A_ENDINGS = (("ы", ("gent",)), ("и", ("gent",)), ("е", ("datv", "loct")), ("у", ("accs",)), ("ой", ("ablt",)),
              ("ей", ("ablt",)))


# Surnames declined as adjectives (Червинская, Червинский) that pymorphy does not know.
_ADJ_SURNAME = ((r"(с|ц)кой$", "femn", ("gent", "datv", "ablt", "loct"), "кая"), (r"(с|ц)кую$", "femn", ("accs",), "кая"),
                (r"(с|ц)кого$", "masc", ("gent", "accs"), "кий"), (r"(с|ц)кому$", "masc", ("datv",), "кий"),
                (r"(с|ц)ким$", "masc", ("ablt",), "кий"), (r"(с|ц)ком$", "masc", ("loct",), "кий"),
                # and in «-ин»/«-ов» as possessives are (Бабушкин, the dictionary's «бабушкин», grandmother's)
                (r"(ин|ын|ов|ев|ёв)ым$", "masc", ("ablt",), ""), (r"(ин|ын|ов|ев|ёв)ой$", "femn",
                                                                  ("gent", "datv", "ablt", "loct"), "а"))


def _guessed(low: str) -> dict:
    out = {}
    for rx, gender, cases, nom_end in _ADJ_SURNAME:
        m = re.search(rx, low)
        if m and m.start() >= 3:
            for c in cases:
                out[(c, gender, low[:m.start()] + m[1] + nom_end)] = 2.4
    for end, cases in _MASC_ENDINGS:
        stem = low[:-len(end)]
        if low.endswith(end) and len(stem) >= 2 and stem[-1] in _CONS:
            for c in cases:
                # «-ем» after a consonant other than a hissing one is a soft stem's: «Десаленем» is «Десалень»
                soft = end == "ем" and stem[-1] not in "жшчщц"
                out[(c, "masc", stem + "ь" if soft else stem)] = 2.2
    for end, cases in _A_ENDINGS:
        stem = low[:-len(end)]
        if end == "у" and _ROMANIAN.search(low):
            continue        # «Майю Санду», «Попеску», «Мунтяну»: Romanian names in «-у» do not decline
        if low.endswith(end) and len(stem) >= 2 and stem[-1] in _CONS + "и":
            if end == "ы" and stem[-1] in "гкхжшчщ" or end == "и" and stem[-1] not in "гкхжшчщ":
                continue
            if end in ("ой", "ей") and re.search(r"(?:ов|ев|ин|ын|ск|цк)$", stem):
                continue        # «Сулейменовой»: a surname's feminine form, read by pymorphy
            for c in cases:     # a final -и is as often an indeclinable name (Такеши, Хиллари): weaker
                out[(c, "any", stem + "а")] = 1.0 if end in ("ы", "и") else 2.2
    # a stem in «-й» after a vowel (Михай, Попшой, Рахой): «Михаю», «Михаем», «Попшоем», «Рахоя» («Михая» is left
    # alone: a foreign name ends in «-ая» as often — «Такеши Ивая»)
    for end, cases in (("ю", ("datv",)), ("ем", ("ablt",)), ("я", ("gent", "accs"))):
        stem = low[:-len(end)]
        if low.endswith(end) and (len(stem) >= 3 or len(stem) == 2 and (stem[-1] == "е" or end == "ем")) \
                and stem[-1] in ("оуэе" if end == "я" else "аоуэ") and stem[-2] not in "аоуэиыеёюя":
            for c in cases:     # («Рахоя» is «Рахой»'s; «-ая» is left alone)
                out[(c, "masc", stem + "й")] = 2.2
    # the -ия declension (Гахария, Мария): «Гахарии», «Гахарию», «Гахарией»; and the -ья one (Пенья, Илья):
    # «Пеньи», «Пенью», «Пеньей»
    if low.endswith("ия") and len(low) >= 4:
        out[("nomn", "any", low)] = 2.2     # «министр юстиции Паата Салия»: the -ия declension's own nominative
    for end, cases in (("ии", ("gent", "datv", "loct")), ("ию", ("accs",)), ("ией", ("ablt",)),
                       ("ьи", ("gent",)), ("ье", ("datv", "loct")), ("ью", ("accs",)), ("ьей", ("ablt",))):
        stem = low[:-len(end)]
        if low.endswith(end) and len(stem) >= 3:
            for c in cases:
                out[(c, "any", stem + end[0] + "я")] = 2.2
    return out


# Turkic surnames built on «оглу»/«оглы»/«кызы», Persian and Tajik ones on «-заде»/«-зода»: the same in every case («с Мевлютом
# Чавушоглу»), never a case of a noun in «-а»
# Romanian surnames in «-у» («Санду», «Попеску», «Мунтяну»): the same in every case
_ROMANIAN = re.compile(r"(?:нду|еску|ану|яну)$")
_INDECLINABLE = re.compile(r"(?:оглу|оглы|кызы|заде|зода)$")


@lru_cache(maxsize=8192)
def readings(word: str) -> tuple:
    """(case, gender, nominative, quality) for each way of reading one word of a name (lower case). Gender is
    "masc", "femn" or "any". Quality: 3 a name from the dictionary, 2 a name guessed, 1 another noun, 2.2 a
    name pymorphy does not know read by the endings of Russian nouns."""
    low = word.lower().replace("ё", "е")
    if _INDECLINABLE.search(low):
        return tuple((c, "any", low, 2.4) for c in CASES)
    if "-" in low:      # «Касым-Жомарта»: the last part declines
        head, _, last = low.rpartition("-")
        return tuple((c, g, head + "-" + n, q) for c, g, n, q in readings(last)) if last else ()
    out = {}
    known = _morph().word_is_known(low)
    for p in _morph().parse(low):
        tag = p.tag
        if tag.POS not in ("NOUN", "ADJF") or tag.number == "plur" or tag.case not in CASES:
            continue
        if tag.POS == "ADJF" and "Surn" not in tag and not re.search(r"(?:ск|цк)(?:ого|ой|ому|им|ом|ий|ая|ую)$", low):
            continue
        grams = {"nomn", "sing"}
        gender = str(tag.gender) if tag.gender in ("masc", "femn") else None
        if tag.POS == "ADJF" and gender:
            grams.add(gender)
        form = p.inflect(grams) if tag.case != "nomn" else p
        if form is None:
            continue
        nom = form.word.replace("ё", "е")
        if not known:
            # a guess must keep the word's stem: «Шольца» is not «Шолец»
            common = next((i for i, (a, b) in enumerate(zip(nom, low)) if a != b), min(len(nom), len(low)))
            if common < len(nom) - 1:
                continue
            if low.endswith(("и", "ы")) and nom != low and not nom.endswith("а"):
                continue    # «Пелоси» is not a case of «Пелося» or «Пелось»: a foreign -и stays
            if nom != low and _ROMANIAN.search(low):
                continue    # «Санду», «Попеску», «Мунтяну»: Romanian names in «-у» do not decline
        named = bool({"Name", "Surn", "Patr"} & set(tag.grammemes))
        quality = (3 if p.is_known else 2) if named else (1 if "anim" in tag else 0.5)
        if "Geox" in tag or "Orgn" in tag or "Abbr" in tag:
            quality = 0.2
        # which person a reading can name: a noun of the -а declension names either (Никита, Обама, Аксара);
        # a surname of the -ова/-ина/-ская pattern, a patronymic, and a consonant-final noun name one gender
        if "Fixd" in tag or "ms-f" in tag:
            g = "any"
        elif "Patr" in tag:
            g = gender or "any"
        elif nom.endswith(("а", "я")):
            g = "femn" if (_FEM_SURNAME.search(nom) and ("Surn" in tag or tag.POS == "ADJF")) else "any"
        else:
            g = gender or "any"
        key = (str(tag.case), g, nom)
        if out.get(key, -1) < quality:
            out[key] = quality
    if not known or all(q <= 0.5 for q in out.values()):
        # unknown, or known only as a place or a thing («Мантурова»: the town Мантурово): read as a name too
        for key, q in _guessed(low).items():
            if out.get(key, -1) < q:
                out[key] = q
        if low.endswith(("ом", "ем", "ым", "им")) and any(c == "ablt" and n == low[:-2] for c, _, n in out):
            # «Мевлютом»: an unknown name in the instrumental, not a nominative «Мевлютом» pymorphy guesses
            for key in [k for k in out if k[0] == "nomn" and k[2] == low]:
                out[key] = min(out[key], 1.0)
    if low.endswith("а") and len(low) >= 4 and low[-2] in _CONS and any(
            c == "nomn" and g == "any" and n == low and q >= 3 for (c, g, n), q in out.items()) and not any(
            c in ("gent", "accs") for (c, _, _), _ in out.items()):
        # «Лазиза», «Умида»: a woman's name in the dictionary whose man's form («Лазиз») it lacks; in the
        # genitive beside a man's surname («Лазиза Кудратова, министра …») it is his
        for c in ("gent", "accs"):
            out[(c, "masc", low[:-1])] = 2.0
    if re.search(r"[оё]вым$|евым$", low):
        # «Шумковым» is «Шумков»'s far more often than the dictionary's «Шумковой»: a surname in «-ов» is read too
        for (c, g, n), q in list(out.items()):
            if c == "ablt" and g in ("masc", "any") and n.endswith(("овой", "евой", "ёвой")):
                out[(c, "masc", n[:-2])] = q + 0.1
    return tuple((c, g, n, q) for (c, g, n), q in out.items())


def reads_in(name: str, case: str, indeclinable: bool = False) -> bool:
    """Whether every word of the name (initials aside) has a reading in `case`; with `indeclinable`, a foreign
    word ending in a vowel that does not decline («Тинубу», «Ортегу» aside: «-у» after «-ов», «-ев», «-ин» is a
    Russian dative) reads in every case."""
    def reads(w: str) -> bool:
        low = w.lower()
        if indeclinable and re.search(r"[уюиоеэ]$", low) and not re.search(r"(?:ов|ев|ёв|ин|ын)[уа]$", low) \
                and not _morph().word_is_known(low):
            return True
        return any(c == case for c, _, _, _ in readings(w))
    return all(reads(w) for w in name.split() if not w.endswith("."))


# the links of an Arabic chain of names: «son of», «daughter of»; and the particles of a chain
_NASAB = {"бен", "бин", "ибн", "бинт"}
PARTICLES = _NASAB | {"аль", "ал", "эль", "абу"}


# «servant of», the first half of an Arab's compound name (Abd al-Salam, Abd al-Aziz), written apart before the
# second
_SERVANT_OF = {"абдул", "абдель", "абдуль", "абд", "абдур", "абдар", "абдус", "абдаллах"}


def _fits(g_reading: str, gender: str) -> bool:
    return g_reading == "any" or g_reading == gender


def _sons_of(word: str, gender: str) -> list[tuple[float, str]]:
    """The readings of a word of an Arab chain as the genitive of «son of» a name: a name's genitive, more likely
    than the word's nominative."""
    found = readings(word)
    nominative = max((q for c, _, _, q in found if c == "nomn"), default=0)
    return [(q, n) for c, g, n, q in found if c == "gent" and _fits(g, gender) and q >= 2 and q > nominative]


def _read(words: list[str], case: str, gender: str, named_only: bool = False,
          told: bool = False) -> tuple[float, list[str]]:
    """How well a name reads in one case and gender (no bonus from the context), and its nominative words.
    named_only: count only names from the dictionary (for telling the case a name shows: a guess at a name
    pymorphy does not know is no evidence of its case), nothing for the rest."""
    score = 0.0
    forms = []
    for i, w in enumerate(words):
        if len(w) <= 2 and w.endswith("."):
            forms.append(w)
            continue
        if i > 0 and (w.lower() in PARTICLES or re.fullmatch(r"[IVXLC]{1,5}", w)):
            forms.append(w)     # «бен», «аль»: links of the chain, no names («Бен» is one to the dictionary);
            continue            # a regnal number («Харальду V»)
        if i > 0 and i == len(words) - 1 and re.search(r"(?:нду|еску|яну)$", w.lower()) \
                and not any(x.lower() in PARTICLES for x in words):     # («Аль Нахайяну» is an Arab's, declined)
            forms.append(w)     # «Майю Санду», «Николая Попеску», «Мунтяну»: Romanian surnames do not decline
            continue
        if i > 0 and words[i - 1].lower() in ("аль", "эль", "ал") and w.lower().endswith("и"):
            forms.append(w)     # «Аль Тани»: an Arab family's name in «-и» stands as written, no «Таня» declined
            continue
        # (a thing's accusative, the same as its nominative, is no person's: «Сантуш» in «Жозе Эдуарду Сантуш»
        # is not the accusative of an inanimate «сантуш», and «Эдуарду» no woman's «Эдуарда» then)
        options = [(q, n) for c, g, n, q in readings(w) if c == case and _fits(g, gender)
                   and not (case == "accs" and q <= 0.5)]
        # the father's name after «бен»/«ибн», and the family's after it, are as often left as written, or in
        # the genitive of «son of», as declined («принцем Фейсалом бен Фархан Аль Саудом», «шейхом Мухаммадом бин
        # Заеда Аль Нахайяна»): they tell nothing of the case, and are named in the nominative (a name read in
        # the nominative is left as written: «Салман бин Халифа Аль Халифа»)
        fathers = i > 0 and words[i - 1].lower() in _NASAB
        # (a genitive read as a name's, not a common noun's — «Халифа» is no caliph's — nor a name as likely in
        # the nominative, «Абдулла»; «Аль-Тани» is no genitive)
        sons_of = _sons_of(w, gender) if case != "nomn" and not options and w.lower().endswith(("а", "я")) \
            and any(x.lower() in _NASAB for x in words[:i]) else []
        if fathers:
            pick = options or sons_of
            forms.append(_with_letters_of(w, max(pick)[1]) if pick else w)
            continue
        if sons_of:
            forms.append(_with_letters_of(w, max(sons_of)[1]))
            continue
        if not options and i < len(words) - 1 and w.lower() in _SERVANT_OF:
            forms.append(w)     # «Абдул Саламом Ханафи»: «Абдул» («servant of») begins a compound name, and is as
            continue            # often left as written as its second half is declined: no evidence of the case
        if options:
            q, n = max(options)
            score += q if not named_only or q >= 3 else 0
            forms.append(_with_letters_of(w, n))
            continue
        # no reading in this case: kept as written, as an indeclinable word may be (a vowel other than -а/-я
        # at the end, or a woman's surname ending in a consonant); in the nominative that costs nothing
        # (and a short syllable of an East Asian name before the last: «Мун Чжэ Ина», «Си Цзиньпина»)
        low = w.lower()
        if case == "nomn" and not named_only and i == len(words) - 1 and len(words) >= 3 \
                and any(q >= 3 and c != "nomn" for c, _, _, q in readings(w)):
            score -= 1      # «… Абдельразек Хасаном»: a surname the dictionary knows only declined, after names left
            # as written, is no nominative
        if not (named_only or case == "nomn" or (_VOWEL_END.search(low) and not low.endswith(("а", "я")))
                or (gender == "femn" and not _VOWEL_END.search(low)
                    # (a woman's surname in a consonant stays as written, «Бербок»; a word read as a man's
                    # name declined, «Нуриддином», is no such surname)
                    and not any(q >= 2 and g == "masc" and c != "nomn" for c, g, _, q in readings(w)))
                or (i < len(words) - 1 and len(low) <= 3)
                # (a Chinese surname of one syllable no dictionary knows as a name: «Сунь Гоцяна»)
                or (i == 0 and len(words) > 1 and len(low) <= 4 and len(re.findall(r"[аеёиоуыэюя]+", low)) == 1
                    and not any(q >= 2 for _, _, _, q in readings(w)))
                or (i < len(words) - 1 and len(words) >= 3 and (len(low) <= 4 or len(low) == 5
                                                                    and not _morph().word_is_known(low)))):
            # (nor an unknown short word of a three-word East Asian name before the last: «Нгуен Данг Хиеном»)
            # a word that should decline here and does not: the name is not in this case — unless the context
            # tells the case and it is a given name the dictionary does not know, which writers often leave
            # as it is («министра … Жээнбек Кулубаева»)
            # (an Arab's names before the last are as often left as written: «с председателем Сената Абдельвахаб
            # Абдельразек Хасаном»)
            score -= 1 if told and (i == 0 or len(words) >= 3 and i < len(words) - 1) and len(words) > 1 \
                and not _morph().word_is_known(low) else 3
        forms.append(w)
    return score, forms


_VOWEL = re.compile(r"[аеёиоуыэюяәөұүі]", re.I)


def analyse(words: list[str], hint=frozenset(), gender_hint: str | None = None) -> tuple[str, str, list[str]]:
    """(case, gender, nominative words) of the best reading of a name. `hint`: the cases the context allows
    (the post's case, a preposition's); initials and words with no reading are kept as written."""
    full = [w for w in words if not (len(w) <= 2 and w.endswith("."))]
    if syllabic(words):
        return "nomn", "masc", list(words)
    if full and all(w.lower().endswith("и") and not _morph().word_is_known(w.lower().split(".")[-1]) for w in full):
        # «Хироюки Иманаши», «Я.Ичихаши»: every word a foreign one in -и — an indeclinable name, not two Russian
        # names in -а each in the genitive
        return "nomn", "masc", list(words)
    if any(_indeclinable_in(words, c) for c in hint):
        return "nomn", "masc", list(words)
    best, best_score = None, None
    for gender in ("masc", "femn"):
        for case in CASES:
            score, forms = _read(words, case, gender, told=case in hint)
            score += 2.5 * (case in hint) + 0.5 * (case == "nomn") + 0.5 * (gender == gender_hint)
            if best_score is None or score > best_score:
                best, best_score = (case, gender, forms), score
    return best


def nominative(name: str, hint=frozenset(), gender_hint: str | None = None) -> str:
    words = name.split()
    if not words:
        return name
    # (a word whose nominative would keep no vowel is indeclinable: «Сантоша Джа» is «Сантош Джа», not «… Дж»)
    return " ".join(w if _VOWEL.search(w) and not _VOWEL.search(out) else _keep_yo(w, out)
                    for w, out in zip(words, analyse(words, frozenset(hint), gender_hint)[2]))


def _keep_yo(written: str, form: str) -> str:
    """pymorphy writes «е» for «ё»: the name keeps the letters it was written with («Ким Донг Ёна» -> «Ён»,
    «Мирзиёева» -> «Мирзиёев»)."""
    if "ё" not in written.lower() or "ё" in form.lower():
        return form
    out = list(form)
    for k, ch in enumerate(written[:len(form)]):
        if ch in "ёЁ" and out[k] in "еЕ":
            out[k] = ch
    return "".join(out)


_ARABIC_ARTICLE = re.compile(r"(?:аль|ал|ас|ад|ат|ар|аш|ан|аз|эль|эд|эс|эр|эш)-[А-ЯЁ]")


def agrees(name: str, cases) -> bool:
    """Whether a name reads in one of `cases` about as well as in any case: a post in apposition agrees with
    its name («министра … Жениса Касымбека»); a post that does not is someone else's («вдове первого президента
    Наине Иосифовне»). A name that reads alike in every case (Такеши Ивая) agrees with any post."""
    words = name.split()
    if not words or not cases or syllabic(words):
        return True
    every = {(c, g): _read(words, c, g, named_only=True)[0] for c in CASES for g in ("masc", "femn")}
    top = max(every.values())
    if max(v for (c, g), v in every.items() if c in cases) >= top - 1.0:
        return True
    if any(_indeclinable_in(words, c) for c in cases):
        return True
    if len(words) >= 3 and any(_ARABIC_ARTICLE.match(w) for w in words[1:]):
        return True     # «с эмиром Кувейта Шейх Сабох аль-Ахмад аль Джобир ас-Сабох»: an Arab's long name, as
        # often left as written as declined
    if len(words) >= 3 and any(c in cases and q >= 2 for c, _, _, q in readings(words[-1])) and not any(
            c in cases for w in words[:-1] for c, _, _, _ in readings(w)):
        return True     # «генеральным консулом … Нгуен Данг Хиеном»: only the last word of an East Asian name declined
    # a given name the dictionary knows in another reading («Бактыгуль» as a man's name, «Тани» as «Таня»):
    # the whole name read in the post's case about as well as in any, the word that declines (the surname; in
    # an Arabic chain the given name) having a reading in that case
    full = {(c, g): _read(words, c, g)[0] for c in CASES for g in ("masc", "femn")}
    declines = words[0] if any(w.lower() in PARTICLES for w in words[1:]) else words[-1]
    return any(v >= max(full.values()) - 1.0 and any(c2 == c for c2, _, _, _ in readings(declines))
               for (c, g), v in full.items() if c in cases)


def womans_name_as_written(name: str) -> bool:
    """A name opening with a woman's given name in the nominative, which the dictionary knows in no other case
    («Кристина Рокка»: no genitive of a man's «Кристин Рокк», a reading made up only for want of a man's name)."""
    first = name.split()[0].lower().replace("ё", "е") if name.split() else ""
    found = readings(first)
    return first.endswith(("а", "я")) and any(c == "nomn" and n == first and q >= 3 for c, _, n, q in found) \
        and not any(c != "nomn" and q >= 3 for c, _, _, q in found)


def syllabic(words: list[str]) -> bool:
    """A Korean, Chinese or Vietnamese name of one-syllable words («Ли Ян Гу», «Ким Джин А», «Нго Суан Лик»)
    stands as written in every case (a Russian name declined adds a syllable: «Петра Кима»)."""
    return len(words) >= 2 and all(len(re.findall(r"[аеёиоуыэюя]", w.lower())) == 1 for w in words)


def _indeclinable_in(words: list[str], case: str) -> bool:
    """Whether a name stands as written where the context asks for the instrumental: every word ends in a vowel
    other than «-а», «-я» and has no reading in it («с премьер-министром Александру Мунтяну»; a declined name would end in
    «-ом», «-ой», «-ым»)."""
    full = [w for w in words if not w.endswith(".")]
    return case == "ablt" and bool(full) and all(
        _VOWEL_END.search(w.lower()) and not w.lower().endswith(("а", "я"))
        and not any(c == "ablt" and n != w.lower().replace("ё", "е") for c, _, n, _ in readings(w)) for w in full)
