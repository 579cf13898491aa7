"""The heavy language tools, loaded once and only when extraction runs (the CLI imports nothing heavy)."""
from __future__ import annotations

import os
from functools import lru_cache

# slovnet's models multiply small matrices: BLAS threads gain nothing there but spin on the other core, up
# to twice the CPU of one thread (more on a busy machine). Read by OpenBLAS when natasha brings numpy in,
# which is after this module is imported; a process that had numpy already keeps its threads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


@lru_cache(maxsize=1)
def natasha():
    """natasha's segmenter, NER tagger, morphology vocabulary and its money and date extractors."""
    from natasha import (DatesExtractor, MoneyExtractor, MorphVocab, NewsEmbedding, NewsMorphTagger,
                         NewsNERTagger, Segmenter)

    emb = NewsEmbedding()
    vocab = _morph_vocab(MorphVocab)

    class Tools:
        segmenter = Segmenter()
        ner = NewsNERTagger(emb)
        morph_tagger = NewsMorphTagger(emb)
        morph_vocab = vocab
        money = MoneyExtractor(vocab)
        dates = DatesExtractor(vocab)

    return Tools


def _morph_vocab(MorphVocab):
    """natasha's MorphVocab with its dictionaries named outright. Left to itself, pymorphy2 (under natasha) finds
    them through setuptools' pkg_resources, which Python 3.12+ venvs lack and new setuptools no longer ships
    (84 has none). pymorphy2's other break with Python 3.11+, inspect.getargspec when it copies its analysers,
    is mended by yargy (natasha ≥ 1.6 needs yargy ≥ 0.16, whose import replaces that method); natasha, imported
    before this runs, has imported it."""
    import pymorphy2_dicts_ru
    from natasha.morph.vocab import MorphForm
    from pymorphy2.analyzer import MorphAnalyzer

    class Vocab(MorphVocab):
        def __init__(self):
            MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)

    return Vocab()


MISSING = "extraction needs the extract extra: pip install 'briefing[extract]'"


def require() -> None:
    """Fail in one line, before anything is written, when the extraction libraries are not installed."""
    from importlib import import_module
    from ..errors import EnvironmentProblem
    missing = []
    for name in ("natasha", "razdel", "pymorphy3", "pymorphy2_dicts_ru"):
        try:
            import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise EnvironmentProblem(f"{MISSING} (missing: {', '.join(missing)})")


@lru_cache(maxsize=1)
def morph():
    """pymorphy3 for Russian lemmas, cases and tenses."""
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parse(word: str):
    """The most probable pymorphy3 analysis of one Russian word."""
    return morph().parse(word)[0]


def lemma(word: str) -> str:
    return parse(word.lower().replace("ё", "е")).normal_form.replace("ё", "е")


@lru_cache(maxsize=4096)
def ner_spans(text: str) -> tuple[tuple[str, int, int, str], ...]:
    """(type, start, end, normal form) for each PER, LOC and ORG natasha finds in a Russian text. Kept per text:
    the candidates and a new dossier's parties both ask for the same texts' entities, all of them for the
    parties before any for the candidates (so a run of more articles than the cache holds would find every
    text's entities twice)."""
    from natasha import Doc
    tools = natasha()
    doc = Doc(text)
    doc.segment(tools.segmenter)
    doc.tag_ner(tools.ner)
    _tag_morph(doc, tools.morph_tagger)
    out = []
    for span in doc.spans:
        try:
            span.normalize(tools.morph_vocab)
            normal = span.normal or span.text
        except Exception:  # natasha's normaliser fails on rare token shapes; the surface form will do
            normal = span.text
        out.append((span.type, span.start, span.stop, normal))
    return tuple(out)


def _tag_morph(doc, tagger) -> None:
    """Parts of speech and cases for the sentences that hold an entity: normalising an entity needs only its
    own words' tags, and the tagger costs as much as the NER (three sentences in ten of the devset's stories
    name nobody). A sentence's tags do not depend on the others in its batch: padding is zeros, masked after
    each layer of slovnet's CNN (the same normal forms for all 2,399 entities of the devset and seeds)."""
    sents = [sent for sent in doc.sents if sent.spans]
    for sent, markup in zip(sents, tagger.map([[t.text for t in sent.tokens] for sent in sents])):
        for token, tagged in zip(sent.tokens, markup.tokens):
            token.pos, token.feats = tagged.pos, tagged.feats
