"""Articles into draft facts: uncited sentences naming something the briefing knows are
proposed verbatim; the curator saves one with the quote as it is (answerable at once),
skips, stops, or writes the statement in the guided form."""

from __future__ import annotations

from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID
from tests.userchat import callbacks

TEXT = (
    "Азербайджан и Турция провели совместные учения на Каспии.\n\n"
    "Погода в тот день была хорошей.\n\n"
    "Китай поставил Баку новые беспилотники."
)


def test_seeded_articles_are_fully_cited_and_propose_nothing():
    knowledge = Knowledge.open(":memory:")
    for article_id in ("china-azerbaijan", "turkey-azerbaijan"):
        cited, total = knowledge.drafts.coverage(article_id)
        assert cited == total > 0
        assert knowledge.drafts.propose(article_id) == []
    assert knowledge.drafts.propose("no-such-article") is None


def test_drafts_are_verbatim_uncited_sentences_that_name_something():
    knowledge = Knowledge.open(":memory:")
    article = knowledge.curation.add_article("Учения на Каспии", TEXT, ADMIN_ID)
    drafts = knowledge.drafts.propose(article.id)
    assert [d.quote for d in drafts] == [
        "Азербайджан и Турция провели совместные учения на Каспии.",
        "Китай поставил Баку новые беспилотники.",
    ]  # the weather names nothing the briefing knows
    assert all(d.quote in article.text for d in drafts)
    assert {"azerbaijan", "turkey"} <= set(drafts[0].entities)
    assert knowledge.drafts.coverage(article.id) == (0, 3)
    knowledge.drafts.save_as_quoted(drafts[0], ADMIN_ID)
    assert knowledge.drafts.coverage(article.id) == (1, 3)
    assert [d.quote for d in knowledge.drafts.propose(article.id)] == [drafts[1].quote]


def test_walk_through_drafts_in_the_chat(admin, reader):
    listing = admin.say("/drafts")["plain_text"]
    assert "china-azerbaijan: 34 of 34 sentences cited" in listing
    added = admin.say("/addarticle Учения на Каспии\n" + TEXT)
    assert callbacks(added) == ["adm:drp:ucheniya-na-kaspii"]  # Propose facts
    count = len(admin.views())
    admin.push_press("adm:drp:ucheniya-na-kaspii", added)
    assert admin.wait_view(count)["plain_text"].endswith("0 of 3 sentences cited")
    first = admin.wait_view(count + 1)
    assert first["plain_text"].startswith("Draft 1 of 2 · ¶1")
    assert "Азербайджан и Турция провели совместные учения на Каспии." in first["plain_text"]

    count = len(admin.views())
    _, saved = admin.press("adm:drf:q:0", first)
    assert saved["plain_text"].startswith("Saved as ")
    second = admin.wait_view(count + 1)
    assert second["plain_text"].startswith("Draft 2 of 2")
    assert "adm:drf:x:1" in callbacks(second)
    answer = reader.say("Какие учения провели Азербайджан и Турция на Каспии?")
    assert "совместные учения на Каспии" in answer["plain_text"]

    _, form = admin.press("adm:drw:1", second)
    assert "Китай поставил Баку новые беспилотники." in form["plain_text"]
    assert admin.say("/cancel")["plain_text"]
    assert admin.press("adm:drf:x:1", second)[1]["plain_text"].startswith("Stopped.")
    toast, _ = admin.press("adm:drf:q:0", first, expect_reply=False)  # a draft of a stopped walk
    assert toast["text"] == "This list is out of date; send /drafts again."
