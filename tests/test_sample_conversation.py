"""The README's sample conversation comes from the real bot: the script that draws it
(bench/sample_conversation.py) still drives the bot through a question with typos, a
follow-up and a Source tap, and its page shows what the reader saw (the chromium screenshot
itself is left to the script)."""

from __future__ import annotations

from bench.sample_conversation import FOLLOW_UP, QUESTION, converse, page


def test_the_sample_conversation_is_the_bots_own() -> None:
    turns = converse()
    assert [(turn.who, turn.edited) for turn in turns] == [
        ("reader", False),
        ("bot", False),
        ("reader", False),
        ("bot", False),
        ("tap", False),
        ("bot", True),
    ]
    assert turns[0].html == QUESTION and turns[2].html == FOLLOW_UP
    assert "Azerbaijan and Turkey signed new agreements" in turns[1].html  # typos read right
    assert "Istanbul" in turns[3].html  # the follow-up is read in context
    assert turns[5].html.startswith("<b>Source</b>") and turns[5].keyboard == [["◀ Back"]]
    html = page(turns)
    assert html.count('class="msg bot"') == 3 and '<span class="edited">edited</span>' in html
    assert '<blockquote class="expandable">' in html and "<blockquote expandable>" not in html
