"""The seed notes, composed and written, are exactly their goldens (tests/goldens/; refresh deliberately with
`python tests/goldens.py --refresh`)."""
import pytest

import goldens


@pytest.mark.parametrize("topic,lang", goldens.NOTES, ids=[goldens.stem(t, l) for t, l in goldens.NOTES])
def test_note_matches_its_goldens(topic, lang):
    diffs = goldens.compare(topic, lang)
    assert not diffs, "\n\n".join(diffs)
