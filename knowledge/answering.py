"""Answering a question: the one place that turns a ranking into an outcome.

Telegram, inline mode and the command line all call :meth:`Answering.ask`. Asking changes
nothing: the caller decides whether the question goes to the log (see ``Reports.log``).
"""

from __future__ import annotations

import functools
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeVar

import numpy as np

from knowledge.briefing import Briefing
from knowledge.browsing import Browsing
from knowledge.facts import Fact
from knowledge.followup import (
    FollowUp,
    asks_authors_view,
    asks_choice_of_it,
    asks_effect_of_it,
    asks_else,
    asks_how,
    asks_how_far,
    asks_if_sure,
    asks_meaning,
    asks_other_article,
    asks_reverse,
    asks_source,
    asks_source_only,
    asks_the_other,
    asks_what_was_done,
    asks_wording,
    carries_on,
    follows_from_before,
    goes_on,
    leans_back,
    may_follow,
    pointed_at,
    points_at_a_place,
    points_at_someone,
    points_at_them,
    preposition_asked,
    read_with,
    restore,
    sets_denied_aside,
    then_said,
)
from knowledge.language import alternatives, en, every
from knowledge.language.details import (
    CHECKED,
    STEERS,
    evidence,
    explains_why,
    gives_circumstance,
    gives_drawback,
    gives_words,
    goes_beyond,
    sets_above,
    states,
)
from knowledge.language.intent import (
    ANAPHORA,
    DENIALS,
    INTEREST_WORD,
    PROVENANCE,
    WHICH,
    asks_conclusion,
    asks_interest,
    asks_why_not,
    asks_why_now,
    markers,
    read_as,
    says_meaning,
    says_same,
)
from knowledge.language.names import Concept, Vocabulary, name_forms
from knowledge.language.question import (
    Question,
    analyse,
    gainers_named,
    guessed_words,
    normal_text,
    questions_asked,
    through_last_question,
)
from knowledge.language.words import fold, raw_tokens, tokens
from knowledge.outcomes import Answer, Detail, Outcome, Result
from knowledge.search.index import TOPIC
from knowledge.search.scoring import (
    AVOID,
    CARRIED,
    Matcher,
    Scored,
    break_ties,
    collapse,
    focus,
)

SAY_WORD = "say"  # a word of the group asking who said something ("who said that?")
TIE = 2.0  # points within which facts answering a follow-up alone count as tied
OWN_WORDS = 2  # words of the facts that let a follow-up answered well alone stand alone
SAME_ARTICLE = 2.0  # points for a follow-up's facts from the article of the fact it follows
SWAP_STAYS = 1.0  # ... for one swapping the party it asks about
SAME_PARAGRAPH = 2.0  # more for those of its paragraph, when the follow-up only swaps the party
CONCLUDING = 20.0  # points for a fact of its article's closing paragraph, to "the conclusion"
CONCLUDED = 100  # facts of an article weighed for what it concludes
SWAPPED_IN = 1.0  # points for a fact whose sentence names the party a swap brings in
REPLACED = 2.0  # points off a fact about the party a swap replaces ("and with Turkey?": not China)
NAMED = 3.0  # points for a fact naming someone, over one giving a role, to "who?"
INTRODUCED = 15.0  # more for a fact saying who they are (post and name), over one quoting them
MANY_KNOWN = 5  # words of the briefing that make a question's other words phrasing
POOL = 10  # facts an answer is chosen from (steering may reorder them)
AFFECTED = 15.0  # points for a fact about the party a question asks the effect on ("for X")
FOR_AFFECTED = 30.0  # more for the sentence saying what comes of it for them («Для Москвы …»)
# The details a sentence beside the one on an event may give of it: when and where.
SETTING = frozenset({Detail.TIME, Detail.DATE, Detail.PLACE, Detail.CITY})
LIST_REACH = 4  # words after an item within which a list goes on ("drones, EW and rockets")
_PLACES = frozenset({"region", "place"})  # kinds of entity a list may name one by one
_LIST_GOES_ON = frozenset(every(lambda lang: lang.LIST_GOES_ON))
_WAR = frozenset(every(lambda lang: lang.WAR))
_IN = frozenset(every(lambda lang: lang.PLACE_PREPOSITIONS))  # "war in Ukraine"
STEER = 8.0  # points for a fact that gives what a "why" or "what came of it" question asks
CARRIED_RAREST = 2  # words of the fact cited last asked again of another article
GAINER_REACH = 30  # facts below the best looked at for one giving the gain asked about
GAINS = 25.0  # points for a fact giving the gain of the party a "why" question asks about
_WORD = re.compile(r"\w+")
_EXPLAINS = (":", "—", "–")  # what a word is, said right after it
_COMMENT_CLAUSE = re.compile(alternatives(lambda lang: lang.COMMENT_CLAUSE), re.I)
SAY_WORD = "say"  # the word of the facts' group of saying ("what else did he say?")
ADJECTIVE_FROM = 5  # letters of a name whose adjective shares all but its last («Украина»)
ECHOED = 8.0  # points for a fact that says what a follow-up asks again of a new party
PREMISE = 30.0  # points lost by one giving no reason: what the question asks why of
LINKED_REACH = 3  # facts from the top looked at for the one a curator linked the question to
CIRCUMSTANCES = 25.0  # points for a fact giving the circumstances, to "why now?"
HELD_BACK = 30.0  # points for a fact saying what holds back the party a "why not" names
CONSEQUENT = 20.0  # more for one that does so just after the best fact, which does not
NAMED_CACHE = 5000  # facts whose named entities are kept between questions
ANALYSES = 5000  # questions whose reading is kept between questions
ANSWERS = 2000  # answers kept for questions asked again without a chat's context
HUB = 0.75  # share of the facts an entity is about that makes it the briefing's hub
ABSENT_PARTY = 25.0  # points a fact loses when it is about no party a question names
OTHER_PARTY = 0.1  # focus a tied fact loses for each country or region not asked it names
NAMED_PARTY = 0.1  # focus a tied fact gains for each party asked that its sentence names
SUBJECT = 0.3  # focus a tied fact gains when a party asked does what is asked in its words
SUBJECT_REACH = 2  # words after a party's name in which a word asked makes it its subject
UNUSED = 3  # words no fact uses that an unsure reply names
WHICH_REACH = 2  # words after "which" that it asks of («какие такие эксперты?»)
_AUTHOR = frozenset(every(lambda lang: lang.AUTHOR))  # "how does the author read his words?"
_ARTICLE = frozenset(every(lambda lang: lang.ARTICLE))  # «публикация о сближении»: the article
_WHILE = frozenset(every(lambda lang: lang.WHILE))  # "…, while Baku …": a clause of its own
PLACES = frozenset({"place"})  # kinds of entity a "there" or «там» points back at
PEOPLE = frozenset({"person", "role"})  # kinds of entity a "he" or «он» points back at
BODIES = frozenset({"organisation"})  # ... and a "they" («они»): a company, a ministry
FEW = 2  # facts about a party few enough that any of them answers what is asked about it
RARE_BESIDE = 4  # times FEW the facts about the other parties named beside a rare one
# Details a party named with them qualifies ("which Chinese company", "Turkish drone models")
QUALIFIED = frozenset({Detail.ORGANISATION, Detail.NAME, Detail.MODEL})
FEW_SCAN = 4096  # facts about a party beyond which it is not looked at for FEW


_Kept = TypeVar("_Kept")  # what a per-fact cache keeps


@dataclass(frozen=True)
class Thresholds:
    """Score bands: answer at or above ``answer``; suggest between; abstain below ``suggest``."""

    answer: float = 45.0
    suggest: float = 30.0
    # Further results must be this close to the best one to be shown beside it.
    margin: float = 20.0
    # A fact that states the detail asked may stand this far below the best match.
    detail_margin: float = 35.0
    # A short follow-up that stands on its own this well ignores the chat's context.
    standalone: float = 70.0
    # A question whose words the facts largely do not use ("military budget") is answered
    # only at this score or more; below it the facts are offered as suggestions.
    unknown_share: float = 0.4
    # ... and from this share on, with no subject of the briefing named, the question is about
    # something else ("Who won the football world cup?": "world" alone is no match).
    mostly_unknown: float = 0.6
    sure_despite_unknown: float = 65.0
    # ... and at any score that answers, when two of its words are the briefing's and less
    # than this share is in words no fact uses ("what practical effect has the training had
    # on the men's fighting fitness?": "men", "fitness" are the reader's)
    partly_unknown: float = 0.7


class Answering:
    """Answers questions from the briefing."""

    def __init__(
        self, briefing: Briefing, browsing: Browsing, thresholds: Thresholds | None = None
    ) -> None:
        self.briefing = briefing
        self.browsing = browsing
        self.matcher = Matcher(briefing.index)
        self.thresholds = thresholds or Thresholds()
        self._named: dict[tuple[str, int], dict[str, str]] = {}
        self._gainers: dict[tuple[str, int], str | None] = {}
        self._fields: dict[tuple[str, int], tuple[frozenset[str], ...]] = {}
        self._doers: dict[tuple[str, int], frozenset[tuple[str, str]]] = {}
        self._example_cache: dict[tuple[str, int], tuple[Result, ...]] = {}
        self._analyses: dict[str, Question] = {}  # by normal text (see analyse)
        #: answers kept for questions asked again (see ask); 0 answers every one afresh
        self.answers_kept = ANSWERS
        self._answers: OrderedDict[tuple[str, str | None, int, int], Answer] = OrderedDict()
        self._kept_for: tuple[int, Vocabulary | None, object, int] = (-1, None, None, 0)

    def warm_up(self) -> None:
        """Fill what answers reuse (the coverage line, small talk's examples, typo tables,
        the database's page cache), so that the first question costs no more than the next."""
        for text in every(lambda lang: lang.WARM_UP):
            self.ask(text)

    def analyse(self, text: str) -> Question:
        """The question taken apart, as the engine reads it; remembered by its normal text
        until the facts or the vocabulary change (questions repeat, and reading one is a
        third of answering it)."""
        self._forget_if_changed()
        key = normal_text(text)
        question = self._analyses.get(key)
        if question is None:
            if len(self._analyses) >= ANALYSES:
                self._analyses = {}
            briefing = self.briefing
            question = self._analyses[key] = analyse(text, briefing.vocabulary, briefing.index)
        return question

    def _forget_if_changed(self) -> None:
        """Drop the readings and answers kept once the facts (the index's generation), the
        vocabulary or the articles (their sources) are no longer those they were made with."""
        briefing = self.briefing
        kept = self._kept_for
        if (
            kept[0] != briefing.index.generation
            or kept[1] is not briefing.vocabulary
            or kept[2] is not briefing.articles
            or kept[3] != len(briefing.articles)
        ):
            self._analyses, self._answers = {}, OrderedDict()
            self._kept_for = (
                briefing.index.generation,
                briefing.vocabulary,
                briefing.articles,
                len(briefing.articles),
            )

    def ask(
        self,
        text: str,
        *,
        lang: str | None = None,
        follow_up: FollowUp | None = None,
        limit: int = 3,
        offset: int = 0,
    ) -> Answer:
        """Answer a question: facts, "did you mean", "not stated", an abstention or small talk,
        given in *lang* (the reader's language; by default the question's).

        With the *follow_up* of the chat's previous question, a short question that leans on
        it ("who signed it?", «а Россия?») is read together with it. The answer carries the
        follow-up for the next question.

        Without a *follow_up*, the answer is kept (the latest :attr:`answers_kept`) and given
        again to the same text asked in the same language, until the facts, the vocabulary
        or the articles change: it can only be the answer the question would get afresh.
        """
        started = time.perf_counter()
        key = (text, lang, limit, offset)
        kept = follow_up is None and self.answers_kept > 0
        if kept:
            self._forget_if_changed()
            known = self._answers.get(key)
            if known is not None:
                self._answers.move_to_end(key)
                return replace(known, elapsed_ms=(time.perf_counter() - started) * 1000)
        question = self.analyse(text)
        reply_lang = lang or question.lang
        answer = self._decide(question, limit, offset, reply_lang)
        answered = answer.outcome == Outcome.ANSWERED
        if follow_up is not None and may_follow(question, answered=answered):
            question, answer = self._in_context(question, answer, follow_up, limit, offset)
        top = answer.results[0].fact_id if answer.results else None
        answer = replace(
            answer,
            follow_up=FollowUp(question, top) if top else None,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )
        if kept:
            self._answers[key] = answer
            while len(self._answers) > self.answers_kept:
                self._answers.popitem(last=False)
        return answer

    def closest(self, text: str, limit: int = 3) -> list[Fact]:
        """The facts nearest a question whatever the outcome (for a curator choosing which
        fact answers a question the bot missed)."""
        return [fact for _, fact in self._ranked(self.analyse(text), limit)[:limit]]

    def fact_follow_up(self, fact_id: str) -> dict[str, Any] | None:
        """The follow-up record a reply to a message showing a fact is read with (a
        notification): as if its statement had been asked and answered with it. A fact
        just saved may not be in the index yet (the notification can go out in between): it
        is read from the store then."""
        fact = self.briefing.fact(fact_id) or self.briefing.store.fact(fact_id)
        if fact is None or fact.deleted:
            return None
        return FollowUp(self.analyse(fact.statement), fact.id).record()

    def restore_follow_up(self, record: dict[str, Any]) -> FollowUp:
        """The follow-up a :meth:`FollowUp.record` keeps, read again as the engine read it."""
        return restore(record, self.analyse, self.briefing.concept)

    def _in_context(
        self, question: Question, answer: Answer, follow_up: FollowUp, limit: int, offset: int
    ) -> tuple[Question, Answer]:
        """A short question read with the chat's previous one, when it points back or does
        not stand on its own. One that does stand on its own keeps its answer, but the
        context may settle a tie for first place ("more joint exercises?" after a question
        about Turkey: Turkey's, not China's)."""
        index, bands = self.briefing.index, self.thresholds
        # A word no fact uses, with nothing pointing back, starts a new subject.
        new_subject = any(index.df[term] == 0 for term in question.terms)
        alone_fits = answer.outcome == Outcome.ANSWERED and answer.top_score >= bands.standalone
        # "а сборку дронов наладят?" points back, but says what it asks in words of its own:
        # answered well alone, the context only settles a tie.
        # A party it names counts as a word of its own, unless it is the briefing's hub.
        own_words = len(index.used(question.terms)) + len(self._parties(question))
        leans = self._of_the_cited_only(question, follow_up) or (
            leans_back(question) and not (alone_fits and own_words >= OWN_WORDS)
        )
        if not leans and new_subject:
            return question, answer
        named = (*question.entities, *follow_up.question.entities)
        hub = frozenset(c.id for c in named) - {c.id for c in self._parties_in(named)}
        read = self._on_previous(read_with(question, follow_up, hub))
        again = self._decide(read, limit, offset, answer.lang)
        if again.outcome == Outcome.ABSTAIN and answer.outcome in (
            Outcome.ANSWERED,
            Outcome.UNSURE,
        ):
            return question, answer  # the context never turns an answer into a refusal
        if _agrees_less_sure(answer, again):
            # "и что Китай предлагает взамен?": the chat's words only weaken the match on
            # the fact the question alone is answered by
            return question, answer
        if leans or not alone_fits or self._stays_in_article(answer, again, follow_up):
            return read, again
        # A tie among the facts the reply offers, shown or behind its "more" button.
        offered = (*answer.results, *answer.more)
        tied = {r.fact_id for r in offered if r.score >= answer.top_score - TIE}
        if again.results and (first := again.results[0].fact_id) in tied:
            ordered = sorted(offered, key=lambda r: r.fact_id != first)
            shown = len(answer.results)
            return question, replace(
                answer, results=tuple(ordered[:shown]), more=tuple(ordered[shown:])
            )
        return question, answer

    def _of_the_cited_only(self, question: Question, follow_up: FollowUp) -> bool:
        """Whether a follow-up asks about the cited fact whatever its own words: where it
        comes from ("source?"), its exact words, what "this" does, which of some choices it
        is, how far it goes, or how it comes about (:meth:`_asks_how_of_cited`)."""
        return (
            asks_source_only(question)
            or self._asks_wording(question)
            or asks_effect_of_it(question)
            or asks_choice_of_it(question)
            or asks_how_far(question)
            or self._asks_how_of_cited(question, follow_up)
            or self._asks_doing_of_cited(question, follow_up)
            or self._turns_to_other_side(question, follow_up)
            or self._asks_meaning_of_cited(question, follow_up)
        )

    def _asks_wording(self, question: Question) -> bool:
        """Whether a follow-up naming no one only asks for the cited sentence's exact words."""
        return not question.entities and asks_wording(question, self.briefing.index.term)

    def _asks_how_of_cited(self, question: Question, follow_up: FollowUp) -> bool:
        """Whether a follow-up asks how what it points back at comes about, in a word of the
        cited sentence ("so how's it coming together, if there's no paper signed?" after
        «альянс … не оформлен. Но … формируется: через совокупность соглашений …»): that
        sentence says how, however well its other words fit another."""
        if not asks_how(question) or ANAPHORA.isdisjoint(question.words):
            return False  # most follow-ups: no fact looked up
        fact = self._cited_fact(follow_up)
        return fact is not None and self._says_rarest(question, fact)

    def _asks_doing_of_cited(self, question: Question, follow_up: FollowUp) -> bool:
        """Whether a follow-up naming no one asks what or who did what the cited fact tells,
        in its word ("кто заключил?" after Baykar's contract: the ministry it names), however
        well that word alone fits another fact (:meth:`_asks_its_doing`)."""
        if question.entities or not asks_what_was_done(question):
            return False  # most follow-ups: no fact looked up
        fact = self._cited_fact(follow_up)
        return fact is not None and self._asks_its_doing(question, fact)

    def _asks_meaning_of_cited(self, question: Question, follow_up: FollowUp) -> bool:
        """Whether a follow-up asks what words of the cited sentence mean ("'absence of
        ideological conditions' meaning?"), however well they find that sentence alone."""
        if not asks_meaning(question):
            return False  # most follow-ups: no fact looked up
        fact = self._cited_fact(follow_up)
        return fact is not None and self._says_any(fact, set(question.terms))

    def _turns_to_other_side(self, question: Question, follow_up: FollowUp) -> bool:
        """Whether a follow-up turns to one party of a cited sentence telling of each in a
        claim of its own, asked about before or new to the chat («а китайцы к ним
        приезжали?» after Azerbaijanis trained in China: the Chinese instructors; no visit)
        (:meth:`_turns_to_a_side`)."""
        if len(question.entity_ids) != 1:
            return False  # most follow-ups: no fact looked up
        fact = self._cited_fact(follow_up)
        return (
            fact is not None
            and bool(self.briefing.alongside(fact))
            and self._turns_to_a_side(question.entity_ids, follow_up.question.entity_ids, fact)
        )

    def _stays_in_article(self, alone: Answer, again: Answer, follow_up: FollowUp) -> bool:
        """Whether the question read with the chat's previous one is answered from the
        article that one was, while read alone it is answered from another article: after
        China's arms talks, "will any of the production move to Azerbaijan?" is China's. A
        fact from no article (an imported one) that fits it alone keeps it."""
        previous = self._cited_fact(follow_up)
        if previous is None or again.outcome != Outcome.ANSWERED or not alone.results:
            return False
        first = self.briefing.fact(alone.results[0].fact_id)
        then = self.briefing.fact(again.results[0].fact_id)
        return (
            first is not None
            and then is not None
            and first.article_id is not None  # the other article, not a fact of its own
            and first.article_id != previous.article_id
            and then.article_id == previous.article_id
        )

    def _cited_fact(self, follow_up: FollowUp) -> Fact | None:
        """The fact the chat's previous answer cited, for a question that may follow it."""
        return self.briefing.fact(follow_up.fact_id) if follow_up.fact_id else None

    def _previous_fact(self, question: Question) -> Fact | None:
        """The fact the chat's previous answer cited, for a follow-up."""
        return self.briefing.fact(question.previous_fact) if question.previous_fact else None

    def _on_previous(self, question: Question) -> Question:
        """A follow-up weighed against the fact the previous answer cited: one naming only
        someone that fact's sentence names may be about it too («а с Москвой что?»); one that
        stays on its subject looks first at what its article says next ("what would that
        change?", "почему?"), or, asking a detail, at the whole paragraph around it."""
        fact = self._previous_fact(question)
        if fact is None:
            return question
        if (read := self._about_the_cited(question, fact)) is not None:
            return read
        question = self._bare_if_restated(question, fact)
        if asks_how(question) and self._says_rarest(question, fact):
            # "so how is it forming, then?" after «альянс … формируется через совокупность
            # соглашений»: the sentence cited says how, not the next one
            return replace(question, previous_weight=1)
        # A detail the cited fact lacks may stand beside it ("when was that?": the visit).
        earlier = question.previous_weight > 0
        onward = tuple(self.briefing.beside(fact, earlier=earlier))
        if asks_else(question):
            question, onward = self._else_than(question, fact, onward)
        elif goes_on(question) or carries_on(question) or self._asks_becoming(question):
            # "and?", «а дальше?», "and after that, what …?", "so what's it all turning
            # into?": on into the next paragraph too
            onward = (*onward, *self.briefing.following(fact))
            question = self._past_then(question)
        if question.asks == Detail.RESULT and not STEERS[Detail.RESULT](fact.quote):
            # "what does it all mean?" after the signing: the article's conclusion from it,
            # when the next paragraph opens with one («Таким образом, … союз»), unless it or
            # a sentence beside it says what comes of it ("Such a step would shorten …")
            onward = self._results_first(onward, self._concluded_from(fact))
        if (question.asks == Detail.RESULT and not question.terms) or self._bare_meaning(question):
            return self._bare_result(question, fact, onward)
        if question.asks == Detail.REASON and not question.terms:
            return self._bare_why(question, fact, onward)
        return replace(question, onward=self._own_words_first(question, onward))

    def _else_than(
        self, question: Question, fact: Fact, onward: tuple[str, ...]
    ) -> tuple[Question, tuple[str, ...]]:
        """A "what else?" after *fact*, and the facts it looks at first: the other items of
        the list it gives, then those beside it (*onward*)."""
        onward = (*self.briefing.alongside(fact), *onward)
        if self._asks_words_of(question, fact):
            # "what else did he say?" after the attaché's words: more of his words first,
            # not the author's comment on them
            onward = self._words_first((*onward, *self.briefing.following(fact)))
        # «а кроме меморандума?»: what it sets aside is no word to look for
        terms = tuple(t for t in question.terms if t not in question.excepted)
        question = replace(question, terms=terms)
        if any(self.briefing.index.df[term] for term in question.terms):
            # "what else did they sign?": the words that found the item cited would find it
            # again; its own words say what else is asked
            question = replace(question, carried=())
        return question, onward

    def _results_first(self, onward: tuple[str, ...], concluded: list[str]) -> tuple[str, ...]:
        """The facts beside a cited one, those saying what comes of something first, then
        the *concluded* ones, then the rest."""
        stating = STEERS[Detail.RESULT]
        results = [i for i in onward if (f := self.briefing.fact(i)) and stating(f.quote)]
        return tuple(dict.fromkeys((*results, *concluded, *onward)))

    def _asks_words_of(self, question: Question, fact: Fact) -> bool:
        """Whether a follow-up asks what was said, after a fact giving someone's words."""
        term, said = self.briefing.index.term, replace(question, asks=Detail.WORDS)
        asks_said = any(term(word) == term(SAY_WORD) for word in question.words)
        return asks_said and self._states(fact, said)

    def _words_first(self, onward: tuple[str, ...]) -> tuple[str, ...]:
        """The facts beside a cited one, those giving someone's words first."""
        said = [i for i in onward if (f := self.briefing.fact(i)) and gives_words(f.quote)]
        return (*said, *(i for i in onward if i not in said))

    def _concluded_from(self, fact: Fact) -> list[str]:
        """Ids of the facts of the paragraph after *fact*'s that opens with a conclusion
        from it («Таким образом, …», "As a result, …"), or none."""
        following = [f for i in self.briefing.following(fact) if (f := self.briefing.fact(i))]
        if not following or not follows_from_before(following[0].quote):
            return []
        return [f.id for f in following]

    def _bare_meaning(self, question: Question) -> bool:
        """Whether a follow-up only asks what was cited means ("meaning?", "but what does
        that actually mean?"): no word of its own beside the word of meaning."""
        meaning = self.briefing.index.term(en.MEANING_WORD)
        return asks_meaning(question) and set(question.terms) <= {meaning}

    def _about_the_cited(self, question: Question, fact: Fact) -> Question | None:
        """A follow-up read as about the cited *fact*'s own sentence, or None: how far it
        goes, what else its list names, or what of it is asked (:meth:`_of_the_cited`); not
        one asking for the other one ("wasn't there a second deal?")."""
        if asks_the_other(question):
            return None
        for read in (self._how_far, self._rest_of_its_list, self._of_the_cited):
            if (found := read(question, fact)) is not None:
                return found
        return None

    def _asks_becoming(self, question: Question) -> bool:
        """Whether a follow-up asks what the cited thing is turning into ("so what's it all
        turning into?", «во что это превращается?»): the article may say so further on."""
        becoming = self.briefing.index.term(en.BECOMING_WORD)
        return becoming in question.terms and not ANAPHORA.isdisjoint(question.words)

    def _past_then(self, question: Question) -> Question:
        """A follow-up asking what comes after, without the words saying so: «потом» in «а
        потом во что он превратится?» asks what the article says next, not of the future."""
        then = then_said(question)
        if then is None:
            return question
        marker = set(self.analyse(then).terms)
        return replace(question, terms=tuple(t for t in question.terms if t not in marker))

    def _how_far(self, question: Question, fact: Fact) -> Question | None:
        """A follow-up asking how far the cited *fact* goes, read as about it, or None: "only
        the Caucasus, or other regions too?" after the sentence naming the Caucasus and two
        regions more is answered by that sentence, in its words ("regions" is the reader's),
        of the names asked before only those it names (not the Istanbul of the memorandum
        asked about before the drone contract cited). Not a question naming or asking
        nothing it says: "only Turkey sells drones?" after China's arms talks."""
        if not asks_how_far(question):
            return None
        named = self._named_in(fact).keys()
        new_names = question.entity_ids - question.previous_entities
        said = self._said_of(fact, question.terms)
        if not new_names <= named or not (said or new_names):
            return None
        kept = tuple(c for c in question.entities if c.id in named)
        return replace(question, entities=kept, terms=said, previous_weight=1)

    def _rest_of_its_list(self, question: Question, fact: Fact) -> Question | None:
        """A follow-up asking what else the cited *fact*'s own list names, read as about it,
        or None: "and what else besides drones?" after the sentence naming drones, electronic
        warfare and rockets; "and what else?" after "the Middle East?" was answered by one
        naming more after it, or after «технологии передавали?» by «о передаче технологий,
        совместных учениях, …». Not when other facts quote the same sentence, an item each
        (:meth:`Briefing.alongside`), nor when the list does not go on right after what the
        reader named: "anything else besides the memorandum?" (nothing after it), «а что
        обсуждали кроме покупок?» (the purchases the list is of)."""
        if not asks_else(question) or self.briefing.alongside(fact):
            return None
        # a bare «а ещё что?» sets aside what was asked before ("technology transfer?")
        known = set(question.excepted or (() if question.terms else question.carried))
        named = (*question.previous_entities, *question.entity_ids)
        places = {i for i in named if (c := self.briefing.concept(i)) and c.kind in _PLACES}
        words = raw_tokens(fact.quote)
        at = self._standing(words, known)
        listed = _comma_after_last(fact.quote, words, at)
        found = self.briefing.vocabulary.find(words, typos=False, topics=False)
        at += [m.end - 1 for m in found if m.concept.id in places]
        after = words[max(at, default=len(words)) + 1 :][:LIST_REACH]
        if _LIST_GOES_ON.isdisjoint(fold(word) for word in after) and not listed:
            return None
        return replace(question, terms=(), carried=(), previous_weight=1)

    def _standing(self, words: list[str], terms: set[str]) -> list[int]:
        """The positions of the *words* that one of these search terms finds."""
        return [n for n, word in enumerate(words) if self.briefing.index.term(word) in terms]

    def _listed_after(self, fact: Fact, terms: set[str]) -> bool:
        """Whether a list in *fact*'s sentence goes on after what these terms find
        (:func:`_comma_after_last`)."""
        words = raw_tokens(fact.quote)
        return _comma_after_last(fact.quote, words, self._standing(words, terms))

    def _of_the_cited(self, question: Question, fact: Fact) -> Question | None:
        """A follow-up read as about the cited *fact* itself, or None: one naming only
        someone its sentence names («а с Москвой что?», the sentences beside it naming them
        first: the next says what becomes of Russia), one asking what its sentence says ("is
        that confirmed?"), or the author's view of it."""
        sides = self._other_side(question, fact)
        if not sides and question.entity_ids - question.previous_entities:
            return self._naming_others(question, fact)
        if sides:
            # «а китайцы к ним приезжали?» after Azerbaijani officers trained in China: the
            # sentence's other claim («Китайские инструкторы …, в то время как …»), however
            # well its words fit another («приезжали»: a visit)
            return replace(
                question, terms=(), carried=(), topics=(), previous_weight=0, onward=sides
            )
        # of its words, those the cited sentence uses ("official" is «оформлен»; "said" is no
        # word of «не исключают»)
        cited = self._said_of(fact, question.terms)
        if asks_wording(question, self.briefing.index.term):
            # "exact words?", «дословно можно?»: the sentence cited is quoted word for word
            return replace(question, asks=None, terms=(), carried=(), topics=(), previous_weight=1)
        if self._cited_sentence_says(question, fact):
            return replace(
                question,
                terms=question.terms if asks_if_sure(question) else cited,
                previous_weight=1,
            )
        if cited and asks_meaning(question) and self._explains_itself(fact, set(cited)):
            # "what do they mean by autonomy?" after «… политическую автономию: Пекин не
            # навязывает норм …»: the sentence cited says it after its colon
            return replace(question, terms=cited, previous_weight=1)
        if cited and asks_meaning(question):
            # "what do they mean, no ideological conditions?" after the sentence saying so:
            # another sentence using its words says what they are («Пекин не навязывает
            # норм, … не требует идеологической лояльности»), or the article's comment after
            onward = (*self.briefing.beside(fact), *self.briefing.following(fact))
            return replace(question, terms=cited, previous_weight=-1, onward=onward)
        if self._asks_its_doing(question, fact):
            # «а чё подписали?» after the signing in Istanbul: the memorandum it names, not
            # the contract the next sentence says was concluded
            return replace(question, previous_weight=1)
        if asks_reverse(question) and len(self._named_in(fact)) > 1:
            # "and the other way?" after «Китайские инструкторы …, в то время как
            # азербайджанские военнослужащие проходили подготовку в … КНР»: it says that too
            return replace(question, terms=(), carried=(), previous_weight=1)
        return self._asked_of_its_sentence(question, fact, cited)

    def _asked_of_its_sentence(
        self, question: Question, fact: Fact, cited: tuple[str, ...]
    ) -> Question | None:
        """A follow-up asking what the cited *fact*'s sentence says instead of what it denies,
        after a preposition of it, or the author's view of it; or None. *cited*: its words
        the sentence uses."""
        if sets_denied_aside(question) and not DENIALS.isdisjoint(tokens(fact.quote)):
            # "so how is it forming, if not officially?" after «альянс … пока не оформлен.
            # Но, по сути, именно он и формируется — через совокупность соглашений …»
            return replace(question, terms=cited, previous_weight=1)
        if (preposition := preposition_asked(question)) and self._uses_word(fact, preposition):
            # "after what event?" after «… особенно после завершения конфликта в Карабахе»:
            # that sentence, whatever the word saying what it is
            return replace(question, asks=None, terms=(), previous_weight=1)
        if asks_authors_view(question):
            if _COMMENT_CLAUSE.search(fact.quote):
                # "how does the author read it?" after «… поддерживает Киев, что усиливает
                # сигнал о смене приоритетов»: the sentence cited comments on itself
                return replace(question, asks=None, terms=(), carried=(), previous_weight=1)
            if cited and self._explains_itself(fact, set(cited)):
                # ... and so does one saying past its dash what the word asked is ("how does
                # the author describe that step?" after «… — шаг осторожный, но необратимый»)
                return replace(question, asks=None, terms=cited, carried=(), previous_weight=1)
            # "what does the author make of that?": the article's own comment on it, just
            # after it («Формулировка предельно ясная …» after the attaché's words)
            onward = (*self.briefing.beside(fact), *self.briefing.following(fact))
            return replace(question, asks=None, terms=(), previous_weight=-1, onward=onward)
        return None

    def _naming_others(self, question: Question, fact: Fact) -> Question:
        """A follow-up naming someone the question before did not, read after the cited
        *fact*: about it when its sentence names them all («а с Москвой что?»), the sentences
        beside it naming them first (the next says what becomes of Russia)."""
        new_names = question.entity_ids - question.previous_entities
        onward = tuple(
            i
            for i in self.briefing.beside(fact)
            if (other := self.briefing.fact(i)) and not new_names.isdisjoint(self._named_in(other))
        )
        if new_names <= self._named_in(fact).keys():
            if question.gainer in new_names and question.gainer in self._contrasted(fact):
                # «а Баку чё с этого?» after «Анкара становится гарантом …, а Баку укрепляет
                # свою самостоятельность»: Baku's gain is the clause of its own
                return replace(
                    question,
                    asks=None,
                    terms=(),
                    topics=(),
                    gainer=None,
                    previous_weight=1,
                    onward=onward,
                )
            return replace(question, previous_weight=0, onward=onward)
        # "and Turkey, can't it help them?" after Baku's search for suppliers: the next
        # sentence, on Turkey's limits, whatever else its help finds; not a bare swap ("and
        # with China?"), unless it goes on with the reasons asked («почему Баку сближается с
        # Китаем?» – «а Турция?»: Turkey "remains a partner, but its means are limited")
        if _swaps_party(question) and not (onward and question.previous_asks is Detail.REASON):
            return replace(question, onward=())
        if onward and question.asks is None and not DENIALS.isdisjoint(question.words):
            beside = [f for i in onward if (f := self.briefing.fact(i))]
            df = self.briefing.index.df
            terms = tuple(
                t
                for t in question.terms
                if not df[t] or any(self._says_any(f, {t}) for f in beside)
            )
            if terms:
                return replace(question, terms=terms, onward=onward)
            # ... nor what was asked before ("their arms"): the sentence beside, first
            return replace(question, terms=(), carried=(), stems="", onward=onward)
        return replace(question, onward=onward)

    def _contrasted(self, fact: Fact) -> frozenset[str]:
        """The parties a fact's sentence gives a clause of their own, set against another's
        ("…, while Baku strengthens its independence", «…, а Баку укрепляет …»)."""
        found: set[str] = set()
        for text in (fact.quote, fact.quote_en):
            words = raw_tokens(text or "")
            found.update(
                m.concept.id
                for m in self.briefing.vocabulary.find(words, typos=False, topics=False)
                if m.start and fold(words[m.start - 1]) in _WHILE
            )
        return frozenset(found)

    def _asks_its_doing(self, question: Question, fact: Fact) -> bool:
        """Whether a follow-up asks, in the one word the cited *fact* uses, what or who did
        what it tells («а чё подписали?», "who signed?"), and the fact states the kind asked."""
        return (
            asks_what_was_done(question)
            and self._all_words_in(question, fact)
            and self._states(fact, question)
        )

    def _other_side(self, question: Question, fact: Fact) -> tuple[str, ...]:
        """The other claims of the cited sentence when a follow-up turns to the one party,
        of the two or more the question before named, it asks about alone ("and the Chinese
        instructors, what did they do?" after Azerbaijani soldiers trained in China)."""
        if self._turns_to_a_side(question.entity_ids, question.previous_entities, fact):
            return tuple(self.briefing.alongside(fact))
        return ()

    def _turns_to_a_side(self, named: frozenset[str], before: frozenset[str], fact: Fact) -> bool:
        """Whether a follow-up naming *named* turns to one party the cited *fact*'s sentence
        tells of: one of those asked about *before*, alone, or a new one the sentence names
        («а китайцы к ним тоже ездят?» after where Azerbaijani soldiers train)."""
        new = named - before
        if new:
            return len(new) == 1 and new <= self._named_in(fact).keys()
        return len(named) == 1 and named < before

    def _authors_reading(self, question: Question) -> Question:
        """A question asking how the author reads someone it names ("how does the author
        interpret the attaché's statement?"), read as "what does the author make of that?"
        after the sentence giving their words: the article's comment just after it comes first
        («Формулировка предельно ясная …»), though it names no one."""
        if (
            question.previous_fact
            or question.asks not in (None, Detail.STANCE)
            or _AUTHOR.isdisjoint(question.words)
            or not any(c.kind == "person" for c in question.entities)
        ):
            return question
        ranked = self._ranked(question, 1)
        if not ranked or not gives_words(evidence(fact := ranked[0][1])):
            return question  # "what does the author say of Aliyev's visit?": no words of his
        return replace(
            question,
            previous_fact=fact.id,
            previous_entities=question.entity_ids,
            asks=None,
            terms=(),
            previous_weight=-1,
            onward=(*self.briefing.beside(fact), *self.briefing.following(fact)),
        )

    def _cited_sentence_says(self, question: Question, fact: Fact) -> bool:
        """Whether a follow-up asks what the cited sentence itself says: how sure it is ("is
        that confirmed?"), or what it says of the place it names ("what did they sign
        there?" after the signing in Istanbul; not "what else did they sign there?")."""
        if asks_if_sure(question) or self._asks_who_said_it(question, fact):
            return True
        return (
            points_at_a_place(question)
            and not asks_else(question)
            and bool(self._named_of(fact, PLACES))
        )

    def _asks_who_said_it(self, question: Question, fact: Fact) -> bool:
        """Whether a follow-up asks who said what was cited («а кто это сказал?» after
        «Эксперты не исключают …»), and the cited sentence says who: the experts."""
        said = self.briefing.index.term(SAY_WORD)
        return (
            question.asks is Detail.PERSON
            and set(question.terms) <= {said}
            and not ANAPHORA.isdisjoint(question.words)
            and self._states(fact, question)
        )

    def _bare_result(self, question: Question, fact: Fact, onward: tuple[str, ...]) -> Question:
        """A bare "what came of it?" after *fact*: the next sentence that states an outcome,
        first; but "what would that give?" after «Такой шаг позволит …» is that sentence,
        and so is "and the result?" after «В результате …» (the result of what came before
        it, which the previous question asked about). "What does that mean?" after words
        said asks what they mean: the author's reading of them next («Формулировка предельно
        ясная …» after the attaché's words), not what came of them."""
        gives = STEERS[Detail.RESULT]
        if says_meaning(list(question.words)) and self._states(
            fact, replace(question, asks=Detail.WORDS)
        ):
            return replace(question, terms=(), onward=onward, previous_weight=-1)
        if follows_from_before(fact.quote) or gives(evidence(fact)):
            return replace(question, onward=onward, previous_weight=1)
        outcomes = self._outcomes(onward)
        if not outcomes:
            # "any results?" after the attaché's words: his paragraph states none, the next
            # one ends on them («В результате, как отмечает Сун Джун, …»)
            outcomes = self._outcomes(self.briefing.following(fact))
        return replace(question, onward=(*outcomes, *(i for i in onward if i not in outcomes)))

    def _outcomes(self, fact_ids: Iterable[str]) -> list[str]:
        """Of *fact_ids*, in order, those whose sentence states an outcome."""
        gives = STEERS[Detail.RESULT]
        return [i for i in fact_ids if (f := self.briefing.fact(i)) and gives(evidence(f))]

    def _own_words_first(self, question: Question, onward: tuple[str, ...]) -> tuple[str, ...]:
        """The facts beside the one cited, those with a word the follow-up asks first: "and
        what does it cover?" after the visit is the sentence saying what the document
        covers, a sentence after the one on what was signed."""
        own = set(question.terms)
        if not own:
            return onward
        holds = [i for i in onward if (f := self.briefing.fact(i)) and self._says_any(f, own)]
        return (*holds, *(i for i in onward if i not in holds))

    def _uses_word(self, fact: Fact, word: str) -> bool:
        """Whether a fact's sentence, in either language, uses *word* as it stands."""
        texts = (fact.statement, fact.statement_ru, fact.quote, fact.quote_en)
        return any(word in tokens(text) for text in texts if text)

    def _explains_itself(self, fact: Fact, terms: set[str]) -> bool:
        """Whether a fact's sentence says what one of its words (by their *terms*) means
        right after it, past a colon or a dash («автономию: Пекин не навязывает норм»), or
        uses one in what it says past its colon or dash ("meaning what, in the fields it
        encompasses?" after «намеренно широка: она охватывает экономику, …»; «… — шаг
        осторожный, но уже необратимый»)."""
        term = self.briefing.index.term
        for text in filter(None, (fact.quote, fact.quote_en)):
            for word in _WORD.finditer(text):
                if term(fold(word.group())) not in terms:
                    continue
                before = text[: word.start()]
                if text[word.end() :].lstrip()[:1] in _EXPLAINS or any(
                    mark in before for mark in _EXPLAINS
                ):
                    return True
        return False

    def _says_any(self, fact: Fact, terms: set[str]) -> bool:
        """Whether a fact's sentence (its statements and quotes, not its example questions)
        uses one of these search terms."""
        texts = (fact.statement, fact.statement_ru, fact.quote, fact.quote_en)
        return any(terms & field for field in self._field_terms(fact)[: sum(map(bool, texts))])

    def _said_of(self, fact: Fact, terms: Iterable[str]) -> tuple[str, ...]:
        """Those of *terms* the fact's sentence uses (:meth:`_says_any`), in their order."""
        return tuple(t for t in terms if self._says_any(fact, {t}))

    def _all_words_in(self, question: Question, fact: Fact) -> bool:
        """Whether a question has words of its own, all of them words of *fact*."""
        number = self.briefing.index.number_of.get(fact.id)
        return (
            number is not None
            and bool(question.terms)
            and set(question.terms) <= set(self.briefing.index.terms_at(number))
        )

    def _says_rarest(self, question: Question, fact: Fact) -> bool:
        """Whether *fact* says the question's rarest word that some fact uses: what it asks
        about ("how is it getting formed, if not legally?": "form", not "get")."""
        index = self.briefing.index
        known = index.used(question.terms)
        number = index.number_of.get(fact.id)
        if not known or number is None:
            return False
        return min(known, key=lambda t: index.df[t]) in index.terms_at(number)

    def _bare_why(self, question: Question, fact: Fact, onward: tuple[str, ...]) -> Question:
        """A bare "why?" after *fact*: after «В результате …», what it results from, just
        before it; "why now?", the circumstances its paragraph gives; about a sentence that
        gives its own reason, or what something serves («Такой шаг позволит …»: what the
        step is for), that sentence; else what follows."""
        if follows_from_before(fact.quote):
            return replace(question, onward=tuple(self.briefing.preceding(fact)))
        said = evidence(fact)
        if asks_why_now(question.asks, list(question.words)) and not gives_circumstance(said):
            # "why now?" after «Обладая технологиями, Анкара становится союзником»: the
            # circumstances its paragraph gives, before it too («на фоне охлаждения …»)
            around = self.briefing.beside(fact, earlier=True)
            circumstances = [
                i
                for i in around
                if (f := self.briefing.fact(i)) and gives_circumstance(evidence(f))
            ]
            if circumstances:
                return replace(question, onward=tuple(circumstances), previous_weight=-1)
        if STEERS[Detail.REASON](said) or STEERS[Detail.RESULT](said):
            return replace(question, onward=onward, previous_weight=1)
        why_not = asks_why_not(question.asks, list(question.words))
        if why_not and points_at_them(question) and gives_drawback(said):
            # "so why not just stick with them?" after «Турция остаётся … партнёром, но её
            # возможности ограничены»: the limit that sentence gives them (a bare "why not?"
            # asks why its claim holds: what follows)
            return replace(question, onward=onward, previous_weight=1)
        return replace(question, onward=onward)

    def _bare_if_restated(self, question: Question, fact: Fact) -> Question:
        """A "why?" follow-up all of whose words are words of the fact it follows ("why
        can't it stop it?" after "Moscow cannot counter it") or point back at it ("why those
        regions?") read as a bare "why?", its words carried on as the chat's subject; unless
        it asks a party's motive («а зачем это Китаю?»), which another sentence gives."""
        if question.asks != Detail.REASON or asks_interest(list(question.words)):
            return question
        index = self.briefing.index
        pointed = {index.term(word) for word in pointed_at(question)}
        if not (self._all_words_in(question, fact) or set(question.terms) <= pointed):
            return question
        carried = tuple(dict.fromkeys((*question.terms, *question.carried)))
        return replace(question, terms=(), carried=carried)

    def _decide(self, question: Question, limit: int, offset: int, lang: str) -> Answer:
        base = Answer(
            question.text,
            lang,
            Outcome.ABSTAIN,
            coverage=self.browsing.coverage(lang),
            asked_in=question.lang,
        )
        smalltalk = question.smalltalk or ("context" if _nothing_to_search(question) else None)
        if smalltalk:
            # "why?", "tell me more" with no earlier answer to lean on: not a subject the
            # briefing lacks, but a question to ask whole.
            examples = self._examples(lang)
            return replace(base, outcome=Outcome.SMALLTALK, smalltalk=smalltalk, examples=examples)
        question = self._same_in_other_article(self._in_other_article(question))
        question = self._the_article_only(self._sources_as_names(self._titled(question)))
        question = self._authors_reading(question)
        question, ranked = self._about_the_party(question, offset + 2 * limit)
        sides = self._sides(question) if question.compares and not offset else []
        if len(sides) >= 2:
            top = min(s.score for s, _ in sides)
            results = self._results(sides, lang)
            return replace(
                base, outcome=Outcome.ANSWERED, results=results, top_score=top, coverage=""
            )
        base = replace(base, top_score=ranked[0][0].score if ranked else 0.0)
        if question.unknown and not _only_in_preamble(question):
            return self._naming_unknown(question, ranked, base)
        ranked = self._linked_first(question, ranked)
        ranked = self._previous_if_it_tells(question, ranked)
        if not ranked or ranked[0][0].score < self.thresholds.suggest:
            return self._best_guess(question, ranked, base, limit)
        if question.asks in CHECKED:
            stating = self._stating_first(question, ranked)
            if not stating:
                related = self._results(ranked[:1], lang)
                return replace(
                    base, outcome=Outcome.NOT_STATED, missing=question.asks, results=related
                )
            ranked = stating
        return self._by_score(question, ranked, base, limit, offset)

    def _about_the_party(
        self, question: Question, wanted: int
    ) -> tuple[Question, list[tuple[Scored, Fact]]]:
        """The question as asked about the party it names, and its ranking."""
        ranked = self._ranked(question, wanted)
        if (
            not ranked
            or ranked[0][0].score < self.thresholds.suggest
            or (not question.compares and self._about_the_hub_only(question, ranked[0][0]))
        ) and self._beside_names(question):
            # "how involved is the US?": no fact about the US uses a word asked; the words
            # ask about the US in the briefing's own terms, so every fact about it fits.
            question = self._names_only(question)
            ranked = self._ranked(question, wanted)
        if ranked and (setting := self._in_its_setting(question, ranked[0][0])):
            question = setting
            ranked = self._ranked(question, wanted)
        if ranked and (own := self._own_gain(question, ranked)) is not None:
            question = own
            ranked = self._ranked(question, wanted)
        return question, ranked

    def _own_gain(self, question: Question, ranked: list[tuple[Scored, Fact]]) -> Question | None:
        """A gain question read without its interest word, or None: when facts giving the
        gain of the party asked about stand among those found and none uses that word, it
        finds only others' interests ("what's in it for Baku?": Beijing's «Его интерес»,
        before «Для Азербайджана … шаг рациональный»)."""
        interest = self.briefing.index.term(INTEREST_WORD)
        if question.gainer is None or interest not in question.terms:
            return None
        if self._gainer_of(ranked[0][1]) in (None, question.gainer):
            return None  # the best found is no other party's gain
        own = [f for _, f in ranked if self._gainer_of(f) == question.gainer]
        if not own or any(self._says_any(f, {interest}) for f in own):
            return None
        return replace(question, terms=tuple(t for t in question.terms if t != interest))

    def _examples(self, lang: str) -> tuple[Result, ...]:
        """Three facts whose example questions small talk offers, kept until facts change."""
        key = (lang, self.briefing.index.generation)
        if key not in self._example_cache:
            self._example_cache = {key: tuple(self.browsing.brief(None, lang, limit=3))} | {
                k: v for k, v in self._example_cache.items() if k[1] == key[1]
            }
        return self._example_cache[key]

    def _ranked(self, question: Question, wanted: int) -> list[tuple[Scored, Fact]]:
        """The best facts, near-duplicates dropped, steered by what the question asks."""
        holder = self._holder(question)
        concluding = asks_conclusion(list(question.words))
        steered = (
            question.asks in STEERS or question.asks in CHECKED or holder is not None or concluding
        )
        pool = max(wanted, POOL if steered else 0)
        scored = self.matcher.score(question)
        # The facts kept when none is a near-duplicate; one that replaces a duplicate is
        # read on its own (rarely: reading four more each time cost more at a million facts).
        self.briefing.prefetch([s.doc.id for s in scored[:pool]])
        terms = frozenset(question.terms)
        doing = self._doing_asked(question, terms)
        steers = self._gives(question)
        # a tie goes to the fact giving what is asked ("why not Turkey?": any reason)
        gives = steers or (STEERS.get(question.asks) if question.asks else None)
        direct = partial(self._directness, question, terms, doing, gives)
        ranked = collapse(scored, pool, self.briefing.fact, direct)
        ranked += self._wanted_beyond(question, scored[pool : pool + GAINER_REACH], ranked)
        if question.sources:
            # ... all of the article's facts when its end is asked: the closing ones among them
            ranked = self._from_sources(question, ranked, CONCLUDED if concluding else wanted)
        ranked = self._steered(question, self._party_first(question, ranked), steers)
        ranked = self._circumstances_first(question, ranked)
        if concluding:  # "what does the Turkey piece conclude?": its closing paragraph
            ranked = _shifted(ranked, lambda f: CONCLUDING if self.briefing.concludes(f) else 0.0)
        if previous := self._previous_fact(question):
            # A follow-up stays in the article it follows, all else equal («а Россия?»); one
            # swapping the party less so ("and Turkey?" after China's exercises: Turkey's)
            swaps = _swaps_party(question)
            stays = SWAP_STAYS if swaps else SAME_ARTICLE
            ranked = _shifted(ranked, lambda f: stays if f.article_id == previous.article_id else 0)
            if swaps:
                ranked = self._swapped(question, previous, ranked)
        if previous:
            ranked = self._pointed_back(question, previous, ranked)
        if question.echoed:
            ranked = self._echoed_first(question, ranked)
        if question.previous_weight < 0 and previous:
            ranked = _beyond_cited(question, previous, ranked)
        ranked = break_ties(ranked, direct)
        return self._holder_first(question, ranked, holder) if holder else ranked

    def _swapped(
        self, question: Question, previous: Fact, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The ranking for a follow-up that only swaps the party («а Европа?» after the US):
        the article's parallel sentence, often in the paragraph of the fact followed, all
        else nearly equal, and one whose own sentence names the new party («а при чём тут
        Украина?»: the sentence on Aliyev's steps towards Kyiv); and, when it asks the same
        of the new party (*echoed*: "and with Turkey?" after China's alliance with Baku),
        not one about the party replaced: Turkey's alliance, not Turkey watching China's."""
        place = (previous.article_id, previous.paragraph)
        before = [self.briefing.concept(i) for i in question.previous_entities]
        parties = self._parties_in(c for c in before if c is not None) if question.echoed else []
        replaced = {c.id for c in parties} - question.entity_ids
        new = set() if question.echoed else question.entity_ids - question.previous_entities
        return _shifted(
            ranked,
            lambda f: (
                (SAME_PARAGRAPH if (f.article_id, f.paragraph) == place else 0.0)
                - (REPLACED if replaced & set(f.entities) else 0.0)
                + (SWAPPED_IN if new & self._named_in(f).keys() else 0.0)
            ),
        )

    def _echoed_first(
        self, question: Question, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with the facts on what a party swap asks again first ("and from
        Turkey?" after what Baku buys from China): those saying its words, or on its topics
        (Baykar's contract says no "buy", but it is procurement)."""
        return _shifted(ranked, lambda f: ECHOED if self._echoes(question, f) else 0.0)

    def _echoes(self, question: Question, fact: Fact) -> int:
        """How much of what a party swap asks again a fact says: its words and topics."""
        said = {t for t in question.echoed if self._says_any(fact, {t})}
        return len(said) + len({TOPIC + t for t in fact.topics}.intersection(question.echoed))

    def _pointed_back(
        self, question: Question, previous: Fact, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with the facts about whom a follow-up points back at first: "what
        did he say about the results?", his words before anyone else's; "could they build
        drones there?" after Baykar's contract, Baykar's facts."""
        if points_at_someone(question) and (people := self._named_of(previous, PEOPLE)):
            return _shifted(ranked, lambda f: STEER if people & self._named_in(f).keys() else 0.0)
        if points_at_them(question) and (bodies := self._named_of(previous, BODIES)):
            return _shifted(ranked, lambda f: STEER if bodies & set(f.entities) else 0.0)
        return ranked

    @staticmethod
    def _circumstances_first(
        question: Question, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """To "why now?", the sentences giving the circumstances first («на фоне
        охлаждения …», "amid …")."""
        if not asks_why_now(question.asks, list(question.words)):
            return ranked
        return _shifted(ranked, lambda f: CIRCUMSTANCES if gives_circumstance(evidence(f)) else 0.0)

    def _steered(
        self,
        question: Question,
        ranked: list[tuple[Scored, Fact]],
        gives: Callable[[str], bool] | None,
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with what the question asks of a fact weighed in: a "why" question
        prefers a sentence giving a reason, above all the one just after a best fact that
        gives none ("what will joint production give?": «Такой шаг позволит …»); "besides
        purchases" passes over the sentence only about them; "the consequences for Russia"
        prefers one about Russia. *gives* is the test of a fact giving what it asks, when it
        only steers (:meth:`_gives`)."""
        giving: set[str] | None = None  # the facts that give what it asks, when it steers
        if gives is not None:
            giving = given = {f.id for _, f in ranked if gives(evidence(f))}
            ranked = _shifted(ranked, lambda f: STEER if f.id in given else 0.0)
            if ranked and not question.previous_fact and ranked[0][1].id not in given:
                # "what will joint production give?": the best fact is the step itself,
                # and the sentence after it says what it gives («Такой шаг позволит …»)
                after = self.briefing.beside(ranked[0][1])[:1]
                purpose = _serves_purpose if question.asks is Detail.REASON else gives
                ranked = _shifted(
                    ranked, lambda f: CONSEQUENT if f.id in after and purpose(evidence(f)) else 0.0
                )
        held: set[str] = set()  # "why not Turkey?", "why China, if there is Turkey?"
        if self._asks_why_not(question):  # ... what holds Turkey back
            held = {f.id for _, f in ranked if self._holds_back(question, f)}
            ranked = _shifted(ranked, lambda f: HELD_BACK if f.id in held else 0.0)
        if question.gainer is not None:
            # "why is Baku turning to Beijing?": Baku's reasons, not what Beijing gains (the
            # other's drawback is a reason too)
            why = giving | held if giving is not None and question.asks is Detail.REASON else None
            ranked = _shifted(ranked, lambda f: self._for_gainer(question, f, why))
        if question.excepted:
            ranked = _shifted(ranked, lambda f: -AVOID if self._only_about(f, question) else 0.0)
        if question.affected and question.asks in (Detail.RESULT, Detail.REASON, None):
            # "what are the consequences for Russia?": the sentence about Russia (one not
            # naming Russia says no effect on it)
            # ... and, asking what comes of it, more for the sentence that says it is for
            # them ("For Moscow, this means ..."), over one that only names them
            affected = question.affected
            effect = question.asks == Detail.RESULT
            ranked = _shifted(
                ranked,
                lambda f: (
                    (AFFECTED if affected & set(f.entities) else -AFFECTED)
                    + (FOR_AFFECTED if effect and self._gainer_of(f) in affected else 0.0)
                ),
            )
        return ranked

    def _wanted_beyond(
        self, question: Question, beyond: list[Scored], ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The facts a little below the best that give what a question steers to and may
        share no word with it: the gain of the party asked about, what holds it back, what
        comes of it for the party it affects ("for Russia's positions in the region": «Для
        Москвы это означает …»)."""
        if self._asks_why_not(question):
            holds_back = partial(self._holds_back, question)
            return self._found_beyond(beyond, ranked, question.entity_ids, holds_back)
        if question.gainer is not None:
            return self._gainers_beyond(question, beyond, ranked)
        if question.echoed:
            # "and from the Turks?" after the arms bought from China: Baykar's contract,
            # a little below the best about Turkey, says the purchase asked again
            # ... when it says more of it than any found
            new = (question.entity_ids - question.previous_entities) or question.entity_ids
            most = max((self._echoes(question, f) for _, f in ranked), default=0)
            return self._found_beyond(
                beyond, ranked, new, lambda f: self._echoes(question, f) > most
            )
        if question.affected and question.asks == Detail.RESULT:
            affected = question.affected
            return self._found_beyond(
                beyond, ranked, affected, lambda f: self._gainer_of(f) in affected
            )
        return []

    def _gainers_beyond(
        self, question: Question, beyond: list[Scored], ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The facts a little below the best that give the gain of the party a "why"
        question asks about: «Зачем Азербайджану Китай?» shares no word with «Для
        Азербайджана укрепление связи с Китаем — шаг рациональный», which answers it."""
        gainer = question.gainer
        return self._found_beyond(
            beyond, ranked, {gainer} if gainer else set(), lambda f: self._gainer_of(f) == gainer
        )

    def _found_beyond(
        self,
        beyond: list[Scored],
        ranked: list[tuple[Scored, Fact]],
        about: Set[str],
        keeps: Callable[[Fact], bool],
    ) -> list[tuple[Scored, Fact]]:
        """The facts of *beyond* (those a little below the best) about one of *about* that
        *keeps* takes, and that *ranked* does not hold already."""
        beyond = [s for s in beyond if not about.isdisjoint(s.doc.labels)]
        self.briefing.prefetch([s.doc.id for s in beyond])
        kept = {f.quote for _, f in ranked}
        found = []
        for scored in beyond:
            fact = self.briefing.fact(scored.doc.id)
            if fact and fact.quote not in kept and keeps(fact):
                found.append((scored, fact))
                kept.add(fact.quote)
        return found

    def _asks_why_not(self, question: Question) -> bool:
        """Whether a question asks only "why not Turkey?" («а почему не Турция?»)."""
        bare = bool(question.entities) and not question.terms
        return bare and asks_why_not(question.asks, list(question.words))

    def _holds_back(self, question: Question, fact: Fact) -> bool:
        """Whether a fact says what holds back a party the question names, in a sentence
        about it first («Турция …, но её возможности ограничены»; not Russia's decline
        that opens doors for Turkey)."""
        named = next(iter(self._named_in(fact)), None)
        return named in question.entity_ids and gives_drawback(evidence(fact))

    def _for_gainer(self, question: Question, fact: Fact, giving: set[str] | None) -> float:
        """Points for a fact giving the gain or reasons of the party a question asks about,
        taken from one giving another party's (named or not: "the reason on Azerbaijan's
        side" is not China's interest, even after a question about China's), and from one
        that gives no reason at all (*giving*: the facts that give one, for a "why"
        question): "why is Baku buying arms from China?" is not answered by the sentence
        saying that it is."""
        gainer = self._gainer_of(fact)
        if gainer is None:
            return -PREMISE if giving is not None and fact.id not in giving else 0.0
        if gainer == question.gainer:
            # ... its reasons for the party it turns to: "why is Baku cozying up to Ankara?"
            # is not answered by Baku's reasons for China
            turned_to = question.entity_ids - {gainer}
            if turned_to and turned_to.isdisjoint(fact.entities):
                return 0.0
            return GAINS
        return -ABSENT_PARTY

    def _gainer_of(self, fact: Fact) -> str | None:
        """The party whose gain or reasons a fact's statement gives («Для Китая …», "lets
        Beijing …", "China's interest"), if it says; kept per fact version."""
        vocabulary = self.briefing.vocabulary
        return self._per_fact(
            self._gainers,
            fact,
            lambda: next(
                (
                    party
                    for text in (fact.statement, fact.statement_ru)
                    if text
                    for party in gainers_named(raw_tokens(text), vocabulary)
                ),
                None,
            ),
        )

    def _per_fact(
        self, cache: dict[tuple[str, int], _Kept], fact: Fact, make: Callable[[], _Kept]
    ) -> _Kept:
        """What *make* gives for *fact*, kept in *cache* while the fact's version stands
        (``NAMED_CACHE`` facts at most: the cache starts over when full)."""
        key = (fact.id, self.briefing.index.generation)
        if key not in cache:
            if len(cache) >= NAMED_CACHE:
                cache.clear()
            cache[key] = make()
        return cache[key]

    def _gives(self, question: Question) -> Callable[[str], bool] | None:
        """The test a fact's evidence passes when it gives what a question that only steers
        asks. The purpose of a step ("what for?", «зачем локализовать сборку?») is given by
        what the step allows as well as by a motive; what a party is after ("what's in it
        for Beijing?") by its motive or what its interest is said to be; why it is
        interested by a reason other than that."""
        if question.asks not in STEERS or self._asks_why_not(question):
            return None  # "why not Turkey?": what holds it back (_holds_back), not any reason
        if question.asks is not Detail.REASON:
            return STEERS[question.asks]
        if not asks_interest(list(question.words)):
            return explains_why
        interest = self.briefing.index.term(INTEREST_WORD)
        if any(term != interest for term in question.terms):
            return _serves_purpose
        return STEERS[Detail.REASON]

    def _party_first(
        self, question: Question, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with the facts about a party a stand-alone question names (not the
        hub) before the others: «Турция поставляет оружие Баку?» is answered by Turkey's
        drone contract, not by China's arms talks, which use more of its words; "what about
        the US and the EU as suppliers?" by the sentences on them, not by Baku's search for
        suppliers." The party something means something for counts when it is the only one:
        "what does the Turkey–Azerbaijan cooperation mean for Russia?" asks of Turkey's."""
        parties = [] if question.compares or question.previous_fact else self._parties(question)
        parties = [p for p in parties if p.id not in question.affected] or parties
        if not parties:
            return ranked
        about = {f.id for s, f in ranked if any(p.id in s.doc.labels for p in parties)}
        return _shifted(ranked, lambda f: 0.0 if f.id in about else -ABSENT_PARTY)

    def _in_its_setting(self, question: Question, top: Scored) -> Question | None:
        """The question about the one party only a few facts are about, when it names it
        beside parties many facts are about and the best fact is not about it: "what is the
        US doing in all this China–Azerbaijan business?" asks about the US, the China story
        only its setting. None when it names no such party, or names it after another, as
        what that one is compared to ("does China impose conditions like the Europeans?")."""
        if question.compares or question.previous_fact:
            return None
        df = self.briefing.index.label_df
        parties = self._parties(question)
        rare = [c for c in parties if df[c.id] <= FEW]
        common = [c for c in parties if c not in rare]
        if len(rare) != 1 or not common or rare[0].id in top.doc.labels:
            return None
        if parties[0] != rare[0]:  # "… like the Europeans do?": only what it is compared to
            return None
        if any(df[c.id] < RARE_BESIDE * FEW for c in common):
            return None
        return replace(question, entities=tuple(c for c in question.entities if c not in common))

    @staticmethod
    def _holder(question: Question) -> str | None:
        """Whose stance a question naming several parties asks: the first it names ("how
        will Moscow react to Baku and Beijing?")."""
        if question.asks != Detail.STANCE or len(question.entities) < 2:
            return None
        return question.entities[0].id

    def _holder_first(
        self, question: Question, ranked: list[tuple[Scored, Fact]], holder: str
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with the facts about the stance holder that may be suggested first,
        those naming more of the parties asked before the others and, of those, the ones
        whose sentence names the holder first (its subject: «Москва … едва ли может
        противодействовать», not a sentence on China's interests that mentions Russia)."""
        first = [
            (s, f)
            for s, f in ranked
            if s.score >= self.thresholds.suggest and holder in s.doc.labels
        ]
        first.sort(
            key=lambda item: (
                -len(question.entity_ids.intersection(item[0].doc.labels)),
                next(iter(self._named_in(item[1])), None) != holder,
            )
        )
        return first + [item for item in ranked if item not in first]

    def _named_of(self, fact: Fact, kinds: frozenset[str]) -> frozenset[str]:
        """The entities of these kinds a fact's sentence names (people by name or role)."""
        return frozenset(e for e, kind in self._named_in(fact).items() if kind in kinds)

    def _directness(
        self,
        question: Question,
        terms: frozenset[str],
        doing: frozenset[tuple[str, str]],
        gives: Callable[[str], bool] | None,
        fact: Fact,
    ) -> float:
        """How directly a fact says what is asked, to break a tie: the field that says most
        of it (:func:`focus`), more a little for each party asked that its own sentence
        names (not only its labels), more for naming a party asked just before a word asked
        as the question does (*doing*, :meth:`_doing_asked`), less a little for each country
        or region the fact brings in that the question, read with its chat's context, does
        not name ("what is going on with Russia in the South Caucasus?": Turkey's gain, before
        China stepping in; "and why not Europe?": Europe's supplies, before a sentence placing
        Chinese technology there)."""
        said = focus(terms, self._field_terms(fact))
        if gives is not None and gives(evidence(fact)):
            # "what effect did …?": the sentence giving a result, before one more like it; of
            # those, one in the question's own words ("what does it mean for Moscow?": «Для
            # Москвы это означает …»)
            said += 1.0 + 0.1 * self._in_words_asked(question, fact)
        asked = question.entity_ids
        if not asked:
            return said
        # the parties asked that its own sentence names, not only its labels
        said += NAMED_PARTY * len(asked & self._named_in(fact).keys())
        said += SUBJECT * bool(doing and doing & self._doers_of(fact))
        others = [
            concept
            for entity in fact.entities
            if entity not in asked and (concept := self.briefing.concept(entity)) is not None
        ]
        return said - OTHER_PARTY * sum(concept.kind in ("country", "region") for concept in others)

    def _doing_asked(self, question: Question, terms: frozenset[str]) -> frozenset[tuple[str, str]]:
        """(party, term) for each party asked that the question names just before a word
        asked ("what can Azerbaijan become?"): a fact naming it just before that word too
        says it more directly («Азербайджан может превратиться …», not "the partnership
        becomes …" in a sentence naming Azerbaijan elsewhere)."""
        # the words as read: "turn into" is the one word "transform"
        pairs = self._subjects(read_as(list(question.words)))
        return frozenset((p, t) for p, t in pairs if p in question.entity_ids and t in terms)

    def _doers_of(self, fact: Fact) -> frozenset[tuple[str, str]]:
        """(party, term) for each party a fact's statement or quote names just before a
        word (kept per fact version)."""
        return self._per_fact(
            self._doers,
            fact,
            lambda: (
                self._subjects(raw_tokens(fact.statement)) | self._subjects(raw_tokens(fact.quote))
            ),
        )

    def _subjects(self, words: list[str]) -> frozenset[tuple[str, str]]:
        """(party, term) for each party named in *words* just before a word, by the word's
        search term."""
        term = self.briefing.index.term
        return frozenset(
            (m.concept.id, term(fold(word)))
            for m in self.briefing.vocabulary.find(words, typos=False)
            for word in words[m.end : m.end + SUBJECT_REACH]
            if word
        )

    def _naming_unknown(
        self, question: Question, ranked: list[tuple[Scored, Fact]], base: Answer
    ) -> Answer:
        """The question names what the briefing never mentions: say so, and show what it
        does say about the rest only when that is a clear match."""
        if base.top_score >= self.thresholds.answer and question.entities:
            related = self._results(ranked[:1], base.lang)
            return replace(
                base, outcome=Outcome.NOT_STATED, unknown=question.unknown, results=related
            )
        return replace(base, unknown=question.unknown)

    def _has_evidence(self, question: Question) -> bool:
        """Whether the question touches the briefing at all: it names a subject the facts are
        about or an article of the briefing, or its words (after spelling and
        transliteration) are mostly words of theirs. Only a question without any of that is
        refused as not in the briefing."""
        if question.entities or question.topics or question.carried or question.sources:
            return True
        index = self.briefing.index
        if not index.used(question.terms):
            return False
        # one word no fact uses beside words of theirs is a slip or the reader's own
        # ("is one formin' onyway?"), not a subject the briefing lacks
        new = sum(index.df[term] == 0 for term in question.terms)
        return new <= 1 or self._unknown_share(question, 0.0) < self.thresholds.mostly_unknown

    def _best_guess(
        self, question: Question, ranked: list[tuple[Scored, Fact]], base: Answer, limit: int
    ) -> Answer:
        """Nothing fits the question well, but it touches the briefing: unsure, with the best
        guesses shown (the facts about the names it gives when its words fit none: "Baykar's
        standing"). A question that touches nothing of the briefing is refused."""
        if not self._has_evidence(question):
            return base
        if not ranked and question.entities:
            names = self._names_only(question)
            ranked = collapse(self.matcher.score(names), limit, self.briefing.fact)
        if not ranked:
            return base
        return replace(
            base,
            outcome=Outcome.UNSURE,
            results=self._results(ranked[:limit], base.lang),
            unused=self._unused(question),
        )

    def _unused(self, question: Question) -> tuple[str, ...]:
        """The question's words that no fact uses, as typed (folded), at most ``UNUSED``:
        an unsure reply names them ("what's the weather in Baku?": "weather"), so that the
        reader knows what to put in other words, or that the briefing lacks it."""
        index = self.briefing.index
        unused = {term for term in question.terms if index.df[term] == 0}
        if not unused:
            return ()
        # As typed where the words are the message's ("prigotovit", not «приготовит»): a
        # reading or a spelling correction is not what the reader would recognise.
        typed = tokens(question.text)
        shown = typed if len(typed) == len(question.words) else question.words
        words = (shown[n] for n, word in enumerate(question.words) if index.term(word) in unused)
        return tuple(dict.fromkeys(words))[:UNUSED]

    def _stating_first(
        self, question: Question, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with the close facts that state the detail asked first; empty when
        none does (then the detail is not stated). In a follow-up, a fact beside the cited
        one counts as close from the suggest band ("когда?" after the joint statement: the
        visit), and so does one of the best fact's paragraph giving its setting ("in which
        city were the agreements signed?": «Документы были оформлены в Стамбуле» after them);
        in a message of several questions, any fact answered from the answer band."""
        bands, top = self.thresholds, ranked[0][0].score
        near = set(question.onward)
        if question.asks in SETTING:
            near.update(self.briefing.beside(ranked[0][1], earlier=True))
        parties = self._qualifying(question)
        # "who is the attaché?": any fact about him that fits may be the one naming him
        given = self._given(question)
        sought = question.entity_ids - given
        # «Когда Алиев ездил в Китай? и что там подписали?»: the best fact may answer the
        # other question; any fact the first would be answered by is close
        asked = questions_asked(question.text)
        first = self.analyse(asked[0]) if len(asked) > 1 else None
        close = [
            (s, f)
            for s, f in ranked
            if (
                s.score >= top - bands.detail_margin
                or (first is not None and s.score >= bands.answer)
                or (
                    s.score >= bands.suggest
                    and (f.id in near or not sought.isdisjoint(s.doc.labels))
                )
            )
            and parties <= set(s.doc.labels)
            and (first is None or self._of_first(question, first, f))
            and self._states(f, question)
        ]
        rest = [item for item in ranked if item not in close]
        if question.asks == Detail.PERSON and question.entities and not question.previous_fact:
            # "who is the Chinese military man in Baku?": the sentence naming him, before
            # one that says "the Chinese representative" as well
            close = _shifted(
                close,
                lambda f: (
                    NAMED * self._names_someone(f, given) + INTRODUCED * self._introduces(f, given)
                ),
            )
        return close + rest if close else []

    def _qualifying(self, question: Question) -> set[str]:
        """The parties a fact must be about to state the detail asked: "which Chinese company
        …" is a company only a fact on China's side can state. A region is the setting told,
        no side («я про Кавказ рассказываю: как его зовут?»)."""
        if question.asks not in QUALIFIED:
            return set()
        return {c.id for c in self._parties(question) if c.kind != "region"}

    def _of_first(self, question: Question, first: Question, fact: Fact) -> bool:
        """Whether a fact is about what the first question of a message asks («Когда Алиев
        ездил в Китай? и что там подписали?»: the visit), not only the next one's subject
        ("When was the reception? Was it before Aliyev's trip?": not the trip). The fact a
        follow-up asks of is about it ("Which regions does that include? Why there?")."""
        return (
            not first.terms
            or fact.id == question.previous_fact
            or self._says_any(fact, set(first.terms))
        )

    def _by_score(
        self,
        question: Question,
        ranked: list[tuple[Scored, Fact]],
        base: Answer,
        limit: int,
        offset: int,
    ) -> Answer:
        """Answered, unsure or abstained, by the best score and the words no fact uses."""
        bands, lang, top = self.thresholds, base.lang, ranked[0][0].score
        new_word = self._only_new_word(question, ranked[0][1])
        unknown = 0.0 if new_word else self._unknown_share(question, top)
        if not self._has_evidence(question):
            return base
        sure = top >= bands.answer and unknown < bands.unknown_share
        if sure and not self._one_side_only(question, *ranked[0]):
            good = [(s, f) for s, f in ranked if s.score >= max(bands.answer, top - bands.margin)]
            shown, more = good[offset : offset + limit], good[offset + limit :]
            return replace(
                base,
                outcome=Outcome.ANSWERED,
                results=self._results(shown, lang),
                more=self._results(more[:limit], lang),
                coverage="",
                top_score=top,
            )
        suggestions = [(s, f) for s, f in ranked if s.score >= bands.suggest][:limit]
        return replace(
            base,
            outcome=Outcome.UNSURE,
            results=self._results(suggestions or ranked[:1], lang),
            unused=self._unused(question),
        )

    def _one_side_only(self, question: Question, top: Scored, fact: Fact) -> bool:
        """Whether a stand-alone question asks about countries besides the hub and the best
        fact is not about all of them: "what did Russia and China sign?" is not answered by
        what China signed with Baku, nor "what did Russia sign with Baku?" by what Turkey
        signed (a guess at most). A person or a company named beside a country is often
        only in another sentence about the same thing. A question a curator linked to the
        fact is answered by it."""
        if question.compares or question.previous_fact or self._linked(question, fact):
            return False
        if question.gainer is not None:
            # «зачем Азербайджану Китай, если есть Турция?»: one party's reasons, which
            # weigh the others named; not what they all did
            return False
        # of a stance, whose it is ("US stance on AZ–China ties": the US's, on the others)
        holder = self._holder(question)
        parties = [
            c
            for c in self._parties(question)
            if c.id not in question.rivals and (holder is None or c.id == holder)
        ]
        countries = {c.id for c in parties if c.kind == "country"}
        # ... of a fact, what its article is about too: the China piece's sentence on
        # Turkey's limits is said of Baku's turn to China
        labels = set(top.doc.labels)
        if fact.article_id is not None:
            labels |= self.briefing.title_names(fact.article_id)
        if len(parties) == 1 and countries:  # "what did Russia sign with Baku?"
            return not countries <= labels
        if len(countries) >= 2:
            return not countries <= labels
        # "did Aliyev visit Moscow?": not his visit to another country instead
        return bool(countries - labels) and self._names_another_country(question, fact)

    def _names_another_country(self, question: Question, fact: Fact) -> bool:
        """Whether a fact is about a country besides the hub that the question does not name."""
        index = self.briefing.index
        return any(
            entity not in question.entity_ids
            and index.label_df[entity] <= HUB * len(index)
            and (concept := self.briefing.concept(entity)) is not None
            and concept.kind == "country"
            for entity in fact.entities
        )

    def _about_the_hub_only(self, question: Question, top: Scored) -> bool:
        """Whether the best fact carries, of the parties asked, only the briefing's hub
        («США помогают Баку?»: a fact on Baku's help to Kyiv, not one on the US)."""
        carried = question.entity_ids & set(top.doc.labels)
        parties = {concept.id for concept in self._parties(question)}
        return carried != question.entity_ids and not carried & parties

    def _beside_names(self, question: Question) -> bool:
        """Whether the question names a party only a few facts are about, and its words
        are all words of the briefing but not one is used by those facts (a stand-alone
        question only). A word no fact uses may be a subject the briefing lacks
        ("sanctions"); these only say in other words what is asked about the party."""
        index = self.briefing.index
        if not question.entities or not question.terms or question.carried:
            return False
        if question.previous_fact or any(index.df[t] == 0 for t in question.terms):
            return False
        postings = sorted((index.label_postings(c.id) for c in question.entities), key=len)
        if len(postings[0]) > FEW_SCAN:
            return False  # a party thousands of facts are about: no need to look (1M facts)
        about = functools.reduce(np.intersect1d, postings)
        about = about[index.alive[about]]  # postings keep replaced and deleted facts
        if not len(about) or len(about) > FEW:
            return False  # among many facts, words the facts do not share cannot choose
        return not self.matcher.use_any(about, question.terms)

    def _only_new_word(self, question: Question, fact: Fact) -> bool:
        """Whether one word no fact uses is all the fact lacks of the question: it carries
        every name asked and every other word («Почему Азербайджан пошёл на сближение с
        Китаем?»: only «пошёл» is new). That word is phrasing, not a subject it lacks."""
        index = self.briefing.index
        number = index.number_of.get(fact.id)
        new = [term for term in question.terms if index.df[term] == 0]
        if number is None or not question.entities or len(new) != 1:
            return False
        terms = set(index.terms_at(number))
        return question.entity_ids <= set(index.labels_at(number)) and all(
            term in terms for term in question.terms if term not in new
        )

    def _unknown_share(self, question: Question, top: float) -> float:
        """How much of what the question asks (by idf) is in words no fact uses; 0 when the
        match is strong enough to outweigh that: a high score on a name of the briefing or
        on two of its words, not on one word («какой курс доллара?»: «курс на сближение»);
        an answer on two of its words with the unknown ones the lesser part; or an answer to
        a long question with ``MANY_KNOWN`` words of the briefing, whose other words are the
        phrasing around them ("for my seminar paper", "simply").
        """
        index, bands = self.briefing.index, self.thresholds
        known = len(index.used(question.terms))
        sure = top >= bands.sure_despite_unknown and (question.entities or known > 1)
        if sure or (known >= MANY_KNOWN and top >= bands.answer) or not question.terms:
            return 0.0
        weights = {t: index.idf(t) for t in question.terms}
        weights.update({t: CARRIED * index.idf(t) for t in question.carried})
        share = sum(w for t, w in weights.items() if index.df[t] == 0) / sum(weights.values())
        if top >= bands.answer and known > 1 and question.entities and share < bands.partly_unknown:
            return 0.0
        return share

    def _previous_if_it_tells(
        self, question: Question, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """A follow-up asking a detail ("where was he speaking?") of the fact the previous
        answer cited is answered by that fact when its sentence states the detail; when it
        does not, by the fact beside it in its paragraph that does ("when was that?" after
        the joint statement: the visit it was signed on, the nearest, however few of the
        chat's words it shares)."""
        if question.previous_weight <= 0 or question.asks not in CHECKED:
            return ranked
        stating = [
            (position, scored.score)
            for position, (scored, fact) in enumerate(ranked)
            if (
                scored.score >= self.thresholds.suggest
                or fact.id == question.previous_fact
                or fact.id in question.onward[:1]
            )
            and self._states(fact, question)
        ]
        if not stating:
            return ranked
        best = max(score for _, score in stating)
        cited = [
            (p, score)
            for p, score in stating
            if ranked[p][1].id == question.previous_fact
            and self._of_its_words(question, ranked[p][1])
        ]
        # The cited fact first, unless the follow-up's own words find a fact stating the
        # detail far better («а что он сказал про результаты?»: the results he spoke of).
        if cited and not (question.terms and cited[0][1] < best - self.thresholds.margin):
            return self._lifted(ranked, cited[0][0])
        position = stating[0][0]
        beside = ranked[position][1].id in question.onward
        return (
            self._lifted(ranked, position)
            if beside or self._same_speaker(question, ranked[position][1])
            else ranked
        )

    def _same_speaker(self, question: Question, fact: Fact) -> bool:
        """Whether *fact* names a person the cited fact names: "where did he say it?" after
        one of the attaché's remarks is answered by the sentence giving where he spoke,
        though it stands in another paragraph."""
        previous = self._previous_fact(question)
        if previous is None:
            return False
        persons = {
            label
            for label in previous.entities
            if (concept := self.briefing.concept(self.briefing.entity_id(label)))
            and concept.kind == "person"
        }
        return not persons.isdisjoint(fact.entities)

    def _of_its_words(self, question: Question, fact: Fact) -> bool:
        """Whether a "who?" follow-up asks who in *fact*'s sentence: its own words that some
        fact uses, if it has any, include one of that sentence's. "So who comes out on top?"
        after the distrust between Moscow and Baku asks no one that sentence names."""
        if question.asks != Detail.PERSON:
            return True  # "where was he talking?": the place of what the sentence says
        known = set(self.briefing.index.used(question.terms))
        return not known or self._says_any(fact, known)

    def _linked_first(
        self, question: Question, ranked: list[tuple[Scored, Fact]]
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with the fact a curator linked the question to first, scored as the
        best: the link answers it, whatever other facts its words come close to. Its example
        question puts it among the first few (only those are looked at: each look folds a
        fact's example questions)."""
        for position, (scored, fact) in enumerate(ranked[:LINKED_REACH]):
            if self._linked(question, fact):
                best = max(scored.score, ranked[0][0].score, self.thresholds.answer)
                rest = ranked[:position] + ranked[position + 1 :]
                return [(replace(scored, score=best), fact), *rest]
        return ranked

    def _lifted(
        self, ranked: list[tuple[Scored, Fact]], position: int
    ) -> list[tuple[Scored, Fact]]:
        """The ranking with the fact at *position* first, scored at least as answered."""
        scored, fact = ranked[position]
        lifted = replace(scored, score=max(scored.score, self.thresholds.answer))
        return [(lifted, fact), *ranked[:position], *ranked[position + 1 :]]

    def _sides(self, question: Question) -> list[tuple[Scored, Fact]]:
        """For a comparison, the best fact for each side: each named party, or each source
        article. Empty when a side has nothing close enough to suggest."""
        suggest = self.thresholds.suggest
        if question.compares == "sources":
            # What each article says on the words asked; where an article has nothing
            # close enough, what it says about the subject: every fact about it fits.
            by_source = self._best_by_source(question)
            if question.entities:
                for source, item in self._best_by_source(self._names_only(question)).items():
                    if source not in by_source or by_source[source][0].score < suggest:
                        by_source[source] = item
            sides = list(by_source.values())
        elif len(parties := self._parties(question)) >= 2:
            sides = []
            ground = tuple(c for c in question.entities if c not in parties)  # the hub
            for party in parties:
                alone = replace(question, entities=(party, *ground))
                best = collapse(self.matcher.score(alone), 3, self.briefing.fact)
                if not best or best[0][0].score < suggest:
                    # Nothing about this party uses the words asked: its facts all fit.
                    best = collapse(
                        self.matcher.score(self._names_only(alone)), 3, self.briefing.fact
                    )
                fresh = [
                    item
                    for item in best
                    if party.id in item[0].doc.labels and all(item[1].id != f.id for _, f in sides)
                ]
                if fresh:
                    sides.append(fresh[0])
        else:
            return []
        if any(s.score < suggest for s, _ in sides):
            return []
        return sorted(sides, key=lambda item: -item[0].score)

    def _best_by_source(self, question: Question) -> dict[str, tuple[Scored, Fact]]:
        """The best fact of each source article for a question."""
        by_source: dict[str, tuple[Scored, Fact]] = {}
        for item in self._ranked(question, 50):
            by_source.setdefault(item[1].source, item)
        return by_source

    def _from_sources(
        self, question: Question, ranked: list[tuple[Scored, Fact]], limit: int
    ) -> list[tuple[Scored, Fact]]:
        """Only facts from the article the question names, when it names one that exists."""
        wanted = self.briefing.articles_about(question.sources)
        if not wanted:
            return ranked
        kept: list[tuple[Scored, Fact]] = []
        for asked in (question, self._about_the_article(question)):
            ranked = collapse(self.matcher.score(asked), 10 * limit, self.briefing.fact)
            kept = [item for item in ranked if item[1].article_id in wanted][:limit]
            if kept:
                break
        return kept

    def _about_the_article(self, question: Question) -> Question:
        """A question on an article whose words find nothing in it ("who does the Turkey
        piece quote?") weighed over the facts about what the article is named for: its
        best guess comes from that article, not from the other one."""
        named = [c for i in question.sources if (c := self.briefing.concept(i)) is not None]
        return replace(question, entities=(*question.entities, *named))

    def _titled(self, question: Question) -> Question:
        """A question asking where something comes from in the words of one article's title
        («первоисточник информации о военном сближении Китая и Азербайджана?») names that
        article: its names are read as the article's."""
        if question.sources or question.previous_fact or not question.entities:
            return question
        # not "is the author for or against …?": his view, not where it comes from
        if not (PROVENANCE - _AUTHOR).intersection(question.words):
            return question
        if asks_conclusion(list(question.words)):
            return question
        names = tuple(sorted(question.entity_ids))
        articles = self.briefing.articles_about(names)
        if len(articles) != 1 or not self._in_title_words(question, articles):
            return question
        return replace(question, sources=names)

    def _in_title_words(self, question: Question, articles: Iterable[str]) -> bool:
        """Whether every search word of a question asks where something comes from or is a
        word of these articles' titles, in the original or in translation («источник
        материала о военном сближении»: the title's words name the article too), or a word
        for an article («на какой источник ссылается публикация о …?»)."""
        index = self.briefing.index
        allowed = {index.correct(word) for word in PROVENANCE | _ARTICLE}
        for article_id in articles:
            article = self.briefing.articles[article_id]
            for title in filter(None, (article.title, article.title_en)):
                allowed.update(index.text_terms(title))
        return all(term in allowed for term in question.terms)

    def _sources_as_names(self, question: Question) -> Question:
        """A name read as an article's that no article is about («обе статьи про Россию
        что пишут»): it is what the question asks about."""
        about = self.briefing.articles_about
        lacking = [i for i in question.sources if not about((i,))]
        named = [c for i in lacking if (c := self.briefing.concept(i)) is not None]
        if not named:
            return question
        sources = tuple(i for i in question.sources if i not in lacking)
        return replace(question, entities=(*question.entities, *named), sources=sources)

    def _the_article_only(self, question: Question) -> Question:
        """A question that names only an article, or asks only where it comes from
        («источник статьи про Китай», "what outlet is the China piece from?"), asks about
        it: its facts are weighed as those of its name and, for where it comes from, of
        the outlet it is from (the sentence citing it first). Of an article whose outlet
        the briefing does not know, where it comes from is left unanswered. A follow-up that
        names no article asks it of the cited fact's ("source?": :meth:`_source_of_previous`)."""
        # "the China–Azerbaijan piece": names of its title, all of them the article's name
        names = (*question.sources, *sorted(question.entity_ids))
        if not question.sources:
            return self._source_of_previous(question)
        if question.topics:
            return question
        articles = self.briefing.articles_about(names)
        if question.entities and not articles:
            return question
        if not self._in_title_words(question, articles):
            return question
        index = self.briefing.index
        named = [c for i in names if (c := self.briefing.concept(i)) is not None]
        asks = question.asks
        # "who's the author?", not "what does the author conclude?"
        concluding = asks_conclusion(list(question.words))
        asked = [word for word in question.words if word in PROVENANCE and not concluding]
        if question.terms or asked:
            outlets = self._outlets(articles)
            if not outlets:  # searched as words no fact uses, as "who published it?" is
                terms = (*question.terms, *(index.correct(word) for word in asked))
                return replace(question, terms=tuple(dict.fromkeys(terms)))
            named += outlets
            asks = None  # "who was the source?": the outlet, not a person
        return replace(question, entities=tuple(named), terms=(), asks=asks)

    def _in_other_article(self, question: Question) -> Question:
        """A follow-up asking of "the other article" («а вторая статья о чём?») names the
        articles the fact cited last is not from, by the names their titles give and its
        article's title does not ("Turkey" after a fact of the China article); the names
        only that article's title gives are no longer asked about."""
        previous = self._previous_fact(question)
        if previous is None or previous.article_id is None or not asks_other_article(question):
            return question
        titles = self.briefing.title_names
        cited = titles(previous.article_id)
        others = [i for i in self.briefing.articles if i != previous.article_id]
        names = [name for i in others for name in sorted(titles(i) - cited)]
        theirs = cited.difference(*(titles(i) for i in others))
        return replace(
            question,
            sources=tuple(dict.fromkeys((*question.sources, *names))),
            entities=tuple(c for c in question.entities if c.id not in theirs),
        )

    def _same_in_other_article(self, question: Question) -> Question:
        """A follow-up asking only the same of another article ("and the Turkish article,
        same thing there?" after China's talk of making weapons in Azerbaijan) carries the
        rarest words of the fact cited last (its localising), not only those of the
        question before it."""
        if question.terms or not question.sources or not says_same(list(question.words)):
            return question  # "and the Turkey story?" asks what it says, not the same
        previous = self._previous_fact(question)
        if previous is None or set(question.sources) <= self.briefing.title_names(
            previous.article_id or ""
        ):
            return question  # nothing cited, or the same article
        if self.analyse(question.text).entity_ids - set(question.sources):
            return question  # "same take on Russia?" asks of Russia
        index = self.briefing.index
        own = {t for t in index.text_terms(previous.statement) if index.df[t] > 0}
        rarest = sorted(own, key=lambda t: (index.df[t], t))[:CARRIED_RAREST]
        return replace(question, carried=tuple(dict.fromkeys((*question.carried, *rarest))))

    def _source_of_previous(self, question: Question) -> Question:
        """A follow-up asking only where the fact cited last comes from ("source?", «откуда
        это?») asks for the outlet of its article: the sentence citing it."""
        previous = self._previous_fact(question)
        if previous is None or previous.article_id is None or not asks_source(question):
            return question
        outlets = self._outlets({previous.article_id})
        if not outlets:
            return question
        return replace(
            question,
            entities=(*question.entities, *outlets),
            topics=(),
            terms=(),
            carried=(),
            stems="",
            asks=None,
            previous_fact=None,  # then weighed as the question asked of that article alone
            onward=(),
            previous_weight=0,
        )

    def _outlets(self, article_ids: set[str]) -> list[Concept]:
        """The outlets, as names of the briefing, of these articles."""
        articles = [self.briefing.article(i) for i in article_ids]
        outlets = [self.briefing.named(a.outlet) for a in articles if a and a.outlet]
        return [outlet for outlet in outlets if outlet is not None]

    @staticmethod
    def _names_only(question: Question) -> Question:
        """The question reduced to the names it asks about; its words only order the facts."""
        return replace(question, terms=(), carried=(), topics=())

    def _parties(self, question: Question) -> list[Concept]:
        """The entities a comparison sets side by side: not the briefing's hub (an entity
        most facts are about), which is the ground they are compared on."""
        return self._parties_in(question.entities)

    def _parties_in(self, entities: Iterable[Concept]) -> list[Concept]:
        """Of *entities*, those that are not the briefing's hub."""
        index = self.briefing.index
        return [c for c in entities if index.label_df[c.id] <= HUB * len(index)]

    def _named_in(self, fact: Fact) -> dict[str, str]:
        """The entities (id → kind) a fact's source sentence names; kept per fact version."""
        return self._per_fact(self._named, fact, lambda: self._names_in_sentence(fact))

    def _names_in_sentence(self, fact: Fact) -> dict[str, str]:
        """The entities (id → kind) a fact's source sentence names."""
        text = evidence(fact)
        tokens = raw_tokens(text)
        kinds: dict[str, str] = {}
        for m in self.briefing.vocabulary.find(tokens, typos=False, topics=False):
            if kinds.get(m.concept.id) != "person":
                kinds[m.concept.id] = _kind_as_named(m.concept.kind, tokens[m.start : m.end])
        folded = fold(text)
        for label in fact.entities:  # names the alias tables miss ("Altyn-orda.kz")
            concept = self.briefing.concept(self.briefing.entity_id(label))
            if concept and (fold(concept.name_en) in folded or fold(concept.name_ru) in folded):
                kinds[concept.id] = concept.kind
        return kinds

    def _in_words_asked(self, question: Question, fact: Fact) -> bool:
        """Whether a fact uses a word of the phrase asking the question's kind ("mean",
        «значит»: the synonym group of «означает»)."""
        index = self.briefing.index
        asked = {index.term(word) for word in question.words if word in markers(question.asks)}
        return any(not asked.isdisjoint(field) for field in self._field_terms(fact))

    def _field_terms(self, fact: Fact) -> tuple[frozenset[str], ...]:
        """The search terms of each field of a fact (statements, quotes, example questions)
        apart, for breaking ties; kept per fact version."""
        terms = self.briefing.index.text_terms  # the pieces' terms, remembered
        texts = (fact.statement, fact.statement_ru, fact.quote, fact.quote_en, *fact.questions)
        return self._per_fact(
            self._fields, fact, lambda: tuple(frozenset(terms(text)) for text in texts if text)
        )

    def _states(self, fact: Fact, question: Question) -> bool:
        """Whether the fact states the detail asked; a curator who made the question one of
        the fact's example questions (linked from /gaps) has said it does."""
        if self._linked(question, fact):
            return True
        return states(
            evidence(fact),
            question.asks,
            strict=question.strict,
            asked_entities=self._given(question),
            asked_words=self._asked_words(question),
            entity_kinds=lambda: self._named_beyond_roles(fact, question),
            capitals=self.briefing.vocabulary.capitals,
            within=question.within,
        )

    def _asked_words(self, question: Question) -> frozenset[str]:
        """The question's words and the names of the parties it names, in both languages and
        the Russian cases: "in Azerbaijan" says no place to "where in Azerbaijan?", nor
        «в Азербайджане» to it. To "who?", a role after "which" is asked, not given: "who
        signed, which ministers?" (or «какие такие министры?») is answered by «министры
        обороны двух стран», and so is "who signed it, the ministers?", whose guess after the
        comma (or guesses after a dash) is asked too. Of a message of several questions, the
        first gives them: "where were they signed? confirm Istanbul?" guesses Istanbul."""
        question = self._asking_part(question)
        words, entities = question.words, question.entities
        asked = questions_asked(question.text)
        if len(asked) > 1:
            first = self.analyse(asked[0])
            words, entities = first.words, first.entities
        if question.asks is Detail.PERSON:
            guessed = guessed_words(question.text)
            words = tuple(  # «какие такие эксперты?»: a word between
                w
                for n, w in enumerate(words)
                if WHICH.isdisjoint(words[max(0, n - WHICH_REACH) : n]) and w not in guessed
            )
        return frozenset(words).union(*map(name_forms, entities))

    @staticmethod
    def _linked(question: Question, fact: Fact) -> bool:
        """Whether a curator made the question one of the fact's example questions."""
        return bool(fact.questions) and fold(question.text) in _folded(fact.questions)

    def _named_beyond_roles(self, fact: Fact, question: Question) -> dict[str, str]:
        """What the fact names, with their kinds, less anyone the question names whom the
        fact too names only by a role: to "who is the attaché?", «по словам китайского
        представителя» names nobody; «атташе полковник Сун Джун» does. To "who?" about
        countries, less the people of other countries."""
        named = self._named_in(fact)
        asked = question.entity_ids
        kept = {e: kind for e, kind in named.items() if kind != "role" or e not in asked}
        # ... of the countries it names itself: those a follow-up keeps from before are what
        # was said about ("who said that?" after the training's results for Azerbaijan)
        countries = {
            c.id
            for c in question.entities
            if c.kind == "country" and c.id not in question.previous_entities
        }
        if question.asks not in (Detail.PERSON, Detail.NAME) or not countries:
            return kept
        # "who is China's president?": not Azerbaijan's, whom the sentence names
        country_of = self.briefing.vocabulary.country_of
        return {
            e: kind
            for e, kind in kept.items()
            if kind not in PEOPLE or e in asked or country_of(e) in (None, *countries)
        }

    def _only_about(self, fact: Fact, question: Question) -> bool:
        """Whether a fact is about what the question asks beyond ("besides purchases") and
        gives nothing more ("not only purchases but …" does). A sentence that does not name
        it itself, only its summary or example questions do, and sets something above it
        ("far more significant is the defence industry") is about that, not it."""
        uses = frozenset().union(*self._field_terms(fact))
        text = evidence(fact)
        if not uses.issuperset(question.excepted) or goes_beyond(text):
            return False
        if self._listed_after(fact, set(question.excepted)):
            return False  # "besides the exhausted industry?": the rest of its list
        said = frozenset(self.briefing.index.text_terms(text))
        return said.issuperset(question.excepted) or not sets_above(text)

    def _names_someone(self, fact: Fact, given: frozenset[str]) -> bool:
        """Whether the fact names a person by name, other than those *given*."""
        return any(k == "person" and e not in given for e, k in self._named_in(fact).items())

    def _introduces(self, fact: Fact, given: frozenset[str]) -> bool:
        """Whether the sentence names a person other than those *given* twice over, by
        post and by name ("the PRC's military attaché in Azerbaijan, Colonel Song Jun"):
        it says who they are, where another only quotes them."""
        tokens = raw_tokens(fact.quote)  # the sentence itself, not also its translation
        found = self.briefing.vocabulary.find(tokens, typos=False, topics=False)
        people = [m.concept.id for m in found if m.concept.kind == "person"]
        return any(people.count(person) > 1 for person in set(people) - given)

    def _asking_part(self, question: Question) -> Question:
        """The question read without a remark after its last question: "Where were the
        documents signed? I have only seen Istanbul on postcards." gives no Istanbul."""
        head = through_last_question(question.text)
        if head.strip() == question.text.strip():
            return question
        return replace(self.analyse(head), asks=question.asks)

    def _given(self, question: Question) -> frozenset[str]:
        """The entities a question already gives: for "who?" or a name, a person it names
        only by a role ("what is the attaché's name?") is what it asks, not what it gives;
        one it names by name gives their country too («президента Азербайджана Ильхама
        Алиева» names nobody new to "whom did Aliyev meet?"). A country named as where a war
        is gives no side of it ("who is Baku backing in the Ukraine war?": Kyiv)."""
        question = self._asking_part(question)
        if question.asks not in (Detail.NAME, Detail.PERSON):
            return question.entity_ids
        words = set(question.words)
        given = {
            concept.id
            for concept in question.entities
            if (concept.kind != "person" or words.intersection(name_forms(concept)))
            and not _war_in(list(question.words), concept)
        }
        vocabulary = self.briefing.vocabulary
        countries = {vocabulary.country_of(person) for person in given}
        return frozenset(given | {country for country in countries if country})

    def _results(self, ranked: Iterable[tuple[Scored, Fact]], lang: str) -> tuple[Result, ...]:
        return tuple(self.briefing.result(fact, lang, s.score) for s, fact in ranked)


def _beyond_cited(
    question: Question, previous: Fact, ranked: list[tuple[Scored, Fact]]
) -> list[tuple[Scored, Fact]]:
    """The ranking for a follow-up asking beyond the cited fact: away from every fact
    citing its sentence, not only it. Two steps on purpose: the matcher passes over the
    cited fact before near-duplicates are dropped, so that another fact stands for the
    sentence, and that one is passed over here; one step would let the cited fact stand.
    "What else?" asks for the other items of the list it gives, though: they stay. What
    else there is, or what its words mean, is never the sentence itself: it is passed over
    once more."""
    listed = set(question.onward) if asks_else(question) else set()
    twice = asks_meaning(question) or asks_else(question)
    return _shifted(
        ranked,
        lambda f: (
            -AVOID
            if f.quote == previous.quote and (f.id != previous.id or twice) and f.id not in listed
            else 0.0
        ),
    )


def _war_in(words: list[str], concept: Concept) -> bool:
    """Whether a question names a country as where a war is ("the Ukraine war", «в войне на
    Украине»), in one of the forms of its name or an adjective of it («в украинском
    вопросе», "the Ukrainian crisis")."""
    forms = name_forms(concept)
    stems = tuple(form[:-1] for form in forms if len(form) >= ADJECTIVE_FROM)
    for n, word in enumerate(words):
        if word not in forms and not word.startswith(stems):
            continue
        if words[n + 1 : n + 2] and words[n + 1] in _WAR:
            return True
        if n >= 2 and words[n - 2] in _WAR and words[n - 1] in _IN:
            return True
    return False


def _agrees_less_sure(alone: Answer, again: Answer) -> bool:
    """Whether a question read with the chat's context is only unsure of the fact that
    answers it read alone."""
    return (
        alone.outcome == Outcome.ANSWERED
        and again.outcome == Outcome.UNSURE
        and bool(alone.results and again.results)
        and alone.results[0].fact_id == again.results[0].fact_id
    )


def _serves_purpose(text: str) -> bool:
    """Whether an evidence text gives a motive or what something allows."""
    return STEERS[Detail.REASON](text) or STEERS[Detail.RESULT](text)


def _kind_as_named(kind: str, tokens: list[str]) -> str:
    """A person named only by a role in lower case («китайского представителя») is a
    "role": it tells who, not their name."""
    if kind == "person" and not any(token[:1].isupper() for token in tokens):
        return "role"
    return kind


@functools.lru_cache(maxsize=NAMED_CACHE)
def _folded(questions: tuple[str, ...]) -> frozenset[str]:
    """A fact's example questions folded, as a question asked is compared with them; kept,
    as the same facts come up again and again."""
    return frozenset(fold(question) for question in questions)


def _comma_after_last(text: str, words: list[str], at: list[int]) -> bool:
    """Whether the last of the *words* of *text* standing *at* these positions (what the
    reader named) stands right before a comma: a list goes on after it («о передаче
    технологий, совместных учениях, …»; «промышленность истощена, экспортный потенциал
    снижен»)."""
    if not at:
        return False
    return re.search(rf"\b{re.escape(words[max(at)])},", text, re.I) is not None


def _swaps_party(question: Question) -> bool:
    """Whether a follow-up only names another party («а Европа?», "and the US?"): no word
    or kind of its own to ask."""
    return bool(question.entity_ids - question.previous_entities) and not (
        question.terms or question.asks
    )


def _only_in_preamble(question: Question) -> bool:
    """Whether every name the briefing lacks stands in what the reader says before asking
    ("I'm writing a brief on Caspian security; according to the piece, who …?"): the
    setting of the question, not what it asks about."""
    head, _, asked = question.text.rpartition(";") if ";" in question.text else ("", "", "")
    if not head:
        head, _, asked = question.text.partition(":")
    if not asked.strip():
        return False
    return all(
        n.casefold() in head.casefold() and n.casefold() not in asked.casefold()
        for n in question.unknown
    )


def _nothing_to_search(question: Question) -> bool:
    """Whether a question is only words that lean on an earlier one ("why?", «а дальше?»,
    "tell me more"): no name, topic, article or word of its own to search."""
    return bool(question.words) and not (
        question.entities
        or question.topics
        or question.terms
        or question.carried
        or question.unknown
        or question.sources
    )


def _shifted(
    ranked: list[tuple[Scored, Fact]], points: Callable[[Fact], float]
) -> list[tuple[Scored, Fact]]:
    """The ranking with each fact's score moved by *points* of it, sorted again."""
    moved = [(replace(s, score=s.score + points(f)), f) for s, f in ranked]
    return sorted(moved, key=lambda item: -item[0].score)
