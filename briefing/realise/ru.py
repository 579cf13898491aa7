"""Russian: frames by what a fact is and how sure it is (drafting.md), agreement and cases through
pymorphy3 (`morph_ru`), dates «в январе–мае 2025 г.»."""
from __future__ import annotations

from datetime import date

from babel.dates import format_date

from ..dossier.dates import FuzzyDate
from .base import Realiser, _sentence
from .morph_ru import _inflect_word, agree, gender_of_person, inflect, lower_first, surname_case
from .morph_ru import is_clause as _is_clause

NB = "\u00a0"


def _month(d: date, case: str = "loc") -> str:
    name = format_date(d, "LLLL", locale="ru").lower()
    return _inflect_word(name, {"loct" if case == "loc" else "ablt"}).lower()


def _same_months_year_before(period: FuzzyDate, base: FuzzyDate) -> bool:
    try:
        return (base.start == period.start.replace(year=period.start.year - 1)
                and (base.end.month, base.end.year) == (period.end.month, period.end.year - 1))
    except ValueError:
        return False


class Russian(Realiser):
    lang = "ru"

    # ------------------------------------------------------------ dates
    def during(self, fd: FuzzyDate | None) -> str:
        """«в 2024 г.», «в ноябре 2016 г.», «в январе–мае 2025 г.», «5 июня 2025 г.»."""
        if fd is None:
            return ""
        s, e = fd.start, fd.end
        if fd.precision == "day" or (s == e):
            return self.words.fuzzy(fd)
        if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
            return f"в {s.year}{NB}г." if s.year == e.year else f"в {s.year}–{e.year}{NB}гг."
        if s.day == 1 and s.year == e.year:
            months = _month(s) if s.month == e.month else f"{_month(s)}–{_month(e)}"
            return f"в {months} {s.year}{NB}г."
        return f"в период {self.words.fuzzy(fd)}"

    def when(self, fact) -> str:
        """The fact's date as a sentence opens with it; an inferred source date says so."""
        if self.inferred(fact):
            src = self.sel.dossier.sources[fact.evidence[0].source]
            if src.not_before:
                return f"не ранее {self._genitive_date(FuzzyDate.parse(src.not_before))}"
            return f"{self.during(self.date_of(fact))} (по косвенным данным)"
        return self.during(self.date_of(fact))

    def _genitive_date(self, fd: FuzzyDate) -> str:
        if fd.precision == "month":
            return f"{format_date(fd.start, 'MMMM', locale='ru')} {fd.start.year}{NB}г."   # «октября 2015 г.»
        return self.words.fuzzy(fd)

    def base_phrase(self, fact) -> str:
        if not fact.base:
            return ""
        base = FuzzyDate.parse(fact.base)
        period = self.period_of(fact)
        if period is not None and _same_months_year_before(period, base):
            if base.precision == "year":
                return f"к {base.start.year}{NB}г."
            return f"к тому же периоду {base.start.year}{NB}г."
        return f"по сравнению с {self.words.fuzzy(base)}"

    # ------------------------------------------------------------ speakers
    def who(self, fact, case: str = "nom") -> str:
        """Who said it: «Президент Республики Казахстан (в 2016 г.) Н. Назарбаев» in `case`, or a party."""
        att = fact.attribution
        if att is None:
            return ""
        if att.party is not None:
            return inflect(self.speaker(att.party), case)
        pf = self.person_fact(fact)
        if pf is None:
            return ""
        post = inflect(self.local(pf.person.post), case)
        year = self.post_year(pf)
        if year:
            post += f" (в {year}{NB}г.)"
        name = self.initials(self.local(pf.person.name))
        first, _, surname = name.rpartition(NB)
        if case != "nom":
            surname = surname_case(surname, case, gender_of_person(self.local(pf.person.name)))
        return f"{post} {first}{NB}{surname}" if first else f"{post} {surname}"

    def said(self, fact) -> str:
        """A past verb agreeing with the speaker: «отметил», «отметила», «отметили»."""
        att = fact.attribution
        if att is not None and att.person is not None:
            pf = self.person_fact(fact)
            return "отметила" if pf is not None and gender_of_person(self.local(pf.person.name)) == "femn" else "отметил"
        if att is not None and att.party is not None:
            return agree(self.speaker(att.party), "отметил", "отметила", "отметило", "отметили")
        return "отметили"

    def according_to(self, fact, clause: str) -> str:
        return f"по словам {self.who(fact, 'gen')}, {clause}"

    def lower(self, text: str) -> str:
        return lower_first(text)

    # ------------------------------------------------------------ clauses
    def as_at(self, fd: FuzzyDate) -> str:
        """«по состоянию на 2025 г.», «по состоянию на ноябрь 2016 г.»."""
        return f"по состоянию на {self.words.fuzzy(fd)}"

    def count_and_amount(self, count: str, amount: str) -> str:
        return f"{count} на сумму {amount}"

    def change(self, fact) -> str:
        title = self.title_without_period(fact)
        up = fact.percent > 0
        verb = agree(title, *(("вырос", "выросла", "выросло", "выросли") if up else
                              ("сократился", "сократилась", "сократилось", "сократились")))
        parts = [title, self.during(self.period_of(fact)), verb, f"на{NB}{self.words.percent(abs(fact.percent))}"]
        base = self.base_phrase(fact)
        if base:
            parts.append(base)
        text = " ".join(p for p in parts if p)
        if fact.value is not None:
            text += f", до {self.amount(fact.value)}"
        return self.attributed(fact, f"{text} {self.cite(fact)}")

    def level(self, fact) -> str:
        period = self.flow_period(fact)
        title = self.title_without_period(fact)
        if _is_clause(title):       # a sentence of the source: as written, its figure after it
            when = f" ({self.as_at(self.date_of(fact))})" if period is None else f" ({self.during(period)})"
            return self.attributed(fact, f"{title}: {self.amount(fact.value)}{when} {self.cite(fact)}")
        if period is not None:
            verb = agree(title, "составил", "составила", "составило", "составили")
            text = f"{title} {self.during(period)} {verb} {self.amount(fact.value)}"
        else:
            verb = agree(title, "составляет", "составляет", "составляет", "составляют")
            text = f"{title} {verb} {self.amount(fact.value)} ({self.as_at(self.date_of(fact))})"
        return self.attributed(fact, f"{text} {self.cite(fact)}")

    def disagreeing_level(self, fact) -> str:
        title = self.title(fact)
        verb = agree(title, "составляет", "составляет", "составляет", "составляют")
        figures = [f"по данным {self.cite_source(sid)}\u00a0— {self.amount(v)}" for sid, v in fact.figures]
        return f"{title}, по оценкам источников, {verb}: {'; '.join(figures)} (источники расходятся)"

    _PROJECT = {"done": "реализован проект", "in_progress": "реализуется проект",
                "agreed": "достигнута договоренность о реализации проекта", "planned": "планируется проект",
                "proposed": "предложен проект", "potential": "рассматривается возможность реализации проекта"}

    def project(self, fact) -> str:
        text = f"{self._PROJECT[fact.mode]} {self.ph.quoted(self.title(fact))}"
        if fact.value is not None:
            text += f" стоимостью {self.amount(fact.value)}"
        when = self.when(fact) if fact.when else ""
        return f"{when} {text} {self.cite(fact)}".strip()

    def document(self, fact, in_part: bool = False) -> str:
        title = self.title(fact)
        verb = agree(title, "подписан", "подписана", "подписано", "подписаны")
        if self.exchanged(fact):
            verb = "произведен"
        when = "" if in_part else self.when(fact)
        figure = f" ({self.figure(fact)})" if (fact.count or fact.value) else ""
        text = f"{when} {verb} {lower_first(title)}{figure} {self.cite(fact)}".strip()
        return text

    def grant(self, fact) -> str:
        title = self.title(fact)
        when = self.when(fact) if fact.when else ""
        if _is_clause(title):
            # a title that is a sentence of the source («Россия выделит Беларуси кредит …»): said as written, its
            # figure after it — a verb of ours before it would make no sentence
            amount = f": {self.amount(fact.value)}" if fact.value is not None else ""
            return f"{when} {lower_first(title) if when else title}{amount} {self.cite(fact)}".strip()
        # a grant promised is not a grant given: the verb says what the source says happened
        verb = agree(title, *self._GRANT_MODE.get(fact.mode, self._GRANT_MODE["done"]))
        amount = f" в размере {self.amount(fact.value)}" if fact.value is not None else ""
        return f"{when} {verb} {lower_first(title)}{amount} {self.cite(fact)}".strip()

    def event(self, fact, in_part: bool = False) -> str:
        title = self.title(fact)
        when = "" if in_part else self.when(fact)
        if _is_clause(title):
            # a candidate accepted as written, the source's sentence («Делегация … посетила Ферганскую область»):
            # said as written — «состоялся» before it would make no sentence
            return f"{when} {lower_first(title) if when else title} {self.cite(fact)}".strip()
        if fact.mode == "planned":
            verb = agree(title, "планируется", "планируется", "планируется", "планируются")
        else:
            verb = agree(title, "состоялся", "состоялась", "состоялось", "состоялись")
        return f"{when} {verb} {lower_first(title)} {self.cite(fact)}".strip()

    _COUNT_MODE = {"done": ("реализован", "реализована", "реализовано", "реализованы"),
                   "in_progress": ("реализуется", "реализуется", "реализуется", "реализуются"),
                   "agreed": ("согласован", "согласована", "согласовано", "согласованы"),
                   "planned": ("планируется", "планируется", "планируется", "планируются"),
                   "proposed": ("предложен", "предложена", "предложено", "предложены"),
                   "potential": ("рассматривается", "рассматривается", "рассматривается", "рассматриваются")}

    _GRANT_MODE = {**_COUNT_MODE, "done": ("предоставлен", "предоставлена", "предоставлено", "предоставлены"),
                   "in_progress": ("предоставляется", "предоставляется", "предоставляется", "предоставляются")}

    def counted(self, fact) -> str:
        title = self.title(fact)
        figure = self.figure(fact)
        if fact.status:
            verb = agree(title, *self._COUNT_MODE[fact.mode])
            when = f" ({self.as_at(self.date_of(fact))})" if fact.when or self.old(fact) else ""
            if self.names_stage(title, verb):
                return self.attributed(fact, f"{title}: {figure}{when} {self.cite(fact)}")
            return self.attributed(fact, f"{verb} {lower_first(title)}: {figure}{when} {self.cite(fact)}")
        return self.attributed(fact, f"{title}\u00a0— {figure} {self.cite(fact)}")

    def statement(self, fact) -> str:
        title = self.title(fact)
        mode = fact.mode
        cite = self.cite(fact)
        if fact.claim is not None:
            claim = self.local(fact.claim)
            if fact.attribution is not None:
                return f"по словам {self.who(fact, 'gen')}, {claim} {cite}"
            return f"{claim} {cite}"
        if mode == "planned":
            verb = agree(title, "планируется", "планируется", "планируется", "планируются")
            if self.future(fact):
                return self.attributed(fact, f"{self.when(fact)} {verb} {lower_first(title)} {cite}".strip())
            when = f" ({self.words.fuzzy(self.date_of(fact))})" if fact.when else ""
            if _is_clause(title):
                # a title that is the source's sentence («Европейский союз намерен выделить …»): said as written
                return self.attributed(fact, f"{self.when(fact)} {lower_first(title) if fact.when else title} "
                                             f"{cite}".strip())
            if fact.attribution is not None:
                return f"по словам {self.who(fact, 'gen')}{when}, {verb} {lower_first(title)} {cite}"
            return f"{self.when(fact)} стороны наметили {inflect(lower_first(title), 'acc')} {cite}".strip()
        if mode == "potential" and " — " in title:   # «Приоритетные сферы — …»: a sentence already
            return self.attributed(fact, f"{title} {cite}")
        if mode == "potential":
            verb = agree(title, "рассматривается", "рассматривается", "рассматривается", "рассматриваются")
            area = "перспективное направление" if title.lower().startswith("сотрудничеств") else \
                "перспективное направление сотрудничества"
            return self.attributed(fact, f"{lower_first(title)} {verb} как {area} {cite}")
        if mode == "proposed":
            if fact.attribution is not None:
                verb = {"отметил": "заявил", "отметила": "заявила", "отметило": "заявило"}.get(self.said(fact), "заявили")
                if fact.attribution.party is not None:   # «Казахстан заявил о готовности [Казахстана] …»
                    own = inflect(self.speaker(fact.attribution.party), "gen")
                    title = title.replace(f" {own} ", " ", 1)
                return f"{self.who(fact)} {verb} о {inflect(lower_first(title), 'loc')} {cite}"
            head = title.split()[0].lower() if title else ""
            if head.startswith("готовност"):
                return f"выражена {title[:1].lower()}{title[1:]} {cite}"
            if head.startswith(("обсуждени", "приглашени", "рассмотрени")):
                verb = {"о": "состоялось", "п": "направлено", "р": "начато"}[head[0]]
                return f"{verb} {lower_first(title)} {cite}"
            return f"стороны обсудили направление {self.ph.quoted(title)} {cite}"
        if mode == "agreed":
            p = "достигнута договоренность"
            head = title.split()[0].lower() if title else ""
            if head.startswith("договоренност") or head.startswith("договорённост"):
                return f"{agree(title, 'достигнут', 'достигнута', 'достигнуто', 'достигнуты')} {lower_first(title)} {cite}"
            return f"{p}: {lower_first(title)} {cite}"
        if mode == "in_progress":
            return f"{agree(title, 'продолжается', 'продолжается', 'продолжается', 'продолжаются')} {lower_first(title)} {cite}"
        if fact.attribution is not None:
            return f"{self.who(fact)} {self.said(fact)}: {lower_first(title)} {cite}"
        if " — " in title:   # a sentence already: «Казахстан — крупный партнер …»
            return f"{title} {cite}"
        return f"стороны отметили {inflect(lower_first(title), 'acc')} {cite}"   # a noun phrase: what was noted

    # ------------------------------------------------------------ sections
    def events(self, facts: list, period: str) -> str:
        if not facts:
            return ""
        items = [f"{lower_first(self.title(f))}{self.event_date(f, period)} {self.cite(f)}" for f in facts]
        return _sentence(f"{period[:1].upper()}{period[1:]} стороны поддерживали политический диалог на высоком "
                         f"уровне: {'; '.join(items)}")

    def earlier(self, facts: list) -> str:
        if not facts:
            return ""
        return " ".join(_sentence(self.clause(f)) for f in facts)

    _PROJECTS = {"done": "Реализованы совместные проекты", "in_progress": "Реализуются проекты",
                 "agreed": "Достигнуты договоренности по проектам", "planned": "Планируются проекты",
                 "proposed": "Предложены проекты", "potential": "Рассматриваются проекты"}

    def projects(self, mode: str, facts: list) -> str:
        items = ", ".join(self.ph.quoted(self.title(f)) for f in facts)
        return _sentence(f"{self._PROJECTS[mode]}: {items} {self.cite(*facts)}")

    def treaty(self, facts: list) -> str:
        items = "; ".join(f"{lower_first(self.title(f))} ({self.words.fuzzy(self.date_of(f))}) {self.cite(f)}"
                          for f in facts)
        return _sentence(f"Договорно-правовую базу составляют, в частности: {items}")

    # ------------------------------------------------------------ risks
    def risk(self, risk) -> str:
        f = risk.facts[0]
        if risk.kind == "decline":
            what = lower_first(self.title(f))
            period = self.during(self.period_of(f))
            causes = "; ".join(f"{self.local(c.claim)} {self.cite(c)}" for c in risk.causes if c.claim)
            head = (f"Сокращение показателя «{self.title(f)}» {period}" if risk.said else
                    f"{self.title(f)} {period} {agree(self.title(f), 'сократился', 'сократилась', 'сократилось', 'сократились')} "
                    f"на{NB}{self.words.percent(abs(f.percent))} {self.cite(f)}")
            text = head + (f": {causes}" if causes else f" {self.cite(f)}" if risk.said else "")
            del what
            return _sentence(text + "; требуется анализ причин и мер по восстановлению объемов")
        if risk.kind == "disagree":
            if len(risk.facts) == 1:
                figures = "; ".join(f"{self.cite_source(s)}\u00a0— {self.amount(v)}" for s, v in f.figures)
                return _sentence(f"Источники расходятся в оценке показателя «{self.title(f)}» ({figures}); "
                                 f"перед использованием в переговорах цифру следует уточнить")
            figures = "; ".join(f"{self.cite(x)}\u00a0— {self.amount(x.value)}" for x in risk.facts)
            return _sentence(f"Данные источников о показателе «{self.title(f)}» расходятся ({figures}); "
                             f"цифру следует уточнить")
        if risk.kind == "stalled":
            shown = risk.facts[:3]
            items = ", ".join(self.ph.quoted(self.title(x)) for x in shown)
            since = self.ph.genitive_date(self.date_of(max(risk.facts, key=lambda x: self.date_of(x).end)).text)
            more = " и другие (см. приложение)" if len(risk.facts) > 3 else ""
            return _sentence(f"Нет сведений о продвижении проектов после {self._after(since)}: {items}{more} "
                             f"{self.cite(*shown)}; целесообразно запросить у партнеров актуальный статус")
        return _sentence(f"Последние данные по показателю «{self.title(f)}» относятся к "
                         f"{self.words.fuzzy(self.date_of(f))} {self.cite(f)}; требуется актуализация")

    @staticmethod
    def _after(text: str) -> str:
        return text.replace("г.", "г.")

    # ------------------------------------------------------------ talking points
    def talk(self, ask) -> str:
        f = ask.item.fact
        title = self.title(f)
        cite = self.cite(f)
        low = lower_first(title)
        if ask.ask == "thank":
            amount = f" ({self.amount(f.value)})" if f.value is not None else ""
            what = "выделенные средства" if _is_clause(title) else inflect(low, 'acc')
            return _sentence(f"Выражаем признательность за {what}{amount} {cite}: эти средства "
                             f"пойдут на цели, указанные в соглашении; готовы информировать о ходе их использования")
        if ask.ask == "welcome":
            return _sentence(f"Приветствуем реализацию проекта {self.ph.quoted(title)} {cite} и предлагаем "
                             f"определить следующий этап сотрудничества в этой сфере")
        if ask.ask == "complete":
            return _sentence(f"Рассчитываем на скорейшее завершение проекта {self.ph.quoted(title)} {cite}; просим "
                             f"сообщить график оставшихся работ")
        if ask.ask == "commit":
            if title.split()[0].lower().startswith(("договоренност", "договорённост")):
                return _sentence(f"Подтверждаем приверженность {inflect(low, 'dat')} {cite}; предлагаем создать "
                                 f"рабочую группу и согласовать сроки")
            return _sentence(f"Подтверждаем приверженность договоренности по направлению {self.ph.quoted(title)} "
                             f"{cite}; предлагаем создать рабочую группу и согласовать сроки")
        if ask.ask == "support":
            when = self.during(f.when) if f.when and self.as_of and f.when.start > self.as_of.end else ""
            target = f", намеченного {self._target(when)} {cite}," if when else f" {cite}"
            if _is_clause(title):   # the source's sentence, not a noun to support
                return _sentence(f"Поддерживаем намеченное ({low}{target.rstrip(',')}) и готовы оказать "
                                 f"необходимое содействие; просим подтвердить сроки")
            return _sentence(f"Поддерживаем {inflect(low, 'acc')}{target} и готовы оказать необходимое "
                             f"содействие; просим подтвердить сроки")
        if ask.ask == "explore":
            return _sentence(f"Предлагаем изучить возможности по направлению {self.ph.quoted(title)} {cite} — "
                             f"например, в формате совместной рабочей группы или дорожной карты")
        if ask.ask == "restore":
            cause = ""   # the causes are said with the decline itself
            return _sentence(f"Обращаем внимание на снижение показателя «{title}» {self.during(self.period_of(f))}"
                             f"{cause} {cite}; предлагаем восстановить объемы за счет долгосрочных контрактов и "
                             f"новых товарных позиций")
        if ask.ask == "confirm":
            if title.split()[0].lower().startswith(("готовност", "заинтересованност", "приглашени")):
                return _sentence(f"Подтверждаем {inflect(low, 'acc')} {cite} и предлагаем согласовать конкретные шаги")
            return _sentence(f"Подтверждаем интерес к направлению {self.ph.quoted(title)} {cite} и предлагаем "
                             f"согласовать конкретные шаги")
        return _sentence(f"Предлагаем провести обзор выполнения документа {self.ph.quoted(title)} {cite}")

    @staticmethod
    def _target(when: str) -> str:
        return when
