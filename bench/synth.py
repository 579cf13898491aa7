"""A seeded generator of synthetic dossiers at archive size: `python bench/synth.py OUT --facts 100000`.

The dossiers have the shape of `seeds/kz-jp/` and pass `briefing check`: news-like source texts in Russian,
Kazakh and English (datelines, filler paragraphs, the sentences the facts come from), `sources.yaml` with
stated and inferred dates, and facts of every kind, topic and year 2000–2025 whose quotes are copied from
their texts and whose figures are written in those quotes as a reader finds them («635,2 млн долларов»,
«около двух миллиардов долларов», «18,6%-ға», "US$1.2 billion"). About one fact in six is reported again by
a later source (a second piece of evidence); yearly indicators are reported by many sources, a few of them
with another qualifier, so `check` has disagreements to warn about. Same seed and size, same bytes.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from decimal import Decimal
from pathlib import Path

YEARS = range(2000, 2026)
SEED_META = Path(__file__).resolve().parent.parent / "seeds" / "kz-jp" / "dossier.yaml"
TOPICS = ["energy", "mining", "transport", "trade", "industry", "health", "agriculture", "finance", "digital",
          "education", "politics", "environment"]

# What projects are about, per topic: (ru, kk, en).
SUBJECTS = {
    "energy": [("строительство солнечной электростанции", "күн электр станциясын салу", "construction of a solar power plant"),
               ("модернизация нефтеперерабатывающего завода", "мұнай өңдеу зауытын жаңғырту", "modernisation of an oil refinery"),
               ("поставки ядерного топлива", "ядролық отын жеткізу", "nuclear fuel supplies"),
               ("ветровая электростанция", "жел электр станциясы", "a wind farm")],
    "mining": [("освоение месторождения редкоземельных металлов", "сирек жер металдары кен орнын игеру", "development of a rare-earth deposit"),
               ("производство галлия", "галлий өндірісі", "gallium production"),
               ("геологоразведка медных руд", "мыс кендерін геологиялық барлау", "copper ore exploration")],
    "transport": [("расширение морского порта", "теңіз портын кеңейту", "expansion of a seaport"),
                  ("логистический терминал", "логистикалық терминал", "a logistics terminal"),
                  ("прямое авиасообщение", "тікелей әуе қатынасы", "a direct air link")],
    "trade": [("торговый дом", "сауда үйі", "a trading house"),
              ("экспорт зерна", "астық экспорты", "grain exports"),
              ("поставки автомобилей", "автомобильдер жеткізу", "car supplies")],
    "industry": [("сборочное производство тракторов", "тракторларды құрастыру өндірісі", "tractor assembly plant"),
                 ("завод стальных канатов", "болат арқан зауыты", "a steel rope plant"),
                 ("химический комбинат", "химия комбинаты", "a chemical works")],
    "health": [("поставки рентгеновского оборудования", "рентген жабдығын жеткізу", "X-ray equipment supplies"),
               ("центр ядерной медицины", "ядролық медицина орталығы", "a nuclear medicine centre"),
               ("модернизация больницы", "аурухананы жаңғырту", "hospital modernisation")],
    "agriculture": [("тепличный комплекс", "жылыжай кешені", "a greenhouse complex"),
                    ("переработка картофеля", "картоп өңдеу", "potato processing"),
                    ("животноводческая ферма", "мал шаруашылығы фермасы", "a livestock farm")],
    "finance": [("выпуск облигаций", "облигациялар шығару", "a bond issue"),
                ("кредитная линия", "несие желісі", "a credit line"),
                ("инвестиционный фонд", "инвестициялық қор", "an investment fund")],
    "digital": [("центр обработки данных", "деректерді өңдеу орталығы", "a data centre"),
                ("спутник дистанционного зондирования", "қашықтықтан зондтау серігі", "an Earth-observation satellite"),
                ("платформа электронного правительства", "электрондық үкімет платформасы", "an e-government platform")],
    "education": [("совместный университет", "бірлескен университет", "a joint university"),
                  ("программа стажировок", "тағылымдама бағдарламасы", "an internship programme"),
                  ("центр японского языка", "жапон тілі орталығы", "a Japanese language centre")],
    "politics": [("межмидовские консультации", "СІМ аралық консультациялар", "foreign-ministry consultations"),
                 ("диалог «Центральная Азия + Япония»", "«Орталық Азия + Жапония» диалогы", "the Central Asia plus Japan dialogue")],
    "environment": [("противопаводковая система", "су тасқынына қарсы жүйе", "a flood-protection system"),
                    ("мониторинг качества воздуха", "ауа сапасын бақылау", "air-quality monitoring"),
                    ("очистные сооружения", "тазарту құрылыстары", "wastewater treatment")],
}
PLACES = [("Актау", "Ақтау", "Aktau"), ("Атырау", "Атырау", "Atyrau"), ("Алматы", "Алматы", "Almaty"),
          ("Астана", "Астана", "Astana"), ("Шымкент", "Шымкент", "Shymkent"), ("Караганда", "Қарағанды", "Karaganda"),
          ("Павлодар", "Павлодар", "Pavlodar"), ("Костанай", "Қостанай", "Kostanay"), ("Туркестан", "Түркістан", "Turkestan"),
          ("Усть-Каменогорск", "Өскемен", "Oskemen"), ("Актобе", "Ақтөбе", "Aktobe"), ("Семей", "Семей", "Semey")]
COMPANIES = ["Marubeni", "Toyota Tsusho", "Mitsubishi", "Sumitomo", "Itochu", "Mitsui", "Hitachi", "Toshiba", "Komatsu",
             "JICA", "JBIC", "Nippon Steel", "КазМунайГаз", "Казатомпром", "Самрук-Казына", "Тау-Кен Самрук", "KEGOC"]
PARTIES = ["Республика Казахстан", "Япония"]
FIRST = ["Асет", "Марат", "Ерлан", "Айгуль", "Даурен", "Нурлан", "Гульнара", "Бахыт", "Такэси", "Хироси", "Кэнта",
         "Юко", "Акира", "Сатоси"]
LAST = ["Исекешев", "Нуртлеу", "Смаилов", "Жумагалиев", "Ахметова", "Садыков", "Ивая", "Камохара", "Танака",
        "Сато", "Судзуки", "Ямамото", "Кобаяси", "Накамура"]
POSTS = [("министр иностранных дел", "сыртқы істер министрі", "Minister of Foreign Affairs"),
         ("посол Японии в Казахстане", "Жапонияның Қазақстандағы елшісі", "Ambassador of Japan to Kazakhstan"),
         ("вице-министр энергетики", "энергетика вице-министрі", "Vice Minister of Energy"),
         ("председатель правления", "басқарма төрағасы", "Chairman of the Management Board"),
         ("заместитель премьер-министра", "премьер-министрдің орынбасары", "Deputy Prime Minister")]
INDICATORS = {  # indicator -> (kind, ru, kk, en, base in US$)
    "trade_turnover": ("trade", "товарооборот", "тауар айналымы", "trade turnover", 1.5e9),
    "exports": ("trade", "экспорт в Японию", "Жапонияға экспорт", "exports to Japan", 1.1e9),
    "imports": ("trade", "импорт из Японии", "Жапониядан импорт", "imports from Japan", 0.5e9),
    "fdi_stock": ("investment", "накопленные японские инвестиции", "жинақталған жапон инвестициялары",
                  "Japanese FDI stock", 6e9),
    "fdi_inflow": ("investment", "приток японских инвестиций", "жапон инвестицияларының ағыны",
                   "Japanese FDI inflow", 0.3e9),
}
OUTLETS = ["Kazinform", "Tengrinews", "Trend", "Today.kz", "Курсив", "Капитал.kz", "Egemen Qazaqstan",
           "Ақорда", "The Astana Times", None]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
MONTHS_RU_IN = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                "ноябре", "декабре"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FILLER = {
    "ru": ["Стороны обсудили широкий круг вопросов двустороннего сотрудничества и обменялись мнениями по "
           "актуальным вопросам региональной повестки.",
           "Было отмечено, что Япония остается одним из ключевых партнеров Казахстана в Азиатско-Тихоокеанском регионе.",
           "Участники встречи подчеркнули важность укрепления деловых связей между регионами двух стран.",
           "Казахстанская сторона пригласила японских партнеров принять участие в реализации совместных проектов.",
           "По итогам переговоров стороны договорились продолжить работу в рамках межправительственной комиссии.",
           "В мероприятии приняли участие представители государственных органов и деловых кругов.",
           "Особое внимание было уделено вопросам подготовки кадров и передачи технологий."],
    "kk": ["Тараптар екіжақты ынтымақтастықтың кең ауқымды мәселелерін талқылады.",
           "Жапония Қазақстанның Азия-Тынық мұхиты өңіріндегі негізгі әріптестерінің бірі болып қала береді.",
           "Кездесуге мемлекеттік органдар мен іскер топтардың өкілдері қатысты.",
           "Қазақстан тарапы жапон әріптестерін бірлескен жобаларды іске асыруға шақырды.",
           "Келіссөздер қорытындысы бойынша тараптар үкіметаралық комиссия аясында жұмысты жалғастыруға келісті."],
    "en": ["The sides discussed a broad range of bilateral issues and exchanged views on the regional agenda.",
           "Japan remains one of Kazakhstan's key partners in the Asia-Pacific region.",
           "Representatives of government agencies and business circles took part in the event.",
           "The parties agreed to continue their work within the intergovernmental commission."],
}
DATELINE = {"ru": ["АСТАНА", "АЛМАТЫ", "ТОКИО"], "kk": ["АСТАНА", "АЛМАТЫ", "ТОКИО"], "en": ["ASTANA", "TOKYO"]}

_PLAIN = re.compile(r"^[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][^:#\"'{}\[\],&*!|>%@`]*$")


def q(text: str) -> str:
    """A YAML scalar: plain when nothing in it can be misread, else double-quoted (JSON is valid YAML)."""
    return text if _PLAIN.match(text) and not text.endswith(" ") else json.dumps(text, ensure_ascii=False)


def dec(x: Decimal, lang: str) -> str:
    s = format(x.normalize(), "f")
    return s.replace(".", ",") if lang != "en" else s


WORDS_RU = {2: "двух", 3: "трех", 4: "четырех", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми", 9: "девяти"}


def money(rng: random.Random, lang: str, base: float | None = None) -> tuple[Decimal, str, str]:
    """(amount, currency, words): a sum as an article writes it."""
    if base is None:
        scale = rng.choice([10**6, 10**6, 10**9])
        mant = Decimal(rng.randint(10, 9990)) / 10 if scale == 10**6 else Decimal(rng.randint(11, 99)) / 10
    else:
        scale = 10**6 if base < 1e9 else 10**9
        mant = (Decimal(str(round(base / scale, 1)))).normalize()
    if mant == mant.to_integral_value():
        mant = mant.quantize(Decimal(1))
    amount = mant * scale
    currency = "USD" if rng.random() < 0.85 else rng.choice(["JPY", "KZT", "EUR"])
    cur = {"ru": {"USD": "долларов", "JPY": "иен", "KZT": "тенге", "EUR": "евро"},
           "kk": {"USD": "АҚШ доллары", "JPY": "иена", "KZT": "теңге", "EUR": "еуро"},
           "en": {"USD": "US dollars", "JPY": "yen", "KZT": "tenge", "EUR": "euros"}}[lang][currency]
    if lang == "ru" and scale == 10**9 and mant in WORDS_RU and rng.random() < 0.3:
        return amount, currency, f"{WORDS_RU[int(mant)]} миллиардов {cur}"
    word = {"ru": {10**6: "млн", 10**9: "млрд"}, "kk": {10**6: "млн", 10**9: "млрд"},
            "en": {10**6: "million", 10**9: "billion"}}[lang][scale]
    return amount, currency, f"{dec(mant, lang)} {word} {cur}"


class Gen:
    def __init__(self, seed: int, n_facts: int):
        self.rng = random.Random(seed)
        self.n = n_facts
        self.facts: list[dict] = []
        self.sources: list[dict] = []
        self.texts: dict[str, str] = {}
        self.people = [(f, l) for f in FIRST for l in LAST]
        # each indicator has one true value per year; a few reports give another qualifier
        self.series = {ind: {y: spec[4] * (0.6 + 0.8 * ((y - 2000) / 25)) * (0.8 + 0.4 * self.rng.random())
                             for y in YEARS} for ind, spec in INDICATORS.items()}

    # ---------------------------------------------------------------- one fact and its sentence
    def fact(self, sid: str, lang: str, year: int, month: int, seq: int) -> tuple[dict, str, str]:
        r = self.rng
        kind = r.choices(["project", "agreement", "trade", "investment", "grant", "visit", "meeting", "count",
                          "person", "statement", "plan", "indicator"],
                         [18, 9, 6, 4, 3, 4, 8, 5, 8, 24, 6, 5])[0]
        topic = r.choice(TOPICS)
        topics = [topic] + ([r.choice(TOPICS)] if r.random() < 0.15 else [])
        topics = list(dict.fromkeys(topics))
        subj = r.choice(SUBJECTS[topic])
        place = r.choice(PLACES)
        i = {"ru": 0, "kk": 1, "en": 2}[lang]
        f: dict = {"id": f"{kind}-{topic}-{seq:06d}", "kind": kind}
        date = r.choice([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}", None])
        when = {"ru": f"в {MONTHS_RU_IN[month - 1]} {year} года", "kk": f"{year} жылғы {MONTHS_KK[month - 1]}да",
                "en": f"in {MONTHS_EN[month - 1]} {year}"}[lang]
        title = None
        if kind == "project":
            status = r.choice(["implemented", "in_progress", "agreed", "planned", "discussed"])
            f["status"] = status
            title = {"ru": f"{subj[0].capitalize()} в {place[0]}", "kk": f"{place[1]}: {subj[1]}",
                     "en": f"{subj[2].capitalize()} in {place[2]}"}
            co = r.choice(COMPANIES)
            if r.random() < 0.6:
                amount, cur, words = money(r, lang)
                f["value"] = {"amount": amount, "currency": cur}
                s = {"ru": f"Компания {co} реализует проект «{subj[0]}» в городе {place[0]} стоимостью {words}",
                     "kk": f"{co} компаниясы {place[1]} қаласында құны {words} болатын «{subj[1]}» жобасын іске асыруда",
                     "en": f"{co} is carrying out the project «{subj[2]}» in {place[2]} worth {words}"}[lang]
            else:
                s = {"ru": f"Компания {co} приступила к проекту «{subj[0]}» в городе {place[0]}",
                     "kk": f"{co} компаниясы {place[1]} қаласында «{subj[1]}» жобасын бастады",
                     "en": f"{co} has started the project «{subj[2]}» in {place[2]}"}[lang]
        elif kind == "agreement":
            doc = r.choice([("Меморандум о сотрудничестве по направлению", "саласындағы ынтымақтастық туралы меморандум",
                             "Memorandum of cooperation on"),
                            ("Соглашение о сотрудничестве по направлению", "саласындағы ынтымақтастық туралы келісім",
                             "Agreement on cooperation in")])
            title = {"ru": f"{doc[0]} «{subj[0]}»", "kk": f"{subj[1].capitalize()} {doc[1]}", "en": f"{doc[2]} {subj[2]}"}
            f["status"] = "agreed"
            s = {"ru": f"{when} стороны подписали {doc[0].lower()} «{subj[0]}»",
                 "kk": f"{when} тараптар {subj[1]} {doc[1]} қол қойды",
                 "en": f"{when} the sides signed a {doc[2].lower()} {subj[2]}"}[lang]
        elif kind in ("trade", "investment", "indicator"):
            if kind == "indicator" or r.random() < 0.5:
                ind = r.choice([k for k, v in INDICATORS.items() if v[0] == (kind if kind != "indicator" else "trade")])
                spec = INDICATORS[ind]
                kind = spec[0]
                f["kind"] = kind
                ref = r.choice([y for y in YEARS if y <= year])
                amount, cur, words = money(r, lang, self.series[ind][ref])
                cur = "USD"
                words = re.sub(r"(долларов|иен|тенге|евро|АҚШ доллары|иена|теңге|еуро|US dollars|yen|tenge|euros)$",
                               {"ru": "долларов", "kk": "АҚШ доллары", "en": "US dollars"}[lang], words)
                qual = "over" if r.random() < 0.04 else None
                f["indicator"] = ind
                f["value"] = {"amount": amount, "currency": cur, **({"qualifier": qual} if qual else {})}
                date = str(ref)
                topics = ["trade" if kind == "trade" else "finance"]
                title = {"ru": f"{spec[1].capitalize()} за {ref} год", "kk": f"{ref} жылғы {spec[2]}",
                         "en": f"{spec[3].capitalize()}, {ref}"}
                more = {"ru": "более ", "kk": "", "en": "over "}[lang] if qual else ""
                if lang == "kk" and qual:
                    words += " астам"
                s = {"ru": f"По итогам {ref} года {spec[1]} составил {more}{words}",
                     "kk": f"{ref} жылдың қорытындысы бойынша {spec[2]} {words} құрады",
                     "en": f"In {ref} the {spec[3]} amounted to {more}{words}"}[lang]
                if r.random() < 0.3:
                    pct = Decimal(r.randint(5, 400)) / 10
                    sign = r.choice([-1, 1])
                    f["percent"] = pct * sign
                    verb = {("ru", 1): "увеличившись на", ("ru", -1): "сократившись на",
                            ("kk", 1): "өсіп,", ("kk", -1): "төмендеп,", ("en", 1): "up by", ("en", -1): "down by"}[(lang, sign)]
                    s += {"ru": f", {verb} {dec(pct, lang)}%", "kk": f", {verb} {dec(pct, lang)}%-ға",
                          "en": f", {verb} {dec(pct, lang)}%"}[lang]
            else:
                amount, cur, words = money(r, lang)
                f["value"] = {"amount": amount, "currency": cur}
                title = {"ru": f"Инвестиции {r.choice(COMPANIES)} в проект «{subj[0]}»",
                         "kk": f"«{subj[1]}» жобасына инвестициялар", "en": f"Investment in {subj[2]}"}
                s = {"ru": f"Объем инвестиций в проект «{subj[0]}» достиг {words}",
                     "kk": f"«{subj[1]}» жобасына салынған инвестиция көлемі {words} жетті",
                     "en": f"Investment in {subj[2]} reached {words}"}[lang]
        elif kind == "grant":
            amount, cur, words = money(r, lang)
            f["value"] = {"amount": amount, "currency": cur}
            title = {"ru": f"Грант Японии: {subj[0]}", "kk": f"Жапония гранты: {subj[1]}", "en": f"Japanese grant: {subj[2]}"}
            s = {"ru": f"Японская сторона выделила безвозмездный грант в размере {words} на {subj[0]}",
                 "kk": f"Жапон тарапы {subj[1]} үшін {words} көлемінде грант бөлді",
                 "en": f"Japan provided a grant of {words} for {subj[2]}"}[lang]
        elif kind in ("visit", "meeting"):
            who = r.choice(self.people)
            post = r.choice(POSTS)
            noun = {"visit": ("Визит", "сапары", "Visit"), "meeting": ("Встреча", "кездесуі", "Meeting")}[kind]
            title = {"ru": f"{noun[0]}: {post[0]} {who[0]} {who[1]}, {place[0]}",
                     "kk": f"{post[1].capitalize()} {who[0]} {who[1]}: {place[1]} {noun[1]}",
                     "en": f"{noun[2]}: {post[2]} {who[0]} {who[1]}, {place[2]}"}
            s = {"ru": f"{when} в городе {place[0]} состоялась встреча, в которой принял участие {post[0]} {who[0]} {who[1]}",
                 "kk": f"{when} {place[1]} қаласында {post[1]} {who[0]} {who[1]} қатысқан кездесу өтті",
                 "en": f"{when} a meeting took place in {place[2]} attended by the {post[2]} {who[0]} {who[1]}"}[lang]
        elif kind == "count":
            n = r.randint(3, 250)
            counted = r.choice(["project", "company", "agreement"])
            f["count"] = n
            f["counted"] = counted
            noun = {"project": ("проектов", "жоба", "projects"), "company": ("компаний", "компания", "companies"),
                    "agreement": ("соглашений", "келісім", "agreements")}[counted]
            if r.random() < 0.3:
                f["count_qualifier"] = "about"
                pre = {"ru": "около ", "kk": "", "en": "about "}[lang]
                post_kk = "шамасында "
            else:
                pre, post_kk = "", ""
            title = {"ru": f"Число {noun[0]} в отрасли «{subj[0]}»", "kk": f"{subj[1].capitalize()}: {noun[1]} саны",
                     "en": f"Number of {noun[2]}: {subj[2]}"}
            s = {"ru": f"В сфере «{subj[0]}» насчитывается {pre}{n} {noun[0]} с японским участием",
                 "kk": f"«{subj[1]}» саласында жапон қатысуымен {n} {noun[1]} {post_kk}жұмыс істейді",
                 "en": f"There are {pre}{n} {noun[2]} with Japanese participation in {subj[2]}"}[lang]
        elif kind == "person":
            who = r.choice(self.people)
            post = r.choice(POSTS)
            name = f"{who[0]} {who[1]}"
            f["person"] = {"name": {"ru": name, "kk": name, "en": name},
                           "post": {"ru": post[0].capitalize(), "kk": post[1].capitalize(), "en": post[2]}}
            title = {"ru": f"{name} – {post[0]}", "kk": f"{name} – {post[1]}", "en": f"{name}, {post[2]}"}
            s = {"ru": f"На встрече присутствовал {post[0]} {name}", "kk": f"Кездесуге {post[1]} {name} қатысты",
                 "en": f"The {post[2]} {name} attended the meeting"}[lang]
            date = None
        else:  # statement, plan
            status = "planned" if kind == "plan" else r.choice(["discussed", "agreed", "discussed"])
            f["status"] = status
            title = {"ru": f"Намерение развивать направление «{subj[0]}»", "kk": f"«{subj[1]}» бағытын дамыту ниеті",
                     "en": f"Intention to develop {subj[2]}"}
            s = {"ru": f"Стороны выразили намерение развивать сотрудничество по направлению «{subj[0]}» в регионе {place[0]}",
                 "kk": f"Тараптар {place[1]} өңірінде «{subj[1]}» бағыты бойынша ынтымақтастықты дамыту ниетін білдірді",
                 "en": f"The sides intend to develop cooperation on {subj[2]} in the {place[2]} region"}[lang]
        f["title"] = title
        f["id"] = f"{f['kind']}-{topics[0]}-{seq:06d}"
        if date is not None:
            f["date"] = date
        f["topics"] = topics
        f["parties"] = PARTIES if r.random() < 0.8 else [PARTIES[0]]
        s = s[0].upper() + s[1:]
        f["evidence"] = [{"source": sid, "quote": s}]
        sentence = s + "."
        return f, sentence, kind

    # ---------------------------------------------------------------- sources
    def run(self) -> None:
        r = self.rng
        seq = 0
        recent: dict[str, list[tuple[dict, str]]] = {"ru": [], "kk": [], "en": []}
        k = 0
        while seq < self.n:
            year = YEARS[min(len(YEARS) - 1, int(len(YEARS) * seq / self.n))]
            month, day = r.randint(1, 12), r.randint(1, 28)
            lang = r.choices(["ru", "kk", "en"], [75, 20, 5])[0]
            sid = f"s{k:06d}"
            k += 1
            precision = r.choices(["day", "month", "year"], [6, 3, 1])[0]
            date = {"day": f"{year}-{month:02d}-{day:02d}", "month": f"{year}-{month:02d}", "year": str(year)}[precision]
            paras = []
            line = r.choice(DATELINE[lang])
            stated = {"ru": f"{line}, {day} {MONTHS_RU[month - 1]} {year} года.",
                      "kk": f"{line}, {year} жылғы {day} {MONTHS_KK[month - 1]}.",
                      "en": f"{line}, {day} {MONTHS_EN[month - 1]} {year}."}[lang]
            inferred = r.random() < 0.2
            if not inferred:
                paras.append(stated)
            body: list[str] = []
            for _ in range(min(r.randint(4, 8), self.n - seq)):
                f, sentence, _kind = self.fact(sid, lang, year, month, seq)
                seq += 1
                self.facts.append(f)
                body.append(sentence + " " + r.choice(FILLER[lang]))
                recent[lang].append((f, sentence))
            # a later source repeats an earlier report: a second piece of evidence for that fact
            pool = recent[lang][-60:-8]
            for f, sentence in r.sample(pool, min(len(pool), r.randint(0, 2))):
                if len(f["evidence"]) < 2 and f["evidence"][0]["source"] != sid:
                    lead = {"ru": "Напомним, ранее сообщалось:", "kk": "Бұған дейін хабарланғандай:",
                            "en": "As reported earlier:"}[lang]
                    body.append(f"{lead} «{sentence[:-1]}».")
                    f["evidence"].append({"source": sid, "quote": f["evidence"][0]["quote"]})
            r.shuffle(body)
            filler = r.sample(FILLER[lang], 2)
            paras += [filler[0]] + body + [filler[1]]
            evidence_sentence = None
            if inferred:
                evidence_sentence = {"ru": f"Мероприятие прошло в {MONTHS_RU_IN[month - 1]} {year} года в Астане",
                                     "kk": f"Іс-шара {year} жылғы {MONTHS_KK[month - 1]}да Астанада өтті",
                                     "en": f"The event took place in {MONTHS_EN[month - 1]} {year} in Astana"}[lang]
                paras.insert(1, evidence_sentence + ".")
                date = f"{year}-{month:02d}"
            text = "\n\n".join(paras) + "\n"
            self.texts[sid] = text
            first = self.facts[-1]["title"][lang]
            src = {"id": sid, "file": f"texts/{sid}.txt", "title": first, "outlet": r.choice(OUTLETS),
                   "language": lang, "date": date, "date_basis": "inferred" if inferred else "stated"}
            if evidence_sentence:
                src["date_evidence"] = evidence_sentence
            self.sources.append(src)

    # ---------------------------------------------------------------- writing
    def write(self, out: Path, meta: Path) -> None:
        if out.exists():
            shutil.rmtree(out)
        (out / "texts").mkdir(parents=True)
        (out / "facts").mkdir()
        shutil.copy(meta, out / "dossier.yaml")
        for sid, text in self.texts.items():
            (out / "texts" / f"{sid}.txt").write_text(text, encoding="utf-8")
        lines = ["# Synthetic sources (bench/synth.py)."]
        for s in self.sources:
            lines.append(f"- id: {s['id']}")
            for key in ("file", "title", "outlet", "language", "date", "date_basis", "date_evidence"):
                if key in s:
                    v = s[key]
                    lines.append(f"  {key}: " + ("null" if v is None else q(v) if key != "date" else f'"{v}"'))
        (out / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        by_year: dict[str, list[str]] = {}
        src_year = {s["id"]: s["date"][:4] for s in self.sources}
        for f in self.facts:
            by_year.setdefault(src_year[f["evidence"][0]["source"]], []).append(_fact_yaml(f))
        for year, chunks in by_year.items():
            (out / "facts" / f"{year}.yaml").write_text(f"# Synthetic facts reported in {year}.\n\n"
                                                        + "\n".join(chunks), encoding="utf-8")


def _fact_yaml(f: dict) -> str:
    out = [f"- id: {f['id']}", f"  kind: {f['kind']}", "  title:"]
    out += [f"    {lang}: {q(t)}" for lang, t in f["title"].items()]
    if "date" in f:
        out.append(f'  date: "{f["date"]}"')
    out.append(f"  topics: [{', '.join(f['topics'])}]")
    out.append(f"  parties: [{', '.join(f['parties'])}]")
    for key in ("status", "indicator", "counted", "count_qualifier"):
        if key in f:
            out.append(f"  {key}: {f[key]}")
    if "count" in f:
        out.append(f"  count: {f['count']}")
    if "value" in f:
        v = f["value"]
        out.append("  value: {" + ", ".join(f"{k}: {x}" for k, x in v.items()) + "}")
    if "percent" in f:
        out.append(f"  percent: {f['percent']}")
    if "person" in f:
        p = f["person"]
        out.append("  person:")
        for part in ("name", "post"):
            out.append(f"    {part}: {{" + ", ".join(f"{l}: {q(t)}" for l, t in p[part].items()) + "}")
    out.append("  evidence:")
    for ev in f["evidence"]:
        out.append(f"    - source: {ev['source']}")
        out.append(f"      quote: {q(ev['quote'])}")
    return "\n".join(out) + "\n"


def generate(out: Path, n_facts: int, seed: int = 7, meta: Path = SEED_META) -> Path:
    """A dossier of `n_facts` facts in `out`, with the subject and purpose of `meta` (a dossier.yaml)."""
    gen = Gen(seed, n_facts)
    gen.run()
    gen.write(Path(out), Path(meta))
    return Path(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--facts", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--meta", type=Path, default=SEED_META, help="the dossier.yaml to copy (default: the seed's)")
    args = ap.parse_args()
    generate(args.out, args.facts, args.seed, args.meta)
    print(args.out)


if __name__ == "__main__":
    main()
