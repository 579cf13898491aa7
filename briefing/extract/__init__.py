"""Reading new articles (Russian or Kazakh) into candidate facts that an analyst reviews.

`pipeline.extract_candidates(text, lang, ...)` runs the rules; `sourcing` adds a text to a dossier as a
source; `reviewing` keeps the review files and moves accepted candidates into the fact base;
`commands` wires `briefing extract` and `briefing review`.
"""
