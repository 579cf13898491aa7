"""Kazakh: frames by what a fact is and how sure it is (drafting.md). Verbs do not agree, so the frames
put the title first as the subject and the verb last; the few suffixes needed (the genitive of a speaker's
name, the locative of a month, the dative of a percentage) follow the language's harmony (`lang.kk`)."""
from __future__ import annotations

from ..dossier.dates import FuzzyDate
from ..lang.kk import case_ending, with_case
from .base import Realiser, _sentence

NB = "\u00a0"


def _same_months_year_before(period: FuzzyDate, base: FuzzyDate) -> bool:
    try:
        return (base.start == period.start.replace(year=period.start.year - 1)
                and (base.end.month, base.end.year) == (period.end.month, period.end.year - 1))
    except ValueError:
        return False


def _suffixed(phrase: str, case: str) -> str:
    """The phrase with `case` on its last word; a possessive ending (-ы/-і/-сы/-сі of a compound) takes the
    pronominal n: «мәлімдемесі» -> «мәлімдемесіне»."""
    words = phrase.rstrip().split(" ")
    last = words[-1]
    if len(words) > 1 and last[-1:] in "ыі" and case in ("dat", "loc", "abl", "acc"):
        back = last[-1] == "ы"
        ending = {"dat": "на" if back else "не", "loc": "нда" if back else "нде",
                  "abl": "нан" if back else "нен", "acc": "н"}[case]
    else:
        ending = case_ending(last.strip("»\""), case)
    return " ".join(words[:-1] + [last + ending])


class Kazakh(Realiser):
    lang = "kk"

    def during(self, fd: FuzzyDate | None) -> str:
        """«2024 жылы», «2016 жылғы қарашада», «2025 жылғы қаңтар–мамырда», «2015–2025 жылдары»."""
        if fd is None:
            return ""
        s, e = fd.start, fd.end
        if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
            return f"{s.year}{NB}жылы" if s.year == e.year else f"{s.year}–{e.year}{NB}жылдары"
        return _suffixed(self.words.fuzzy(fd), "loc")

    def when(self, fact) -> str:
        if self.inferred(fact):
            src = self.sel.dossier.sources[fact.evidence[0].source]
            if src.not_before:
                return f"ерте дегенде {self.words.fuzzy(FuzzyDate.parse(src.not_before))} (күні көрсетілмеген)"
            return f"{self.during(self.date_of(fact))} (жанама деректер бойынша)"
        return self.during(self.date_of(fact))

    def base_phrase(self, fact) -> str:
        if not fact.base:
            return ""
        base = FuzzyDate.parse(fact.base)
        period = self.period_of(fact)
        if period is not None and _same_months_year_before(period, base):
            return f"{base.start.year}{NB}жылғы сәйкес кезеңмен салыстырғанда"
        return f"{_suffixed(self.words.fuzzy(base), 'ins')} салыстырғанда"

    def who(self, fact, genitive: bool = False) -> str:
        att = fact.attribution
        if att is None:
            return ""
        if att.party is not None:
            name = self.speaker(att.party)
            return _suffixed(name, "gen") if genitive else name
        pf = self.person_fact(fact)
        if pf is None:
            return ""
        year = self.post_year(pf)
        held = f" ({year}{NB}ж.)" if year else ""
        name = self.initials(self.local(pf.person.name))
        if genitive:
            # a Russian surname in -ев/-ов keeps the harmony of its stem: «Назарбаевтың», «Хаировтың»
            stem = name[:-2] if name.endswith(("ев", "ов")) else name
            ending = case_ending(stem + "в", "gen") if stem != name else case_ending(name, "gen")
            name = name + ending
        return f"{self.local(pf.person.post)}{held} {name}"

    def according_to(self, fact, clause: str) -> str:
        return f"{self.who(fact, genitive=True)} айтуынша, {clause}"

    def count_and_amount(self, count: str, amount: str) -> str:
        return f"{count}, жалпы сомасы {amount}"

    def change(self, fact) -> str:
        verb = "өсіп" if fact.percent > 0 else "қысқарып"
        pct = with_case(self.words.percent(abs(fact.percent)), "dat")
        parts = [self.title_without_period(fact), self.during(self.period_of(fact)), self.base_phrase(fact), pct, verb]
        text = " ".join(p for p in parts if p)
        if fact.value is not None:
            text += f", {self.amount(fact.value)} болды"
        return self.attributed(fact, f"{text} {self.cite(fact)}")

    def level(self, fact) -> str:
        period = self.flow_period(fact)
        if period is not None:
            text = f"{self.title_without_period(fact)} {self.during(period)} {self.amount(fact.value)} болды"
        else:
            text = (f"{self.title(fact)} {self.words.as_of(self.date_of(fact))} жағдай бойынша "
                    f"{self.amount(fact.value)} болып отыр")
        return self.attributed(fact, f"{text} {self.cite(fact)}")

    def disagreeing_level(self, fact) -> str:
        figures = [f"{self.cite_source(sid)} деректері бойынша\u00a0— {self.amount(v)}" for sid, v in fact.figures]
        return f"{self.title(fact)} туралы дереккөздердің мәліметтері әртүрлі: {'; '.join(figures)}"

    _PROJECT = {"done": "жүзеге асырылды", "in_progress": "жүзеге асырылуда", "agreed": "бойынша уағдаластыққа қол жеткізілді",
                "planned": "жоспарлануда", "proposed": "ұсынылды", "potential": "қарастырылуда"}

    def project(self, fact) -> str:
        value = f" ({self.amount(fact.value)})" if fact.value is not None else ""
        when = f"{self.when(fact)} " if fact.when else ""
        return f"{when}{self.ph.quoted(self.title(fact))} жобасы{value} {self._PROJECT[fact.mode]} {self.cite(fact)}"

    def document(self, fact, in_part: bool = False) -> str:
        figure = f" ({self.figure(fact)})" if (fact.count or fact.value) else ""
        when = "" if in_part else f"{self.when(fact)} "
        if self.exchanged(fact):
            return f"{when}{self.title(fact)}{figure} жүргізілді {self.cite(fact)}"
        return f"{when}{_suffixed(self.title(fact), 'dat')}{figure} қол қойылды {self.cite(fact)}"

    # what the source says happened to a grant: given, being given, agreed, planned, offered, considered
    _GRANT_MODE = {"done": "берілді", "in_progress": "берілуде", "agreed": "келісілді", "planned": "жоспарлануда",
                   "proposed": "ұсынылды", "potential": "қарастырылуда"}

    def grant(self, fact) -> str:
        amount = f" ({self.amount(fact.value)})" if fact.value is not None else ""
        when = f"{self.when(fact)} " if fact.when else ""
        verb = self._GRANT_MODE.get(fact.mode, "берілді")
        return f"{when}{self.title(fact)}{amount} {verb} {self.cite(fact)}"

    def event(self, fact, in_part: bool = False) -> str:
        when = "" if in_part else f"{self.when(fact)} "
        verb = "жоспарлануда" if fact.mode == "planned" else "өтті"
        return f"{when}{self.title(fact)} {verb} {self.cite(fact)}"

    _COUNT_MODE = {"done": "жүзеге асырылды", "in_progress": "жүзеге асырылуда", "agreed": "келісілді",
                   "planned": "жоспарлануда", "proposed": "ұсынылды", "potential": "қарастырылуда"}

    def counted(self, fact) -> str:
        when = (f" ({self.words.as_of(self.date_of(fact))} жағдай бойынша)" if fact.when or self.old(fact)
                else "")
        if fact.status and self.names_stage(self.title(fact), self._COUNT_MODE[fact.mode]):
            return self.attributed(fact, f"{self.title(fact)}: {self.figure(fact)}{when} {self.cite(fact)}")
        if fact.status:
            return self.attributed(fact, f"{self.title(fact)} ({self.figure(fact)}) {self._COUNT_MODE[fact.mode]}"
                                         f"{when} {self.cite(fact)}")
        return self.attributed(fact, f"{self.title(fact)} саны\u00a0— {self.figure(fact)}{when} {self.cite(fact)}")

    def statement(self, fact) -> str:
        title, cite = self.title(fact), self.cite(fact)
        if fact.claim is not None:
            return self.attributed(fact, f"{self.local(fact.claim)} {cite}")
        mode = fact.mode
        if mode == "planned":
            if self.future(fact):
                return self.attributed(fact, f"{self.during(fact.when)} {title} жоспарлануда {cite}")
            return self.attributed(fact, f"{self.when(fact)} {title} жоспарланды {cite}".strip())
        if mode == "potential" and " — " in title:   # «Приоритетные сферы — …»: a sentence already
            return self.attributed(fact, f"{title} {cite}")
        if mode == "potential":
            area = "перспективалы бағыт" if title.rstrip(".").endswith("ынтымақтастық") else \
                "ынтымақтастықтың перспективалы бағыты"
            return self.attributed(fact, f"{title} {area} ретінде қарастырылуда {cite}")
        if mode == "proposed":
            if fact.attribution is not None:
                if fact.attribution.party is not None:   # «Қазақстан [Қазақстанның] … дайындығы туралы»
                    title = title.removeprefix(_suffixed(self.speaker(fact.attribution.party), "gen") + " ")
                return f"{self.who(fact)} {title.rstrip('.')} туралы мәлімдеді {cite}"
            if title.rstrip(".").endswith(("дайындығы", "дайындығын")):
                return f"{title.rstrip('.')} білдірілді {cite}"
            if title.rstrip(".").endswith("талқылау"):
                return f"{title.rstrip('.')} жүргізілді {cite}"
            if title.rstrip(".").endswith("шақыру"):
                return f"{title.rstrip('.')} жолданды {cite}"
            return f"Тараптар {self.ph.quoted(title)} бағытын талқылады {cite}"
        if mode == "agreed":
            if title.rstrip(".").endswith("уағдаластық"):
                return f"{_suffixed(title.rstrip('.'), 'dat')} қол жеткізілді {cite}"
            return f"{title} туралы уағдаластыққа қол жеткізілді {cite}"
        if mode == "in_progress":
            return f"{title} жалғасуда {cite}"
        if fact.attribution is not None:
            return f"{self.who(fact)} атап өтті: {title} {cite}"
        if " — " in title:   # a sentence already: «Қазақстан — …»
            return f"{title} {cite}"
        return f"{title.rstrip('.')} атап өтілді {cite}"   # a noun phrase: what the sides noted

    def events(self, facts: list, period: str) -> str:
        if not facts:
            return ""
        items = "; ".join(f"{self.title(f)}{self.event_date(f, period)} {self.cite(f)}" for f in facts)
        return _sentence(f"{period[:1].upper()}{period[1:]} тараптар жоғары деңгейдегі саяси диалогты жалғастырды: {items}")

    def earlier(self, facts: list) -> str:
        return " ".join(_sentence(self.clause(f)) for f in facts)

    _PROJECTS = {"done": "Жүзеге асырылған бірлескен жобалар", "in_progress": "Жүзеге асырылып жатқан жобалар",
                 "agreed": "Уағдаластыққа қол жеткізілген жобалар", "planned": "Жоспарланған жобалар",
                 "proposed": "Ұсынылған жобалар", "potential": "Қарастырылып жатқан жобалар"}

    def projects(self, mode: str, facts: list) -> str:
        items = ", ".join(self.ph.quoted(self.title(f)) for f in facts)
        return _sentence(f"{self._PROJECTS[mode]}: {items} {self.cite(*facts)}")

    def treaty(self, facts: list) -> str:
        items = "; ".join(f"{self.title(f)} ({self.words.fuzzy(self.date_of(f))}) {self.cite(f)}" for f in facts)
        return _sentence(f"Шарттық-құқықтық базаның негізгі құжаттары: {items}")

    def risk(self, risk) -> str:
        f = risk.facts[0]
        if risk.kind == "decline":
            causes = "; ".join(f"{self.local(c.claim)} {self.cite(c)}" for c in risk.causes if c.claim)
            pct = with_case(self.words.percent(abs(f.percent)), "dat")
            head = (f"{self.during(self.period_of(f))} {self.ph.quoted(self.title(f))} көрсеткішінің төмендеуі"
                    if risk.said else
                    f"{self.title(f)} {self.during(self.period_of(f))} {pct} қысқарды {self.cite(f)}")
            text = head + (f": {causes}" if causes else (f" {self.cite(f)}" if risk.said else ""))
            return _sentence(text + "; себептерін талдап, көлемді қалпына келтіру шараларын әзірлеу қажет")
        if risk.kind == "disagree":
            if len(risk.facts) == 1:
                figures = "; ".join(f"{self.cite_source(s)}\u00a0— {self.amount(v)}" for s, v in f.figures)
            else:
                figures = "; ".join(f"{self.cite(x)}\u00a0— {self.amount(x.value)}" for x in risk.facts)
            return _sentence(f"{self.ph.quoted(self.title(f))} көрсеткіші бойынша дереккөздердің деректері "
                             f"сәйкес келмейді ({figures}); келіссөздерде пайдаланар алдында нақтылау қажет")
        if risk.kind == "stalled":
            shown = risk.facts[:3]
            items = ", ".join(self.ph.quoted(self.title(x)) for x in shown)
            since = self.words.fuzzy(self.date_of(max(risk.facts, key=lambda x: self.date_of(x).end)))
            more = " және басқалары (қосымшаны қараңыз)" if len(risk.facts) > 3 else ""
            return _sentence(f"{_suffixed(since, 'abl')} кейін мына жобалардың ілгерілеуі туралы мәлімет жоқ: {items}{more} "
                             f"{self.cite(*shown)}; серіктестерден қазіргі жай-күйін сұрату орынды")
        return _sentence(f"{self.ph.quoted(self.title(f))} көрсеткіші бойынша соңғы деректер "
                         f"{self.words.fuzzy(self.date_of(f))} жатады {self.cite(f)}; жаңарту қажет")

    def talk(self, ask) -> str:
        f = ask.item.fact
        q, cite = self.ph.quoted(self.title(f)), self.cite(f)
        if ask.ask == "thank":
            amount = f" ({self.amount(f.value)})" if f.value is not None else ""
            return _sentence(f"{q}{amount} үшін алғыс білдіреміз {cite}; қаражаттың пайдаланылуы туралы "
                             f"хабарлап отыруға дайынбыз")
        if ask.ask == "welcome":
            return _sentence(f"{q} жобасының жүзеге асырылуын құптаймыз {cite} және ынтымақтастықтың келесі "
                             f"кезеңін айқындауды ұсынамыз")
        if ask.ask == "complete":
            return _sentence(f"{q} жобасының тезірек аяқталуына үміттенеміз {cite}; қалған жұмыстардың "
                             f"кестесін ұсынуды сұраймыз")
        if ask.ask == "commit" and self.title(f).rstrip(".").endswith("уағдаластық"):
            return _sentence(f"{_suffixed(self.title(f).rstrip('.'), 'dat')} адалдығымызды растаймыз {cite}; жұмыс тобын құрып, "
                             f"мерзімдерді келісуді ұсынамыз")
        if ask.ask == "commit":
            return _sentence(f"{q} бойынша уағдаластыққа адалдығымызды растаймыз {cite}; жұмыс тобын құрып, "
                             f"мерзімдерді келісуді ұсынамыз")
        if ask.ask == "support":
            when = f" ({self.during(f.when)})" if self.future(f) else ""
            return _sentence(f"{q}{when} бастамасын қолдаймыз {cite} және қажетті көмек көрсетуге дайынбыз; "
                             f"мерзімдерін растауды сұраймыз")
        if ask.ask == "explore":
            return _sentence(f"Бірлескен жұмыс тобы немесе жол картасы форматында {q} бағыты бойынша "
                             f"мүмкіндіктерді зерделеуді ұсынамыз {cite}")
        if ask.ask == "restore":
            cause = ""   # the causes are said with the decline itself
            return _sentence(f"{self.during(self.period_of(f))} {q} көрсеткішінің төмендеуіне назар аударамыз"
                             f"{cause} {cite}; ұзақ мерзімді келісімшарттар мен жаңа тауар позициялары "
                             f"есебінен көлемді қалпына келтіруді ұсынамыз")
        if ask.ask == "confirm":
            return _sentence(f"{q} бағытына мүдделілігімізді растап, нақты қадамдарды келісуді ұсынамыз {cite}")
        return _sentence(f"{q} құжатының орындалу барысын бірлесіп қарауды ұсынамыз {cite}")
