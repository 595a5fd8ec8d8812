"""Properties that hold for every input, beside the hostile-input tests that only check
nothing breaks: folding is idempotent, cutting and fitting stay within their bounds, and every
button's callback data reads back as it was built. (Export → import → export giving the same
backup is shown in test_backup.py.)"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot import keyboards
from bot.render import TELEGRAM_LIMIT, fit_blocks, visible_length
from bot.texts import clip
from knowledge.language.words import content_tokens, fold

TEXT = st.text(max_size=300)


@given(TEXT)
@example("Aᲀ")  # «ᲀ» folds to «в»: the word mixes the alphabets only once folded
@example("əв")  # «ə» folds to a Latin "e"
def test_folding_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(TEXT)
def test_content_words_of_folded_text_are_the_same(text):
    assert content_tokens(fold(text)) == content_tokens(text)


@given(TEXT, st.integers(min_value=1, max_value=400), st.booleans())
def test_clip_stays_within_its_bound_and_keeps_short_text(text, limit, words):
    clipped = clip(text, limit, words=words)
    assert len(clipped) <= limit
    if len(text) <= limit:
        assert clipped == text


@settings(max_examples=50)
@given(st.lists(st.text(min_size=1, max_size=2000), max_size=8))
def test_a_fitted_reply_stays_within_telegrams_limit(blocks):
    escaped = [b.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for b in blocks]
    assert visible_length(fit_blocks(escaped, "…")) <= TELEGRAM_LIMIT


@given(st.data())
def test_every_button_kind_reads_back_the_data_it_built(data):
    kind = data.draw(st.sampled_from((*keyboards.USER_KINDS, *keyboards.ADMIN_KINDS)))
    sent = data.draw(st.from_regex(kind.pattern, fullmatch=True))
    arguments = kind.parse(sent)
    assert arguments is not None
    if kind.fits(*arguments):
        assert kind.data(*arguments) == sent
        assert kind.parse(kind.data(*arguments)) == arguments
