"""What every user can do: ask, and browse briefs, topics and sources (the buttons under
the replies are in bot/buttons.py)."""

from __future__ import annotations

import re
import time
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType

from bot import keyboards
from bot.context import Context
from bot.followups import Thread
from bot.render import answer_reply, fit_blocks, result_html
from bot.texts import HELP, clip, t, user_lang
from knowledge.answer import Answer


def _articles_list(context: Context, lang: str) -> str:
    knowledge = context.bot_data.knowledge
    lines = []
    for article in knowledge.briefing.articles.values():
        outlet = f" ({escape(article.outlet)})" if article.outlet else ""
        english = (
            f"\n  <i>{escape(article.title_en)}</i>" if lang == "en" and article.title_en else ""
        )
        lines.append(f"• «{escape(article.title)}»{outlet}{english}")
    topics = [tc.concept.name(lang) for tc in knowledge.browsing.topic_counts(kinds="topics")[:8]]
    if topics:
        lines.append(escape(t("help_topics", lang, names=", ".join(topics))))
    return "\n".join(lines)


async def start(update: Update, context: Context) -> None:
    """/start and /help: what the bot knows, examples in both languages, the commands."""
    lang = user_lang(update)
    text = HELP[lang].format(
        articles=_articles_list(context, lang), username=escape(context.bot.username or "bot")
    )
    await update.effective_message.reply_html(text, disable_web_page_preview=True)


async def send_answer(message: Message, answer: Answer, offset: int = 0) -> int | None:
    """Reply to a question message with the rendered answer and its buttons; returns the
    answer's message id.

    The answer always quotes the question: the More button reads the question from there.
    """
    text, shown = answer_reply(answer)
    return await message.get_bot().send_html(
        message.chat_id,
        text,
        reply_markup=keyboards.answer_keyboard(answer, offset, shown),
        reply_to=message.message_id,
    )


MAX_TOPIC_ECHO = 100  # characters of an unknown /brief topic repeated in the reply
_ASK_COMMAND = re.compile(r"^/ask(?:@\w+)?(?:\s+|$)", re.IGNORECASE)


def question_of(text: str | None, username: str | None) -> str:
    """The question in a message: its text without a leading /ask or the bot's @mention."""
    text = _ASK_COMMAND.sub("", (text or "").strip())
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


async def ask(update: Update, context: Context) -> None:
    """A question (plain text in private, /ask, a mention or a reply in groups)."""
    message = update.effective_message
    question = question_of(message.text, context.bot.username)
    if not question:
        await message.reply_text(t("empty", user_lang(update)))
        return
    user = update.effective_user
    knowledge = context.bot_data.knowledge
    thread = context.chat_data.setdefault("thread", Thread())
    replied = message.reply_to_message.message_id if message.reply_to_message else None
    now = time.monotonic()
    answer = knowledge.answering.ask(question, context=thread.context_for(now, replied))
    knowledge.reports.log(answer, user.id if user else None)
    sent = await send_answer(message, answer)
    thread.remember(now, sent, answer.context)


async def on_text(update: Update, context: Context) -> None:
    """Plain text: a question in private chats; in groups only a mention of or reply to the bot."""
    message = update.effective_message
    replied = message.reply_to_message
    username = context.bot.username or ""
    if (
        message.chat.type == ChatType.PRIVATE
        or (username and f"@{username}".lower() in (message.text or "").lower())
        or (replied and replied.from_user and replied.from_user.id == context.bot.id)
    ):
        await ask(update, context)


async def brief(update: Update, context: Context) -> None:
    """/brief [topic or country]: the most important facts, overall or on one subject."""
    topic = " ".join(context.args or []).strip()
    await send_brief(update, context, topic, user_lang(update, topic or None))


async def send_brief(update: Update, context: Context, topic: str, lang: str) -> None:
    """The brief on *topic* (a concept id or the user's words; "" for the overall brief)."""
    knowledge = context.bot_data.knowledge
    concept = None
    if topic:
        concept = knowledge.briefing.concept(topic) or knowledge.browsing.find_concept(topic)
        if concept is None or concept.kind == "world":
            shown = clip(topic, MAX_TOPIC_ECHO)
            await update.effective_message.reply_text(t("brief_unknown", lang, topic=shown))
            return
    results = knowledge.browsing.brief(concept, lang)
    if not results:
        name = concept.name(lang) if concept else ""
        await update.effective_message.reply_text(t("brief_empty", lang, name=name))
        return
    title = t("brief_about", lang, name=concept.name(lang)) if concept else t("brief_title", lang)
    blocks = [f"<b>{escape(title)}</b>", *(result_html(r, lang) for r in results)]
    await update.effective_message.reply_html(
        fit_blocks(blocks, "…"), disable_web_page_preview=True
    )


async def topics(update: Update, context: Context) -> None:
    """/topics: entities and topics with fact counts, as buttons that open their brief."""
    lang = user_lang(update)
    counts = context.bot_data.knowledge.browsing.topic_counts()[:40]
    buttons = [
        InlineKeyboardButton(
            f"{tc.concept.name(lang)} ({tc.count})",
            callback_data=keyboards.BRIEF.data(tc.concept.id),
        )
        for tc in counts
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    await update.effective_message.reply_text(
        t("topics_title", lang), reply_markup=InlineKeyboardMarkup(rows)
    )


async def sources(update: Update, context: Context) -> None:
    """/sources: every article with title, outlet, date and link."""
    lang = user_lang(update)
    lines = [f"<b>{escape(t('sources_title', lang))}</b>"]
    for article in context.bot_data.knowledge.briefing.articles.values():
        parts = [f"<b>{escape(article.title)}</b>"]
        if lang == "en" and article.title_en:
            parts.append(f"<i>{escape(article.title_en)}</i>")
        parts.append(escape(article.outlet or t("no_outlet", lang)))
        parts.append(escape(article.date or t("no_date", lang)))
        if article.url:
            parts.append(f'<a href="{escape(article.url, quote=True)}">{escape(article.url)}</a>')
        parts.append(f"id: <code>{escape(article.id)}</code>")
        lines.append("\n".join(parts))
    await update.effective_message.reply_html(fit_blocks(lines, "…"), disable_web_page_preview=True)


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos and the like in a private chat: say what the bot understands."""
    await update.effective_message.reply_text(t("not_text", user_lang(update)))


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have, in a private chat: point to /help."""
    await update.effective_message.reply_text(t("unknown_command", user_lang(update)))
