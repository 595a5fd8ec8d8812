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
        "unknown_command": "I don't know that command. /help lists what I can do; "
        "or just ask a question.",
        "source_title": "Source",
        "more_none": "No further facts for this question.",
        "expired": "This button has expired; please ask again.",
        "no_fact": "That fact is no longer in the briefing.",
        "thanks": "Thanks for the feedback!",
        "brief_title": "Briefing",
        "brief_about": "Briefing: {name}",
        "brief_unknown": "I don't know the topic “{topic}”. See /topics for what I cover.",
        "brief_empty": "The briefing has no facts on {name} at the moment. See /topics.",
        "topics_title": "Topics and entities in the briefing (facts):",
        "sources_title": "Articles in the briefing:",
        "no_outlet": "outlet unknown",
        "no_date": "date unknown",
        "slow_down": "You're sending messages very fast; I'll answer again in a few seconds.",
        "btn_source": "Source",
        "btn_more": "More",
        # -- admin (texts are Telegram HTML; values are escaped by the caller) --
        "adm_usage_addfact": "Usage: /addfact STATEMENT | QUOTE | SOURCE\n"
        "SOURCE is an article id (see /sources) or an http(s) link; a quote from an article "
        "must be copied verbatim. Send /addfact alone for a step-by-step form.",
        "adm_not_saved": "Not saved: {reason}",
        "adm_not_changed": "Nothing changed: {reason}",
        "adm_closest": "The closest sentences in the article (copy one exactly):",
        "adm_fact_added_article": "Saved fact <code>{id}</code> (article <code>{article}</code>, "
        "paragraph {paragraph}). It is answerable now; /undo removes it.",
        "adm_fact_added_url": "Saved fact <code>{id}</code> (source: {url}). "
        "It is answerable now; /undo removes it.",
        "adm_step_source": "New fact, step 1 of 6: the source. Tap an article, or send an "
        "article id or an http(s) link. /cancel stops at any step.",
        "adm_bad_source": "That is neither a known article id nor an http(s) link. "
        "Try again, or /cancel.",
        "adm_step_quote": "Step 2 of 6: send the quote, copied verbatim from {source}.",
        "adm_step_quote_en": "The quote is not in English: send its English translation, which "
        "English readers see under the quote, or - to skip.",
        "adm_step_statement": "Step 3 of 6: the statement in English, one sentence that says "
        "what the fact is.",
        "adm_step_ru": "Step 4 of 6: the statement in Russian, or - to skip.",
        "adm_step_labels": "Step 5 of 6: entities and topics, e.g. "
        "<code>turkey, azerbaijan; agreements</code>, or - to skip.",
        "adm_too_long": "That is longer than {limit} characters; please shorten it.",
        "adm_bad_quote": "That quote does not stand verbatim in the article; send it again, "
        "copied exactly, or /cancel.",
        "adm_unknown_labels": "Not in the vocabulary (kept as written): {labels}",
        "adm_step_confirm": "Step 6 of 6: this is how the fact will be answered. Save it?",
        "adm_entities": "Entities: {names}",
        "adm_topics": "Topics: {names}",
        "adm_btn_save": "Save",
        "adm_btn_discard": "Discard",
        "adm_cancelled": "Cancelled; nothing was changed.",
        "adm_no_cancel": "There is nothing to cancel.",
        "adm_stale": "That form has expired; nothing was saved. Start again with /addfact.",
        "adm_usage_editfact": "Usage: /editfact ID FIELD VALUE\nFields: {fields}. "
        "Entities and topics are comma lists; - clears an optional field. Ids: /facts",
        "adm_edited": "Changed {field} of <code>{id}</code>; /undo reverts it.",
        "adm_usage_delfact": "Usage: /delfact ID (ids: /facts)",
        "adm_deleted": "Deleted fact <code>{id}</code>; /undo brings it back.",
        "adm_undo_none": "You have no fact change to undo.",
        "adm_undone_addfact": "Undone: your new fact <code>{id}</code> is removed again.",
        "adm_undone_editfact": "Undone: your edit of <code>{id}</code>; the previous version "
        "is back.",
        "adm_undone_delfact": "Undone: fact <code>{id}</code> is restored.",
        "adm_facts_title": "Facts {first}-{last} of {total}",
        "adm_facts_matching": "Facts matching “{query}”: {first}-{last} of {total}",
        "adm_facts_none": "No facts found.",
        "adm_usage_addarticle": "Usage: /addarticle TITLE | OUTLET | URL | DATE, then the "
        "article text on the next lines of the same message. Or send a .txt file (UTF-8, at most "
        "1 MB) with the caption TITLE | OUTLET | URL | DATE. All but the title may be left out, "
        "empty or -; a date looks like 2025-04-23, 2025-04 or 2025.",
        "adm_article_added": "Saved article <code>{id}</code>: {paragraphs} paragraphs, "
        "{sentences} sentences. Cite it with /addfact STATEMENT | QUOTE | {id}",
        "adm_wrong_type": "Please send a {kinds} file.",
        "adm_too_big": "The file is larger than {size}; please send a smaller one.",
        "adm_not_utf8": "The file is not UTF-8 text; please save it as UTF-8 and send it again.",
        "adm_gaps_title": "Questions the bot could not answer confidently "
        "(times asked, best score):",
        "adm_gaps_none": "No unanswered questions so far.",
        "adm_stats": "<b>Questions</b>: {questions}; answered {answered} ({share}), "
        "unsure {unsure}, not stated {not_stated}, abstained {abstained}, small talk {smalltalk}\n"
        "<b>Feedback</b>: 👍 {votes_up}, 👎 {votes_down}\n"
        "<b>Knowledge</b>: {facts} facts, {articles} articles",
        "adm_top_facts": "<b>Most shown facts</b>:",
        "adm_usage_import": "Send a .jsonl or .csv file of facts with the caption /import.",
        "adm_imported": "Imported {count} facts.",
        "adm_import_errors": "Refused lines ({count}):",
        # -- follows and digests (bot/following.py, bot/sender.py) --
        "fol_usage": "Follow a country or topic: /follow Turkey, or tap one below. "
        "New and changed facts about it then come to this chat.",
        "fol_unknown": "I don't know “{subject}”. See /topics for what the briefing covers.",
        "fol_done": "You now follow {name}. New and changed facts about it come to this chat; "
        "/unfollow {name} stops them.",
        "fol_already": "You already follow {name}.",
        "unfol_usage": "Send /unfollow and a subject you follow, e.g. /unfollow Turkey.",
        "unfol_done": "You no longer follow {name}.",
        "unfol_not": "You don't follow {name}. /following lists what you follow.",
        "following_none": "You follow nothing yet: /follow Turkey, for example, or /follow "
        "alone for buttons.",
        "following_list": "You follow: {names}.\nDigest: {digest}.",
        "digest_is_off": "off (/digest daily 08:00 turns it on)",
        "digest_state": "{mode} at {clock} ({tz})",
        "mode_daily": "daily",
        "mode_weekly": "weekly, on Mondays,",
        "digest_usage": "Usage: /digest daily HH:MM, /digest weekly [HH:MM] or /digest off. "
        "Times are in {tz}; /timezone changes that.",
        "digest_set": "Digest: {mode} at {clock} ({tz}); the next is due {due}. It lists the "
        "facts added since the last one about what you follow (everything if you follow "
        "nothing); when nothing is new, no message comes.",
        "digest_stopped": "Digests are off.",
        "tz_usage": "Usage: /timezone NAME or OFFSET, e.g. /timezone Europe/Moscow or "
        "/timezone +3. Now: {tz}.",
        "tz_set": "Time zone: {tz}.",
        "tz_bad": "I don't know the time zone “{tz}”. Use a name such as Europe/Berlin or an "
        "offset such as +3.",
        "ntf_new": "🔔 New in the briefing on {names}",
        "ntf_changed": "🔔 Changed in the briefing on {names}",
        "digest_title": "🗞 Your digest: {count} new or changed facts",
        "ntf_more": "… more with /brief",
        "adm_backup_caption": "Backup: {facts} facts, {articles} articles. "
        "Restore it with /import or: briefbot import FILE",
        "adm_restored": "Restored {articles} articles, {labels} entities and topics, "
        "{deleted} deletions.",
        "adm_quote_used": "Not saved: this quote is already used by fact <code>{id}</code>: "
        "«{statement}». Edit that fact instead (it takes your statement; /undo reverts it), "
        "or save yours as a second fact with the same quote?",
        "adm_quote_used_form": "Note: this quote is already used by fact <code>{id}</code>: "
        "«{statement}». To change that fact instead, /cancel and send /editfact {id} FIELD "
        "VALUE; or go on to add a second fact.",
        "adm_btn_edit_instead": "✏️ Edit {id} instead",
        "adm_btn_save_anyway": "➕ Save as a new fact",
        "adm_import_warnings": "Stored, but please check ({count}):",
        "adm_undone_editfact_field": "Undone: your edit of {field} of <code>{id}</code>; "
        "the previous {field} is back.",
    },
    "ru": {
        "admin_only": "Извините, это могут делать только кураторы бота.",
        "error": "Извините, у меня что-то сломалось. Попробуйте ещё раз чуть позже.",
        "not_text": "Я отвечаю на вопросы, заданные текстом. Например: "
        "«Какие соглашения подписали Азербайджан и Турция?»",
        "empty": "Задайте вопрос о брифинге, например: «Кто такой Сун Джун?»",
        "unknown_command": "Такой команды нет. Что я умею — /help; или просто задайте вопрос.",
        "source_title": "Источник",
        "more_none": "Других фактов по этому вопросу нет.",
        "expired": "Эта кнопка устарела; задайте вопрос ещё раз.",
        "no_fact": "Этого факта больше нет в брифинге.",
        "thanks": "Спасибо за отзыв!",
        "brief_title": "Брифинг",
        "brief_about": "Брифинг: {name}",
        "brief_unknown": "Я не знаю темы «{topic}». Список тем — /topics.",
        "brief_empty": "Сейчас в брифинге нет фактов по теме «{name}». Список тем — /topics.",
        "topics_title": "Темы и участники брифинга (число фактов):",
        "sources_title": "Статьи брифинга:",
        "no_outlet": "издание не указано",
        "no_date": "дата не указана",
        "slow_down": "Вы пишете очень быстро; я отвечу снова через несколько секунд.",
        "btn_source": "Источник",
        "btn_more": "Ещё",
        # -- admin (texts are Telegram HTML; values are escaped by the caller) --
        "adm_usage_addfact": "Формат: /addfact УТВЕРЖДЕНИЕ | ЦИТАТА | ИСТОЧНИК\n"
        "ИСТОЧНИК — id статьи (см. /sources) или ссылка http(s); цитату из статьи нужно "
        "скопировать дословно. Отправьте просто /addfact, чтобы заполнить факт по шагам.",
        "adm_not_saved": "Не сохранено: {reason}",
        "adm_not_changed": "Ничего не изменено: {reason}",
        "adm_closest": "Самые близкие предложения статьи (скопируйте одно точно):",
        "adm_fact_added_article": "Факт <code>{id}</code> сохранён (статья <code>{article}</code>, "
        "абзац {paragraph}). Бот уже отвечает им; /undo удалит его.",
        "adm_fact_added_url": "Факт <code>{id}</code> сохранён (источник: {url}). "
        "Бот уже отвечает им; /undo удалит его.",
        "adm_step_source": "Новый факт, шаг 1 из 6: источник. Выберите статью или отправьте "
        "id статьи или ссылку http(s). /cancel прерывает на любом шаге.",
        "adm_bad_source": "Это не id известной статьи и не ссылка http(s). "
        "Попробуйте ещё раз или /cancel.",
        "adm_step_quote": "Шаг 2 из 6: отправьте цитату, дословно скопированную из {source}.",
        "adm_step_quote_en": "Цитата не на английском: отправьте её английский перевод (его "
        "видят англоязычные читатели под цитатой) или - чтобы пропустить.",
        "adm_step_statement": "Шаг 3 из 6: утверждение по-английски — одно предложение о том, "
        "в чём состоит факт.",
        "adm_step_ru": "Шаг 4 из 6: утверждение по-русски или - чтобы пропустить.",
        "adm_step_labels": "Шаг 5 из 6: участники и темы, например "
        "<code>turkey, azerbaijan; agreements</code>, или - чтобы пропустить.",
        "adm_too_long": "Это длиннее {limit} символов; сократите, пожалуйста.",
        "adm_bad_quote": "Этой цитаты нет в статье дословно; отправьте её снова, скопировав "
        "точно, или /cancel.",
        "adm_unknown_labels": "Нет в словаре (оставлено как написано): {labels}",
        "adm_step_confirm": "Шаг 6 из 6: так бот будет отвечать этим фактом. Сохранить?",
        "adm_entities": "Участники: {names}",
        "adm_topics": "Темы: {names}",
        "adm_btn_save": "Сохранить",
        "adm_btn_discard": "Отменить",
        "adm_cancelled": "Отменено; ничего не изменено.",
        "adm_no_cancel": "Отменять нечего.",
        "adm_stale": "Форма устарела; ничего не сохранено. Начните заново с /addfact.",
        "adm_usage_editfact": "Формат: /editfact ID ПОЛЕ ЗНАЧЕНИЕ\nПоля: {fields}. "
        "Участники и темы — через запятую; - очищает необязательное поле. Id: /facts",
        "adm_edited": "Поле {field} факта <code>{id}</code> изменено; /undo вернёт как было.",
        "adm_usage_delfact": "Формат: /delfact ID (id: /facts)",
        "adm_deleted": "Факт <code>{id}</code> удалён; /undo вернёт его.",
        "adm_undo_none": "Вам нечего отменять.",
        "adm_undone_addfact": "Отменено: ваш новый факт <code>{id}</code> снова удалён.",
        "adm_undone_editfact": "Отменено: ваша правка факта <code>{id}</code>; "
        "прежняя версия вернулась.",
        "adm_undone_delfact": "Отменено: факт <code>{id}</code> восстановлен.",
        "adm_facts_title": "Факты {first}-{last} из {total}",
        "adm_facts_matching": "Факты по запросу «{query}»: {first}-{last} из {total}",
        "adm_facts_none": "Факты не найдены.",
        "adm_usage_addarticle": "Формат: /addarticle ЗАГОЛОВОК | ИЗДАНИЕ | ССЫЛКА | ДАТА, а "
        "текст статьи — со следующей строки того же сообщения. Или отправьте файл .txt (UTF-8, "
        "не больше 1 МБ) с подписью ЗАГОЛОВОК | ИЗДАНИЕ | ССЫЛКА | ДАТА. Всё, кроме заголовка, "
        "можно опустить или заменить на -; дата пишется так: 2025-04-23, 2025-04 или 2025.",
        "adm_article_added": "Статья <code>{id}</code> сохранена: абзацев {paragraphs}, "
        "предложений {sentences}. Ссылайтесь на неё так: /addfact УТВЕРЖДЕНИЕ | ЦИТАТА | {id}",
        "adm_wrong_type": "Пришлите файл {kinds}.",
        "adm_too_big": "Файл больше {size}; пришлите файл поменьше.",
        "adm_not_utf8": "Файл не в кодировке UTF-8; сохраните его в UTF-8 и отправьте снова.",
        "adm_gaps_title": "Вопросы, на которые бот не ответил уверенно "
        "(сколько раз задавали, лучшая оценка):",
        "adm_gaps_none": "Пока нет вопросов без ответа.",
        "adm_stats": "<b>Вопросы</b>: {questions}; с ответом {answered} ({share}), "
        "неуверенно {unsure}, не сказано {not_stated}, без ответа {abstained}, "
        "болтовня {smalltalk}\n"
        "<b>Отзывы</b>: 👍 {votes_up}, 👎 {votes_down}\n"
        "<b>База</b>: фактов {facts}, статей {articles}",
        "adm_top_facts": "<b>Чаще всего показанные факты</b>:",
        "adm_usage_import": "Отправьте файл .jsonl или .csv с фактами и подписью /import.",
        "adm_imported": "Импортировано фактов: {count}.",
        "adm_import_errors": "Отклонённые строки ({count}):",
        # -- подписки и сводки (bot/following.py, bot/sender.py) --
        "fol_usage": "Подпишитесь на страну или тему: /follow Турция, или нажмите кнопку ниже. "
        "Новые и изменённые факты о ней будут приходить в этот чат.",
        "fol_unknown": "Я не знаю «{subject}». Что есть в брифинге — см. /topics.",
        "fol_done": "Вы подписались: {name}. Новые и изменённые факты будут приходить в этот "
        "чат; /unfollow {name} отменяет подписку.",
        "fol_already": "Вы уже подписаны: {name}.",
        "unfol_usage": "Отправьте /unfollow и тему подписки, например /unfollow Турция.",
        "unfol_done": "Подписка отменена: {name}.",
        "unfol_not": "Вы не подписаны на {name}. Ваши подписки — /following.",
        "following_none": "Подписок пока нет: например, /follow Турция, или /follow без темы "
        "для кнопок.",
        "following_list": "Ваши подписки: {names}.\nСводка: {digest}.",
        "digest_is_off": "выключена (/digest daily 08:00 включает её)",
        "digest_state": "{mode} в {clock} ({tz})",
        "mode_daily": "ежедневно",
        "mode_weekly": "еженедельно, по понедельникам,",
        "digest_usage": "Формат: /digest daily ЧЧ:ММ, /digest weekly [ЧЧ:ММ] или /digest off. "
        "Время — {tz}; /timezone меняет часовой пояс.",
        "digest_set": "Сводка: {mode} в {clock} ({tz}); следующая — {due}. В ней факты, "
        "добавленные после прошлой сводки, по вашим подпискам (или все, если подписок нет); "
        "если нового нет, сообщения не будет.",
        "digest_stopped": "Сводки выключены.",
        "tz_usage": "Формат: /timezone НАЗВАНИЕ или СМЕЩЕНИЕ, например /timezone Europe/Moscow "
        "или /timezone +3. Сейчас: {tz}.",
        "tz_set": "Часовой пояс: {tz}.",
        "tz_bad": "Я не знаю часовой пояс «{tz}». Укажите название, например Europe/Moscow, "
        "или смещение, например +3.",
        "ntf_new": "🔔 Новое в брифинге: {names}",
        "ntf_changed": "🔔 Изменено в брифинге: {names}",
        "digest_title": "🗞 Ваша сводка: новых или изменённых фактов — {count}",
        "ntf_more": "… ещё — /brief",
        "adm_backup_caption": "Резервная копия: фактов {facts}, статей {articles}. "
        "Восстановление: /import или briefbot import ФАЙЛ",
        "adm_restored": "Восстановлено: статей {articles}, участников и тем {labels}, "
        "удалений {deleted}.",
        "adm_quote_used": "Не сохранено: эта цитата уже есть в факте <code>{id}</code>: "
        "«{statement}». Изменить этот факт (он получит ваше утверждение; /undo вернёт как было) "
        "или сохранить ваш как второй факт с той же цитатой?",
        "adm_quote_used_form": "Внимание: эта цитата уже есть в факте <code>{id}</code>: "
        "«{statement}». Чтобы изменить тот факт, нажмите /cancel и отправьте /editfact {id} "
        "ПОЛЕ ЗНАЧЕНИЕ; или продолжайте, чтобы добавить второй факт.",
        "adm_btn_edit_instead": "✏️ Изменить {id}",
        "adm_btn_save_anyway": "➕ Сохранить как новый",
        "adm_import_warnings": "Сохранено, но проверьте ({count}):",
        "adm_undone_editfact_field": "Отменено: ваша правка поля {field} факта <code>{id}</code>; "
        "прежнее значение вернулось.",
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
