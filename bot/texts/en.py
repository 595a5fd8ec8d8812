"""The bot's English texts (see :mod:`bot.texts`)."""

TEXTS: dict[str, str] = {
    "admin_only": "Sorry, only the bot's curators can do that.",
    "error": "Sorry, something went wrong on my side. Please try again in a moment.",
    "db_unwritable": "The database cannot be written just now (it is read-only, full or locked), "
    "so nothing was saved. Answers still work; try again later.",
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
    "brief_about": "Briefing: {names}",
    "brief_about_plain": "Briefing: {names}",
    "brief_unknown": "I don't know the topic “{topic}”. See /topics for what I cover.",
    "brief_empty": "The briefing has no facts on {name} at the moment. See /topics.",
    "topics_title": "Topics and entities in the briefing (facts):",
    "friend": "there",
    "btn_back": "◀ Back",
    "nothing_to_cancel": "There is nothing to cancel.",
    "sources_title": "Articles in the briefing:",
    "slow_down": "You're sending messages very fast; I'll answer again in a few seconds.",
    "btn_unfollow": "🔕 Unfollow {names}",
    "btn_unfollow_plain": "🔕 Unfollow {names}",
    "btn_source": "Source",
    "start": "Hi, {name}! I brief you on {coverage} from curated news articles, and quote "
    "the source sentence behind every fact.\n\nAsk me anything, in English or Russian: "
    "“what did Turkey sign with Azerbaijan?” Or start below. /help for more.",
    "btn_menu_brief": "📰 Brief",
    "btn_menu_topics": "🗂 Topics",
    "btn_menu_follow": "🔔 Follow",
    "btn_menu_language": "🌐 Language",
    "btn_more": "More",
    "btn_share": "↗ Share",
    "vote_again": "You gave this vote already.",
    "language_now": "Replies are in {name}. Choose below, or send /language en or /language ru.",
    "language_set": "From now on I reply in English.",
    "start_language": "🌐 Which language shall I reply in?",
    "language_unknown": "I reply in English (en) or Russian (ru): /language en or /language ru.",
    "inline_none_title": "Not in the briefing",
    "inline_none": "Nothing in the briefing matches “{query}”.",
    "inline_open_bot": "Ask the bot in a chat",
    "brief_deeper": "Tap a number for the fact and its quote, or a topic to go deeper.",
    "help_admin": "Curator commands",
    "adm_form_private": "The step-by-step form works in our private chat; here use "
    "/addfact STATEMENT | QUOTE | SOURCE.",
    # -- answers (plain text; the renderer escapes values) --
    "paragraph": "paragraph",
    "unsure_unused": "Nothing in the briefing uses {words}.",
    "unsure": "I'm not certain this is what you mean. The closest fact:",
    "unsure_more": "Or did you mean one of these? (buttons below)",
    "not_mentioned": "The briefing doesn't mention {names}.",
    "not_stated": "The briefing doesn't say {what}.",
    "what_it_says": "What it says:",
    "missing_time": "when",
    "missing_date": "when exactly",
    "missing_place": "where",
    "missing_city": "in which city",
    "missing_region": "which regions",
    "missing_country": "which countries",
    "missing_person": "who",
    "missing_name": "the name",
    "missing_quantity": "how many",
    "missing_amount": "the amount or price",
    "missing_duration": "for how long",
    "missing_model": "which model",
    "missing_organisation": "which organisation or institution",
    "missing_words": "what exactly was said",
    "smalltalk_greeting": "Hi! I brief you on a set of news articles: {coverage}. "
    "Ask in English or Russian; I answer with the exact sentences of the sources.",
    "smalltalk_help": "I answer questions about a curated briefing ({coverage}) with the "
    "exact source sentences, and say so when the briefing doesn't tell. "
    "Commands: /brief, /topics, /sources.",
    "smalltalk_thanks": "You're welcome! Ask anything else about the briefing.",
    "smalltalk_bye": "Goodbye! Come back with any question about the briefing.",
    "smalltalk_context": "I have no earlier answer to go on: please ask the whole question.",
    "smalltalk_ack": "👍 Ask me anything about the briefing.",
    "examples": "For example:",
    "not_covered": "The briefing doesn't cover {names}.",
    "not_found": "That is not in the briefing, and I won't guess.",
    "covers": "It covers: {coverage}.",
    "try": "Try rephrasing, or see /topics and /brief.",
    "trimmed": "(The reply was shortened; tap More for further facts.)",
    "or": "or",
    "and": "and",
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
    "adm_step_source": "New fact, step 1 of 8: the source. Tap an article, or send an "
    "article id or an http(s) link. /cancel stops at any step.",
    "adm_bad_source": "That is neither a known article id nor an http(s) link. "
    "Try again, or /cancel.",
    "adm_step_quote": "Step 2 of 8: send the quote, copied verbatim from {source}.",
    "adm_step_quote_en": "Step 3 of 8: the quote is not in English, so send its English "
    "translation (an English quote skips this step), which "
    "English readers see under the quote, or - to skip.",
    "adm_step_statement": "Step 4 of 8: the statement in English, one sentence that says "
    "what the fact is.",
    "adm_step_ru": "Step 5 of 8: the statement in Russian, or - to skip.",
    "adm_step_labels": "Step 6 of 8: entities and topics, e.g. "
    "<code>turkey, azerbaijan; agreements</code>, or - to skip.",
    "adm_step_questions": "Step 7 of 8: example questions this fact answers, in English or "
    "Russian, one a line (or separated by |), e.g.\n<code>What did Turkey sign with "
    "Azerbaijan?\nЧто подписали Турция и Азербайджан?</code>\nReaders' questions phrased "
    "like them find the fact. At most {count}, each up to {limit} characters; or - to skip.",
    "adm_questions_too_many": "That is {count} questions; a fact takes at most {limit}. "
    "Send them again, one a line, or - to skip.",
    "adm_question_too_long": "Question {number} is {length} characters long; each may have "
    "at most {limit}. Send the questions again with it shortened, or - to skip.",
    "adm_questions": "Example questions:",
    "adm_too_long": "That is longer than {limit} characters; please shorten it.",
    "adm_bad_quote": "That quote does not stand verbatim in the article; send it again, "
    "copied exactly, or /cancel.",
    "adm_unknown_labels": "Not in the vocabulary (kept as written): {labels}",
    "adm_step_confirm": "Step 8 of 8: this is how the fact will be answered. Save it?",
    "adm_entities": "Entities: {names}",
    "adm_topics": "Topics: {names}",
    "adm_btn_save": "Save",
    "adm_btn_discard": "Discard",
    "adm_cancelled": "Cancelled; nothing was changed.",
    "adm_closed": "This form is closed; nothing was changed.",
    "adm_list_closed": "This list is out of date; send {command} again.",
    "adm_stale": "That form has expired; nothing was saved. Start again with /addfact.",
    "adm_usage_editfact": "Usage: /editfact ID FIELD VALUE\nFields: {fields}. "
    "Entities and topics are comma lists; example questions are separated by |, e.g. "
    "/editfact ID questions Q1 | Q2; - clears an optional field. Ids: /facts",
    "adm_edited": "Changed {field} of <code>{id}</code>; /undo reverts it.",
    "adm_usage_delfact": "Usage: /delfact ID (ids: /facts)",
    "adm_deleted": "Deleted fact <code>{id}</code>; /undo brings it back.",
    "adm_undo_none": "You have no fact change to undo.",
    "adm_undone_addfact": "Undone: your new fact <code>{id}</code> is removed again.",
    "adm_undone_editfact": "Undone: your edit of <code>{id}</code>; the previous version is back.",
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
    "adm_drafts_usage": "Send /drafts ARTICLE_ID to go through an article's draft facts: its "
    "sentences that name something the briefing knows and that no fact cites yet.",
    "adm_drafts_line": "<code>{id}</code>: {cited} of {total} sentences cited",
    "adm_drafts_unknown": "There is no article '{id}'; /drafts alone lists them.",
    "adm_drafts_done": "No more drafts.",
    "adm_drafts_stopped": "Stopped. /drafts ARTICLE_ID starts again with what is still uncited.",
    "adm_draft": "Draft {n} of {total}",
    "adm_draft_btn_propose": "Propose facts",
    "adm_draft_btn_write": "✍ Write the statement",
    "adm_draft_btn_quote": "✓ Use the quote as it is",
    "adm_draft_btn_skip": "⏭ Skip",
    "adm_draft_btn_stop": "✖ Stop",
    "adm_draft_saved": "Saved as <code>{id}</code>.",
    "adm_gaps_title": "Questions readers asked that the briefing does not answer yet "
    "(most asked and newest first). Tap the fact that answers one, or add a new fact:",
    "adm_gaps_none": "No unanswered questions so far.",
    "adm_gaps_not_stated": "Left out, answered as designed: questions on details the "
    "briefing does not state ({count}).",
    "adm_gap_unanswered": "unanswered",
    "adm_gap_unsure": "unsure",
    "adm_gap_also": "also asked",
    "adm_gap_shown": "shown, voted 👎",
    "adm_gap_btn_new": "➕ New fact",
    "adm_gap_btn_dismiss": "Dismiss",
    "adm_gap_linked": "Linked: «{question}» is now an example question of <code>{id}</code> "
    "and is answered with it. /undo unlinks it.",
    "adm_gap_dismissed": "Dismissed: «{question}» stays out of /gaps.",
    "adm_gap_gone": "This question is no longer in the log; send /gaps again.",
    "adm_gap_form": "The new fact will answer «{question}» (its first example question).",
    "adm_stats": "<b>Questions</b>: {questions}; answered {answered} ({share}), "
    "unsure {unsure}, not stated {not_stated}, abstained {abstained}, small talk {smalltalk}\n"
    "<b>Feedback</b>: 👍 {votes_up}, 👎 {votes_down}\n"
    "<b>Knowledge</b>: {facts} facts, {articles} articles",
    "adm_top_facts": "<b>Most shown facts</b>:",
    "adm_stats_no_chart": "No questions yet: the chart starts with the first one.",
    # -- the /stats chart (bot/admin/charts.py) --
    "chart_title": "Questions and feedback per day (UTC)",
    "chart_empty": "No questions yet",
    "chart_questions": "Questions per day, by outcome",
    "chart_shares": "Share of the day's questions",
    "chart_votes": "Votes per day",
    "chart_answered": "answered",
    "chart_unsure": "unsure",
    "chart_not_stated": "not stated",
    "chart_abstained": "abstained",
    "chart_smalltalk": "small talk",
    "chart_votes_up": "helpful",
    "chart_votes_down": "not helpful",
    "adm_usage_import": "Send a .jsonl or .csv file of facts with the caption /import.",
    "adm_upload_what": "What is this file? (A caption says it at once: TITLE | OUTLET | URL | "
    "DATE for an article, /import for facts.)",
    "btn_upload_article": "📄 Add as article",
    "btn_upload_import": "📥 Import facts",
    "adm_imported": "Imported {count} facts.",
    "adm_import_errors": "Refused lines ({count}):",
    "adm_import_progress": "Importing {file}: {stage}… Questions are answered meanwhile.",
    "adm_import_count": "{stage} {done} of {total} ({percent}%)",
    "adm_stage_starting": "starting",
    "adm_stage_waiting": "waiting for another change to the database to finish",
    "adm_stage_checking": "checking facts",
    "adm_stage_indexing": "indexing facts",
    "adm_stage_saving": "saving facts",
    "adm_import_in_memory": "The bot's database is in memory, where an import cannot reach "
    "it: set DATABASE_PATH to a file.",
    "adm_import_saved_anyway": "The import of {file} was saved just as the bot was shutting "
    "down; /facts lists what it added.",
    "adm_import_busy": "Another import is running; send this file again when it is done.",
    "adm_import_stopped": "The import of {file} was stopped because the bot was shutting "
    "down: nothing was changed. Send the file again to import it.",
    "adm_import_failed": "The import of {file} could not be saved (the database says: "
    "{reason}): nothing was changed.",
    # -- follows and digests (bot/handlers/subscriptions.py, bot/sender.py) --
    "fol_usage": "Follow a country or topic: /follow Turkey, or tap one below. "
    "New and changed facts about it then come to this chat.",
    "fol_unknown": "I don't know “{subject}”. See /topics for what the briefing covers.",
    # A text naming subjects ({names}) has a KEY_plain twin: the colon form Russian falls back
    # on when it cannot decline a name (bot.texts.t_named); in English the two are the same.
    "fol_done": "You now follow {names}. New and changed facts about it come to this chat; "
    "/unfollow {names} stops them.",
    "fol_done_plain": "You now follow {names}. New and changed facts about it come to this "
    "chat; /unfollow {names} stops them.",
    "fol_already": "You already follow {names}.",
    "fol_already_plain": "You already follow {names}.",
    "unfol_usage": "Send /unfollow and a subject you follow, e.g. /unfollow Turkey.",
    "group_admins_only": "Only this group's administrators can change its follows, digest, "
    "time zone and language.",
    "unfol_done": "You no longer follow {names}.",
    "unfol_done_plain": "You no longer follow {names}.",
    "unfol_not": "You don't follow {names}. /following lists what you follow.",
    "unfol_not_plain": "You don't follow {names}. /following lists what you follow.",
    "following_none": "You follow nothing yet: /follow Turkey, for example, or /follow "
    "alone for buttons.",
    "following_list": "You follow {names}.\nDigest: {digest}.",
    "following_list_plain": "You follow {names}.\nDigest: {digest}.",
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
    "ntf_new_plain": "🔔 New in the briefing on {names}",
    "ntf_changed": "🔔 Changed in the briefing on {names}",
    "ntf_changed_plain": "🔔 Changed in the briefing on {names}",
    "digest_title": "🗞 Your digest: {count} new or changed facts",
    "ntf_corrected": "🔔 Correction in the briefing on {names}",
    "ntf_corrected_plain": "🔔 Correction in the briefing on {names}",
    "ntf_parts": "Changed: {parts}.",
    "ntf_part_statement": "the statement",
    "ntf_part_quote": "the quote",
    "ntf_part_source": "the source",
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
    # -- /help (bot/commands.py: the lines of the commands come from its table) --
    "help_intro": """<b>Briefbot</b> answers questions about a curated briefing and quotes
the source sentence behind every fact.

<b>The briefing</b>: {articles} (/sources for the articles)

<b>Ask in English or Russian</b>, for example:
• what did Turkey sign with Azerbaijan?
• Когда Алиев ездил в Китай?
• which Chinese weapons is Baku interested in?

<b>Commands</b>""",
    "help_inline": "In any chat: type @{username} and a question.",
    "help_brief": "/brief [topic] — a short digest, overall or on one topic or country",
    "help_topics": "/topics — topics and countries, with buttons",
    "help_sources": "/sources — the articles, with outlet, date and link",
    "help_ask": "/ask QUESTION — ask in a group chat",
    "help_follow": "/follow TOPIC — new facts on it come to this chat "
    "(/following, /digest, /timezone)",
    "help_language": "/language en|ru — the language of my replies",
    "help_addfact": "/addfact — Add a fact (guided, or STATEMENT | QUOTE | SOURCE)",
    "help_editfact": "/editfact — Change a field: ID FIELD VALUE",
    "help_delfact": "/delfact — Delete a fact: ID",
    "help_undo": "/undo — Revert your last change",
    "help_facts": "/facts — List facts with ids",
    "help_addarticle": "/addarticle — Add an article to cite",
    "help_export": "/export — A backup of articles and facts",
    "help_drafts": "/drafts — Draft facts from an article's uncited sentences",
    "help_gaps": "/gaps — Questions the bot could not answer",
    "help_stats": "/stats — Usage and feedback",
    # -- the command menus (bot/commands.py) --
    "menu_start": "What this bot knows",
    "menu_help": "How to ask, with examples",
    "menu_brief": "A short digest, overall or on a topic",
    "menu_topics": "Topics and countries in the briefing",
    "menu_sources": "The articles behind the facts",
    "menu_ask": "Ask a question (in groups)",
    "menu_language": "Reply language: en or ru",
    "menu_follow": "Follow a country or topic",
    "menu_unfollow": "Stop following one",
    "menu_following": "What you follow, your digest",
    "menu_digest": "daily HH:MM, weekly or off",
    "menu_timezone": "Your time zone for digests",
    "menu_addfact": "Add a fact (guided, or STATEMENT | QUOTE | SOURCE)",
    "menu_editfact": "Change a field: ID FIELD VALUE",
    "menu_delfact": "Delete a fact: ID",
    "menu_undo": "Revert your last change",
    "menu_facts": "List facts with ids",
    "menu_addarticle": "Add an article to cite",
    "menu_export": "A backup of articles and facts",
    "menu_drafts": "Draft facts from an article's uncited sentences",
    "menu_gaps": "Questions the bot could not answer",
    "menu_stats": "Usage and feedback",
}

LABEL = "English"  # this language's button under /language
# What people type after /language, in Latin letters, besides "en" and "ru".
LANGUAGE_WORDS = {"english": "en", "eng": "en", "inglish": "en", "russian": "ru", "rus": "ru",
                  "russkiy": "ru"}  # fmt: skip
