"""End to end: users ask the real bot (polling the fake Bot API server) in English and Russian."""

from __future__ import annotations

from botrunner import USER_ID
from fake_telegram import telegram_html_error


def _reply_to(fake, text: str, **kwargs) -> dict:
    fake.push_message(text, **kwargs)
    calls = fake.wait_for(lambda p: p.get("chat_id") == kwargs.get("chat_id", USER_ID))
    return calls[-1].params


def test_english_question_cites_istanbul_memorandum(fake_telegram, running_bot):
    params = _reply_to(fake_telegram, "what did Turkey sign with Azerbaijan?")
    text = params["text"]
    assert "меморандум о взаимной безопасности" in text
    assert "<blockquote>" in text and "memorandum" in text.lower()
    assert telegram_html_error(text) is None
    buttons = [b["text"] for row in params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[:1] == ["Source"] and "👍" in buttons and "👎" in buttons
