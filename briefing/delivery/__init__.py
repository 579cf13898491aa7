"""Delivery: the book of notes built on a schedule (`briefing build`) and mailed to its readers (`briefing send`).
It talks to the rest only through the fact base (to decide what to rebuild) and the output folder."""
