"""Interface texts of the bot in English and Russian."""

from __future__ import annotations

from telegram import Update

from knowledge.text import detect_lang

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "admin_only": "Sorry, only the bot's curators can do that.",
        "error": "Sorry, something went wrong on my side. Please try again in a moment.",
        "not_text": "I answer questions written as text. Ask me, for example: "
        "“what did Turkey sign with Azerbaijan?”",
        "empty": "Ask me a question about the briefing, e.g. “who is Song Jun?”",
        "source_title": "Source",
        "more_none": "No further facts for this question.",
        "expired": "This button has expired; please ask again.",
        "no_fact": "That fact is no longer in the briefing.",
        "thanks": "Thanks for the feedback!",
        "brief_title": "Briefing",
        "brief_about": "Briefing: {name}",
        "brief_unknown": "I don't know the topic “{topic}”. See /topics for what I cover.",
        "topics_title": "Topics and entities in the briefing (facts):",
        "sources_title": "Articles in the briefing:",
        "no_outlet": "outlet unknown",
        "no_date": "date unknown",
        "slow_down": "You're sending messages very fast; I'll answer again in a few seconds.",
        "btn_source": "Source",
        "btn_more": "More",
    },
    "ru": {
        "admin_only": "Извините, это могут делать только кураторы бота.",
        "error": "Извините, у меня что-то сломалось. Попробуйте ещё раз чуть позже.",
        "not_text": "Я отвечаю на вопросы, заданные текстом. Например: "
        "«Какие соглашения подписали Азербайджан и Турция?»",
        "empty": "Задайте вопрос о брифинге, например: «Кто такой Сун Джун?»",
        "source_title": "Источник",
        "more_none": "Других фактов по этому вопросу нет.",
        "expired": "Эта кнопка устарела; задайте вопрос ещё раз.",
        "no_fact": "Этого факта больше нет в брифинге.",
        "thanks": "Спасибо за отзыв!",
        "brief_title": "Брифинг",
        "brief_about": "Брифинг: {name}",
        "brief_unknown": "Я не знаю темы «{topic}». Список тем — /topics.",
        "topics_title": "Темы и участники брифинга (число фактов):",
        "sources_title": "Статьи брифинга:",
        "no_outlet": "издание не указано",
        "no_date": "дата не указана",
        "slow_down": "Вы пишете очень быстро; я отвечу снова через несколько секунд.",
        "btn_source": "Источник",
        "btn_more": "Ещё",
    },
}


def t(key: str, lang: str, **values: str) -> str:
    """The text *key* in *lang* (Russian for "ru", else English), formatted with *values*."""
    text = TEXTS["ru" if lang == "ru" else "en"][key]
    return text.format(**values) if values else text


def user_lang(update: Update, text: str | None = None) -> str:
    """The language to answer in: the text's script if given, else the user's Telegram language."""
    if text and text.strip():
        return detect_lang(text)
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "ru" if code.startswith(("ru", "uk", "be", "kk")) else "en"
