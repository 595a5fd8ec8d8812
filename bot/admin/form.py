"""What the guided /addfact form reads beyond plain text (labels, example questions) and the
preview it shows before saving; the steps themselves are in bot.admin.addfact."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from bot.context import Context
from bot.render import result_html
from bot.texts import t
from knowledge.facts import MAX_QUESTION, MAX_QUESTIONS, Fact, split_questions

SKIP = "-"  # an optional step left empty


def sort_labels(context: Context, text: str) -> tuple[list[str], list[str], list[str]]:
    """(entities, topics, unknown labels) from "turkey, azerbaijan; agreements".

    A known name goes where its kind says; an unknown one stays on its side of the ";".
    """
    knowledge = context.bot_data.knowledge
    entities: list[str] = []
    topics: list[str] = []
    unknown: list[str] = []
    if text == SKIP:
        return entities, topics, unknown
    entity_part, _, topic_part = text.partition(";")
    for part, side in ((entity_part, entities), (topic_part, topics)):
        for label in filter(None, (item.strip() for item in re.split(r"[,|]", part))):
            concept = knowledge.browsing.find_named(label)
            if concept is None:
                unknown.append(label)
            target = side if concept is None else topics if concept.is_topic else entities
            name = concept.id if concept else label
            if name not in target:
                target.append(name)
    return entities, topics, unknown


def read_questions(text: str, lang: str) -> tuple[list[str], str | None]:
    """(example questions, None) from one question a line or "|"-separated ("-": none), or
    ([], why not) naming the limit broken, so the admin can fix just that."""
    if text == SKIP:
        return [], None
    questions = list(split_questions(text))
    if len(questions) > MAX_QUESTIONS:
        why = t("adm_questions_too_many", lang, count=str(len(questions)), limit=str(MAX_QUESTIONS))
        return [], why
    for number, question in enumerate(questions, 1):
        if len(question) > MAX_QUESTION:
            why = t(
                "adm_question_too_long",
                lang,
                number=str(number),
                length=str(len(question)),
                limit=str(MAX_QUESTION),
            )
            return [], why
    return questions, None


def _names(context: Context, labels: list[str], lang: str) -> str:
    knowledge = context.bot_data.knowledge
    return ", ".join(
        concept.name(lang) if (concept := knowledge.browsing.concept(label)) else label
        for label in labels
    )


def preview_blocks(context: Context, draft: dict[str, Any], fact: Fact, lang: str) -> list[str]:
    """The fact rendered as it will be answered, then its labels (unknown ones pointed out)
    and example questions, for the admin to confirm."""
    knowledge = context.bot_data.knowledge
    blocks = [
        escape(t("adm_step_confirm", lang)),
        result_html(knowledge.browsing.result(fact, lang), lang),
    ]
    labelled = (("adm_entities", draft["entities"]), ("adm_topics", draft["topics"]))
    details = [
        escape(t(key, lang, names=_names(context, items, lang))) for key, items in labelled if items
    ]
    if draft["unknown"]:
        details.append(escape(t("adm_unknown_labels", lang, labels=", ".join(draft["unknown"]))))
    if fact.questions:
        lines = [f"• {escape(question)}" for question in fact.questions]
        details.append("\n".join([escape(t("adm_questions", lang)), *lines]))
    if details:
        blocks.append("\n".join(details))
    return blocks
