"""A group's settings are the group's: its follows, digest and time zone are changed only by
its administrators.

Telegram says who they are (``getChatMember``); the answer is kept for ``CACHE_SECONDS`` per
group and member, so a burst of commands costs one call. In a private chat the user is the
chat, and an anonymous administrator (a message sent as the group) is the group itself.
"""

from __future__ import annotations

import functools
import time

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType

from bot.access import Callback
from bot.context import Context
from bot.texts import reader_lang, t

CACHE_SECONDS = 60.0  # how long a member's status is believed
CACHE_SIZE = 4096  # members remembered at most (the oldest are forgotten first)
ADMINS = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})


async def _is_group_admin(context: Context, chat_id: int, user_id: int) -> bool:
    cache = context.bot_data.group_admins
    now = time.monotonic()
    known = cache.get((chat_id, user_id))
    if known is not None and now - known[0] <= CACHE_SECONDS:
        return known[1]
    member = await context.bot.get_chat_member(chat_id, user_id)
    cache.pop((chat_id, user_id), None)
    cache[chat_id, user_id] = (now, member.status in ADMINS)
    while len(cache) > CACHE_SIZE:
        del cache[next(iter(cache))]
    return cache[chat_id, user_id][1]


async def may_change_settings(update: Update, context: Context) -> bool:
    """Whether the sender may change the chat's settings; refused in one line when not."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id  # the group's anonymous administrator
    user = update.effective_user
    if user is not None and await _is_group_admin(context, chat.id, user.id):
        return True
    text = t("group_admins_only", reader_lang(update, context))
    if update.callback_query:
        await update.callback_query.answer(text, show_alert=True)
    elif message is not None:
        await message.reply_text(text)
    return False


def group_settings(callback: Callback) -> Callback:
    """Run *callback* only for who may change the chat's settings (see module docstring)."""

    @functools.wraps(callback)
    async def guarded(update: Update, context: Context) -> object:
        if not await may_change_settings(update, context):
            return None
        return await callback(update, context)

    return guarded
