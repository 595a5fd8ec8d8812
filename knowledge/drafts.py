"""Articles into draft facts: each sentence of an article that names something the briefing
knows (a subject, a country, a person, an organisation) and that no live fact cites yet is
proposed with its verbatim quote, paragraph, entities and topics; a curator turns a draft
into an ordinary audited fact."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.briefing import Briefing
from knowledge.curation import Curation
from knowledge.facts import Fact
from knowledge.language.words import raw_tokens

__all__ = ["Draft", "Drafts"]


@dataclass(frozen=True)
class Draft:
    """A sentence no fact cites yet, with what it names."""

    article_id: str
    paragraph: int
    quote: str  # the sentence, verbatim
    entities: tuple[str, ...]
    topics: tuple[str, ...]


class Drafts:
    """Proposes draft facts from an article's uncited sentences, and saves them."""

    def __init__(self, curation: Curation) -> None:
        self.curation = curation
        self.briefing: Briefing = curation.briefing

    def _uncited(self, article_id: str) -> list[tuple[int, str]] | None:
        """(paragraph, sentence) of the article that no live fact cites; None for an
        unknown article."""
        article = self.briefing.article(article_id)
        if article is None:
            return None
        store = self.briefing.store
        found = []
        for paragraph in article.paragraphs:
            quotes = [f.quote for f in store.paragraph_facts(article_id, paragraph.number)]
            found += [
                (paragraph.number, sentence)
                for sentence in paragraph.sentences
                if not any(q in sentence or sentence in q for q in quotes)
            ]
        return found

    def coverage(self, article_id: str) -> tuple[int, int] | None:
        """(sentences some fact cites, all sentences) of an article; None when unknown."""
        article = self.briefing.article(article_id)
        uncited = self._uncited(article_id)
        if article is None or uncited is None:
            return None
        total = sum(len(p.sentences) for p in article.paragraphs)
        return total - len(uncited), total

    def propose(self, article_id: str) -> list[Draft] | None:
        """The drafts of an article, in its order; None when there is no such article."""
        uncited = self._uncited(article_id)
        if uncited is None:
            return None
        drafts = []
        for paragraph, sentence in uncited:
            found = self.briefing.vocabulary.find(raw_tokens(sentence), typos=False)
            entities = tuple(dict.fromkeys(m.concept.id for m in found if not m.concept.is_topic))
            topics = tuple(dict.fromkeys(m.concept.id for m in found if m.concept.is_topic))
            if entities or topics:
                drafts.append(Draft(article_id, paragraph, sentence, entities, topics))
        return drafts

    def save_as_quoted(self, draft: Draft, actor: int) -> Fact:
        """Save a draft with its quote as the statement (for readers of the article's
        language), as an ordinary audited fact; raises Refused like any new fact."""
        article = self.briefing.article(draft.article_id)
        russian = article is not None and article.lang == "ru"
        record = {
            "statement": draft.quote,
            "statement_ru": draft.quote if russian else None,
            "quote": draft.quote,
            "source": draft.article_id,
            "entities": list(draft.entities),
            "topics": list(draft.topics),
        }
        return self.curation.add_fact(record, actor)
