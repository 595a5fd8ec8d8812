"""What every user can do: ask, browse briefs, topics and sources, and use the answer buttons."""

from __future__ import annotations

import re
import time
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import keyboards
from bot.access import knowledge_of
from bot.followups import Thread
from bot.render import answer_reply, fit_blocks, result_html, source_html
from bot.texts import t, user_lang
from knowledge.answer import Answer
from knowledge.facts import Fact

HELP = {
    "en": """<b>Briefbot</b> answers questions about a curated briefing and quotes
the source sentence behind every fact.

<b>The briefing</b>
{articles}

<b>Ask in English or Russian</b>, for example:
• what did Turkey sign with Azerbaijan?
• Когда Алиев ездил в Китай?
• which Chinese weapons is Baku interested in?

<b>Commands</b>
/brief [topic] — a short digest, overall or on one topic or country
/topics — topics and countries, with buttons
/sources — the articles, with outlet, date and link
/ask QUESTION — ask in a group chat
/help — this message
In any chat: type @{username} and a question.""",
    "ru": """<b>Briefbot</b> отвечает на вопросы по брифингу и к каждому факту
приводит исходную цитату.

<b>Брифинг</b>
{articles}

<b>Спрашивайте по-русски или по-английски</b>, например:
• Какие соглашения подписали Азербайджан и Турция?
• Когда Алиев ездил в Китай?
• what did Turkey sign with Azerbaijan?

<b>Команды</b>
/brief [тема] — краткая сводка, общая или по теме или стране
/topics — темы и страны, кнопками
/sources — статьи: издание, дата, ссылка
/ask ВОПРОС — спросить в группе
/help — это сообщение
В любом чате: наберите @{username} и вопрос.""",
}


def _articles_list(context: ContextTypes.DEFAULT_TYPE, lang: str) -> str:
    knowledge = knowledge_of(context)
    lines = []
    for article in knowledge.briefing.articles.values():
        outlet = f" ({escape(article.outlet)})" if article.outlet else ""
        english = (
            f"\n  <i>{escape(article.title_en)}</i>" if lang == "en" and article.title_en else ""
        )
        lines.append(f"• «{escape(article.title)}»{outlet}{english}")
    topics = [tc.concept.name(lang) for tc in knowledge.browsing.topic_counts(kinds="topics")[:8]]
    if topics:
        lines.append(("Темы: " if lang == "ru" else "Topics: ") + escape(", ".join(topics)))
    return "\n".join(lines)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
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


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A question (plain text in private, /ask, a mention or a reply in groups)."""
    message = update.effective_message
    question = question_of(message.text, context.bot.username)
    if not question:
        await message.reply_text(t("empty", user_lang(update)))
        return
    user = update.effective_user
    knowledge = knowledge_of(context)
    thread = context.chat_data.setdefault("thread", Thread())
    replied = message.reply_to_message.message_id if message.reply_to_message else None
    now = time.monotonic()
    answer = knowledge.answering.ask(question, context=thread.context_for(now, replied))
    knowledge.reports.log(answer, user.id if user else None)
    sent = await send_answer(message, answer)
    thread.remember(now, sent, answer.context)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
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


async def brief(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/brief [topic or country]: the most important facts, overall or on one subject."""
    topic = " ".join(context.args or []).strip()
    await _send_brief(update, context, topic, user_lang(update, topic or None))


async def _send_brief(
    update: Update, context: ContextTypes.DEFAULT_TYPE, topic: str, lang: str
) -> None:
    """The brief on *topic* (a concept id or the user's words; "" for the overall brief)."""
    knowledge = knowledge_of(context)
    concept = None
    if topic:
        concept = knowledge.briefing.concept(topic) or knowledge.browsing.find_concept(topic)
        if concept is None or concept.kind == "world":
            shown = topic if len(topic) <= MAX_TOPIC_ECHO else topic[: MAX_TOPIC_ECHO - 1] + "…"
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


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/topics: entities and topics with fact counts, as buttons that open their brief."""
    lang = user_lang(update)
    counts = knowledge_of(context).browsing.topic_counts()[:40]
    buttons = [
        InlineKeyboardButton(
            f"{tc.concept.name(lang)} ({tc.count})",
            callback_data=keyboards.data(keyboards.BRIEF, tc.concept.id),
        )
        for tc in counts
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    await update.effective_message.reply_text(
        t("topics_title", lang), reply_markup=InlineKeyboardMarkup(rows)
    )


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: every article with title, outlet, date and link."""
    lang = user_lang(update)
    lines = [f"<b>{escape(t('sources_title', lang))}</b>"]
    for article in knowledge_of(context).briefing.articles.values():
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


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos and the like in a private chat: say what the bot understands."""
    await update.effective_message.reply_text(t("not_text", user_lang(update)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have, in a private chat: point to /help."""
    await update.effective_message.reply_text(t("unknown_command", user_lang(update)))


# -- buttons ------------------------------------------------------------------------------


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Source, More, 👍/👎, "did you mean" and brief buttons.

    Callback data may be stale or forged: anything that does not name a live fact, a topic or
    a question to continue gets a short notice on the button, never a message.
    """
    query = update.callback_query
    kind, args = keyboards.split(query.data)
    arg = args[0] if args else ""
    knowledge = knowledge_of(context)
    message = query.message if isinstance(query.message, Message) else None
    if message is not None and not message.is_accessible:  # too old to reply to
        message = None
    replied = message.reply_to_message if message else None
    question = question_of(replied.text, context.bot.username) if replied else ""
    lang = user_lang(update, question or (message.text if message else None))
    if kind == keyboards.FEEDBACK and len(args) == 2 and args[0] in ("+", "-"):
        if knowledge.briefing.fact(args[1]) is None:
            await query.answer(t("no_fact", lang))
            return
        value = 1 if args[0] == "+" else -1
        knowledge.reports.vote(query.from_user.id, args[1], value, question or None)
        await query.answer(t("thanks", lang))
        return
    if message is None:
        await query.answer(t("expired", lang))
        return
    if kind in (keyboards.SOURCE, keyboards.SHOW):
        fact = knowledge.briefing.fact(arg)
        if fact is None:
            await query.answer(t("no_fact", lang))
            return
        await query.answer()
        if kind == keyboards.SOURCE:
            await _send_source(message, context, fact, lang)
        else:
            await message.reply_html(
                result_html(knowledge.briefing.result(fact, lang), lang),
                reply_markup=keyboards.fact_keyboard(fact.id, lang),
                disable_web_page_preview=True,
            )
    elif kind == keyboards.MORE and re.fullmatch(r"[0-9]{1,3}", arg) and question:
        await query.answer()
        offset = int(arg)
        answer = knowledge.answering.ask(question, offset=offset)
        if not answer.answered or not answer.results:
            await message.reply_text(t("more_none", lang))
            return
        await send_answer(replied, answer, offset)
    elif kind == keyboards.BRIEF and (not arg or knowledge.briefing.concept(arg) is not None):
        await query.answer()
        await _send_brief(update, context, arg, user_lang(update))
    else:
        await query.answer(t("expired", lang))


async def _send_source(
    message: Message, context: ContextTypes.DEFAULT_TYPE, fact: Fact, lang: str
) -> None:
    """The paragraph a fact's quote stands in, the quote in bold, and where it comes from."""
    knowledge = knowledge_of(context)
    paragraph = knowledge.briefing.paragraph_of(fact)
    await message.reply_html(
        source_html(
            fact.quote,
            paragraph.text if paragraph else None,
            knowledge.briefing.result(fact, lang).translation,
            knowledge.briefing.source_of(fact),
            lang,
        ),
        disable_web_page_preview=True,
    )
