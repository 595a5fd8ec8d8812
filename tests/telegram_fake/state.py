"""The fake Bot API's state and its methods, without any socket.

:class:`FakeBotApi` keeps what Telegram's servers keep for one bot (chats, messages, files,
pending updates, callback and inline queries), answers the Bot API methods briefbot calls
like Telegram does (same status codes and descriptions, same validation of HTML, lengths and
keyboards), records every call, and injects faults on request. Tests drive it with the
``push_*`` methods, read it with ``calls`` / ``sent_messages`` / ``wait_for``, and break it
with ``inject``.

:meth:`FakeBotApi.handle` takes one HTTP request as python-telegram-bot sends it (method,
path, content type, body) and returns the HTTP reply, or None for a dropped connection. The
request reaches it over a socket (``tests.telegram_fake.server``): the bot's own HTTP client
(bot/transport.py, aiohttp) offers no in-process seam to hand it over.

How requests are decoded and replies encoded: ``tests.telegram_fake.wire``; what Telegram
accepts in a message or keyboard: ``tests.telegram_fake.checks``.
"""

from __future__ import annotations

import copy
import mimetypes
import re
import threading
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

from tests.telegram_fake.checks import (
    MAX_DOWNLOAD_BYTES,
    MAX_PHOTO_BYTES,
    NOT_MODIFIED,
    check_commands,
    check_inline_results,
    check_markup,
    format_text,
    image_size,
)
from tests.telegram_fake.wire import (
    ApiError,
    Call,
    Reply,
    bad,
    error_reply,
    int_param,
    json_reply,
    parse_params,
)
from tests.telegram_html import utf16_len

# what sendChatAction accepts
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}

BOT_ID = 1000
BOT_USERNAME = "briefbot_test_bot"
BOT_USER: dict[str, Any] = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "BriefBot",
    "username": BOT_USERNAME,
}

FAULTS = ("500", "502", "429", "drop", "timeout", "409", "403")

# the fields of a ChatMemberAdministrator besides its status and user
ADMIN_RIGHTS = (
    "can_be_edited",
    "is_anonymous",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>"
    "\r\n</body>\r\n</html>\r\n"
)

# Update types Telegram does not deliver unless explicitly listed in allowed_updates.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def _update_type(update: dict[str, Any]) -> str:
    return next((k for k in update if k != "update_id"), "")


class FakeBotApi:
    """The Bot API of one bot, in process (see the module docstring)."""

    #: where the fake pretends to live; a served fake (FakeTelegram) answers on 127.0.0.1
    origin = "http://api.telegram.invalid"

    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.token = token
        #: how long a "timeout" fault holds the request before dropping it
        self.hold_seconds: float = 3.0
        #: upper bound for a getUpdates long poll, whatever timeout the client asks for
        self.max_poll_seconds: float = 60.0
        #: chat ids that "blocked the bot": sending to them gives 403 Forbidden
        self.blocked: set[int] = set()
        #: exceptions raised inside the fake's own methods (bugs in the fake)
        self.errors: list[BaseException] = []
        #: the webhook set with setWebhook ("" when none): getUpdates is refused meanwhile
        self.webhook_url = ""
        self.webhook_secret: str | None = None

        self._cond = threading.Condition(threading.RLock())
        self._stop_event = threading.Event()
        self._stopping = False

        self._calls: list[Call] = []
        self._sent: list[dict[str, Any]] = []
        self._pending: list[dict[str, Any]] = []
        self._faults: dict[str, list[tuple[str, int]]] = {}
        self._next_update_id = 100_001
        self._last_pushed_update_id: int | None = None
        self._max_poll_offset: int | None = None
        self._polls_cut = 0  # bumped to end the long polls under way
        self._next_message_id = 1
        self._next_file = 1
        self._next_query = 1
        self._chats: dict[int, dict[str, Any]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._last_bot_message: dict[int, tuple[int, int]] = {}
        self._files: dict[str, dict[str, Any]] = {}
        self._files_by_path: dict[str, dict[str, Any]] = {}
        self._callback_queries: set[str] = set()
        self._inline_queries: set[str] = set()
        self._chat_admins: dict[int, set[int]] = {}  # by group: its administrators' ids

        methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "setChatMenuButton": self._set_chat_menu_button,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "getFile": self._get_file,
            "getChatMember": self._get_chat_member,
            "sendChatAction": self._send_chat_action,
        }
        self._methods = {name.lower(): (name, fn) for name, fn in methods.items()}

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> FakeBotApi:
        """Nothing to start in process (a served fake starts its server)."""
        return self

    def stop(self) -> None:
        """Wake long polls and held requests: they return at once."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._stop_event.set()

    def __enter__(self) -> FakeBotApi:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """Value for PTB's ``base_url`` (PTB appends the token)."""
        return f"{self.origin}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for PTB's ``base_file_url`` (PTB appends the token)."""
        return f"{self.origin}/file/bot"

    # ---------------------------------------------------------------- test-side: inspection

    @property
    def calls(self) -> list[Call]:
        """Snapshot of every request so far as ``(method, params)`` tuples (see :class:`Call`)."""
        with self._cond:
            return list(self._calls)

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message as it stands now (edits included), or None."""
        with self._cond:
            found = self._messages.get((int(chat_id), int(message_id)))
            return copy.deepcopy(found) if found is not None else None

    def sent_messages(self, chat_id: int | str | None = None) -> list[dict[str, Any]]:
        """Successful sendMessage / editMessageText / sendDocument / sendPhoto calls, oldest
        first.

        Each record: ``method``, ``chat_id``, ``message_id``, ``text`` (exactly as sent, i.e.
        raw HTML; the caption for documents and photos), ``plain_text`` (visible text after
        parsing),
        ``parse_mode``, ``reply_markup``, ``params``, ``message`` (the returned Message) and,
        for documents, ``file_name`` and ``file_bytes``; for photos, ``file_bytes``.
        """
        with self._cond:
            records = [
                r for r in self._sent if chat_id is None or str(r["chat_id"]) == str(chat_id)
            ]
            return copy.deepcopy(records)

    def sent_count(self) -> int:
        """How many messages were sent, edited or uploaded so far: a cheap poll for long runs,
        where copying every record with ``sent_messages`` would cost more than the bot."""
        with self._cond:
            return len(self._sent)

    def wait_for(
        self,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        method: str | None = "sendMessage",
        count: int = 1,
        timeout: float = 10.0,
        include_failed: bool = False,
        include_pending: bool = False,
    ) -> list[Call]:
        """Block until at least ``count`` successful calls of ``method`` (None = any method)
        whose params satisfy ``predicate`` exist in total; return all of them. With
        ``include_failed``, failed calls count too; with ``include_pending``, every call
        counts from its arrival on.

        Raises AssertionError with a dump of the recent calls on timeout.
        """
        wanted = method.lower() if method else None
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                matches = [
                    c
                    for c in self._calls
                    if (wanted is None or c.method.lower() == wanted)
                    and (
                        c.ok
                        or (include_failed and c.ok is not None)
                        or (include_pending and c.ok is None)
                    )
                    and (predicate is None or predicate(c.params))
                ]
                if len(matches) >= count:
                    return matches
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recent = "\n".join(f"  {c!r}" for c in self._calls[-20:]) or "  (none)"
                    raise AssertionError(
                        f"timed out after {timeout}s waiting for {count} {method or 'any'} "
                        f"call(s) matching {predicate!r}; found {len(matches)}.\n"
                        f"Recent calls:\n{recent}"
                    )
                self._cond.wait(remaining)

    def wait_until_polled(self, timeout: float = 10.0) -> bool:
        """Wait until getUpdates was called with an offset past every pushed update (i.e. the
        bot has fetched and confirmed them; it may still be processing them). If nothing was
        pushed, any getUpdates call counts, even one still waiting. Returns False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                offset = self._max_poll_offset
                last = self._last_pushed_update_id
                if offset is not None and (last is None or offset > last):
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)

    # ---------------------------------------------------------------- test-side: faults

    def inject(self, method: str, fault: str, *, times: int = 1, retry_after: int = 1) -> None:
        """Make the next ``times`` calls of ``method`` (case-insensitive, "*" = any) fail.

        ``fault``: "500", "502" (nginx HTML page, like the real thing), "429" (with
        parameters.retry_after), "409" (getUpdates conflict), "403" (bot blocked by user),
        "drop" (close the connection without a response) or "timeout" (hold the request for
        ``hold_seconds`` and then drop it).
        """
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {FAULTS}")
        with self._cond:
            self._faults.setdefault(method.lower(), []).extend([(fault, retry_after)] * times)
            if method.lower() in ("getupdates", "*"):
                # a long poll under way ends now (empty), so that the next one meets the fault
                self._polls_cut += 1
                self._cond.notify_all()

    # ---------------------------------------------------------------- test-side: updates

    @staticmethod
    def _user(
        user_id: int,
        first_name: str = "Test",
        username: str | None = None,
        language_code: str = "en",
    ) -> dict:
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }
        if username:
            user["username"] = username
        return user

    def _chat_for(
        self, chat_id: int, chat_type: str = "private", user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        chat = self._chats.get(chat_id)
        if chat is not None and chat["type"] == chat_type:
            return chat
        chat = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = (user or {}).get("first_name", "Test")
            if user and user.get("username"):
                chat["username"] = user["username"]
        else:
            chat["title"] = f"Test {chat_type}"
        self._chats[chat_id] = chat
        return chat

    def _new_message_id(self) -> int:
        mid = self._next_message_id
        self._next_message_id += 1
        return mid

    def push_update(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Queue an arbitrary Update dict (update_id is assigned if missing); returns it."""
        with self._cond:
            update = dict(raw)
            if "update_id" not in update:
                update = {"update_id": self._next_update_id, **update}
            self._next_update_id = max(self._next_update_id, update["update_id"] + 1)
            last = self._last_pushed_update_id
            self._last_pushed_update_id = max(last or 0, update["update_id"])
            self._pending.append(copy.deepcopy(update))
            self._pending.sort(key=lambda u: u["update_id"])
            self._cond.notify_all()
            return update

    def push_message(
        self,
        text: str,
        *,
        user_id: int = 42,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Test",
        username: str | None = None,
        language_code: str = "en",
        reply_to_message: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Queue a text message from a user; returns the Update.

        ``chat_id`` defaults to ``user_id`` for private chats and ``-user_id`` otherwise.
        Text starting with "/" gets a bot_command entity, as Telegram adds.
        """
        with self._cond:
            if chat_id is None:
                chat_id = user_id if chat_type == "private" else -user_id
            user = self._user(user_id, first_name, username, language_code)
            chat = self._chat_for(chat_id, chat_type, user)
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
                "text": text,
            }
            if text.startswith("/"):
                command = text.split()[0]
                msg["entities"] = [
                    {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
                ]
            if reply_to_message is not None:
                msg["reply_to_message"] = copy.deepcopy(reply_to_message)
            self._messages[(chat_id, msg["message_id"])] = msg
            return self.push_update({"message": copy.deepcopy(msg)})

    def push_edit(self, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """Queue an edited_message: the user changed their message *message_id* to *text*."""
        with self._cond:
            msg = self._messages[(chat_id, message_id)]
            msg["text"], msg["edit_date"] = text, int(time.time())
            if text.startswith("/"):
                command = text.split()[0]
                msg["entities"] = [
                    {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
                ]
            else:
                msg.pop("entities", None)
            return self.push_update({"edited_message": copy.deepcopy(msg)})

    def push_callback(
        self,
        data: str,
        *,
        user_id: int = 42,
        message: dict[str, Any] | None = None,
        language_code: str = "en",
    ) -> dict[str, Any]:
        """Queue a callback_query (inline button press); returns the Update.

        ``message``: the message carrying the button; by default the last message the bot
        sent to ``user_id``.
        """
        with self._cond:
            if message is None:
                key = self._last_bot_message.get(user_id)
                if key is None or key not in self._messages:
                    raise AssertionError(f"the bot has not sent any message to {user_id} yet")
                message = self._messages[key]
            else:
                key = (message["chat"]["id"], message["message_id"])
                self._messages.setdefault(key, copy.deepcopy(message))
            query_id = str(9_000_000_000 + self._next_query)
            self._next_query += 1
            self._callback_queries.add(query_id)
            query = {
                "id": query_id,
                "from": self._user(user_id, language_code=language_code),
                "message": copy.deepcopy(message),
                "chat_instance": f"-{7_000_000 + abs(int(message['chat']['id']))}",
                "data": data,
            }
            return self.push_update({"callback_query": query})

    def push_inline(
        self, query: str, *, user_id: int = 42, language_code: str = "en"
    ) -> dict[str, Any]:
        """Queue an inline_query; returns the Update."""
        with self._cond:
            query_id = str(8_000_000_000 + self._next_query)
            self._next_query += 1
            self._inline_queries.add(query_id)
            inline = {
                "id": query_id,
                "from": self._user(user_id, language_code=language_code),
                "query": query,
                "offset": "",
                "chat_type": "private",
            }
            return self.push_update({"inline_query": inline})

    def _register_file(self, file_name: str | None, content: bytes, mime_type: str | None) -> dict:
        n = self._next_file
        self._next_file += 1
        ext = ""
        if file_name and "." in file_name:
            ext = "." + re.sub(r"[^A-Za-z0-9]", "", file_name.rsplit(".", 1)[1])[:10]
        record = {
            "file_id": f"BQACAgIAAxkBAAI{n:06d}",
            "file_unique_id": f"AgAD{n:06d}",
            "file_path": f"documents/file_{n}{ext}",
            "file_name": file_name,
            "mime_type": mime_type
            or (mimetypes.guess_type(file_name or "")[0] or "application/octet-stream"),
            "content": content,
        }
        self._files[record["file_id"]] = record
        self._files_by_path[record["file_path"]] = record
        return record

    @staticmethod
    def _document_obj(record: dict[str, Any]) -> dict[str, Any]:
        doc = {
            "file_id": record["file_id"],
            "file_unique_id": record["file_unique_id"],
            "mime_type": record["mime_type"],
            "file_size": len(record["content"]),
        }
        if record["file_name"]:
            doc["file_name"] = record["file_name"]
        return doc

    def push_document(
        self,
        file_name: str,
        content: bytes,
        *,
        caption: str | None = None,
        user_id: int = 42,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str = "en",
    ) -> dict[str, Any]:
        """Queue a message with a document; the bot can fetch it via getFile + download.

        ``chat_id`` defaults as for :meth:`push_message`.
        """
        with self._cond:
            if chat_id is None:
                chat_id = user_id if chat_type == "private" else -user_id
            user = self._user(user_id, language_code=language_code)
            chat = self._chat_for(chat_id, chat_type, user)
            record = self._register_file(file_name, bytes(content), None)
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
                "document": self._document_obj(record),
            }
            if caption:
                msg["caption"] = caption
            self._messages[(chat_id, msg["message_id"])] = msg
            return self.push_update({"message": copy.deepcopy(msg)})

    # ---------------------------------------------------------------- request handling

    def handle(self, target: str, content_type: str, body: bytes) -> Reply | None:
        """Answer one HTTP request for *target* (path and query string); None means the
        connection is dropped without a reply (the "drop" and "timeout" faults)."""
        split = urllib.parse.urlsplit(target)
        path = urllib.parse.unquote(split.path)
        m = re.fullmatch(r"/bot([^/]*)/([^/]*)", path)
        if m:
            return self._serve_api(m.group(1), m.group(2), split.query, content_type, body)
        m = re.fullmatch(r"/file/bot([^/]*)/(.+)", path)
        if m:
            return self._serve_file(m.group(1), m.group(2))
        return error_reply(404, "Not Found")

    def _finish(self, call: Call, status: int, ok: bool, result: Any, description: Any) -> None:
        with self._cond:
            call.status = status
            call.ok = ok
            call.result = result
            call.description = description
            self._cond.notify_all()

    def _serve_api(
        self, token: str, method: str, query: str, content_type: str, body: bytes
    ) -> Reply | None:
        entry = self._methods.get(method.lower())
        name = entry[0] if entry else method
        try:
            params = parse_params(query, content_type, body)
        except (ValueError, UnicodeDecodeError) as exc:
            params = {"_unparseable": repr(exc)}
        call = Call(name, params)
        fault: tuple[str, int] | None = None
        with self._cond:
            self._calls.append(call)
            if token == self.token:
                for key in (method.lower(), "*"):
                    queue = self._faults.get(key)
                    if queue:
                        fault = queue.pop(0)
                        break
        if token != self.token:
            self._finish(call, 401, False, None, "Unauthorized")
            return error_reply(401, "Unauthorized")
        if fault is not None:
            call.fault = fault[0]
            return self._apply_fault(call, *fault)
        if entry is None:
            desc = "Not Found: method not found"
            self._finish(call, 404, False, None, desc)
            return error_reply(404, desc)
        try:
            if "_unparseable" in params:
                raise bad("can't parse request parameters")
            result = entry[1](params)
        except ApiError as exc:
            self._finish(call, exc.status, False, None, exc.description)
            return error_reply(exc.status, exc.description, exc.parameters)
        except Exception as exc:  # a bug in the fake itself
            self.errors.append(exc)
            desc = f"Internal Server Error (fake Bot API bug: {exc!r})"
            self._finish(call, 500, False, None, desc)
            return error_reply(500, desc)
        self._finish(call, 200, True, result, None)
        return json_reply(200, {"ok": True, "result": result})

    def _apply_fault(self, call: Call, fault: str, retry_after: int) -> Reply | None:
        if fault in ("drop", "timeout"):
            if fault == "timeout":
                self._stop_event.wait(self.hold_seconds)
            self._finish(call, 0, False, None, f"connection dropped (injected {fault})")
            return None
        if fault == "502":
            self._finish(call, 502, False, None, "Bad Gateway")
            return Reply(502, BAD_GATEWAY_PAGE.encode(), "text/html")
        parameters = None
        if fault == "429":
            desc = f"Too Many Requests: retry after {retry_after}"
            parameters = {"retry_after": retry_after}
        elif fault == "409":
            desc = (
                "Conflict: terminated by other getUpdates request; make sure that only one bot "
                "instance is running"
            )
        elif fault == "403":
            desc = "Forbidden: bot was blocked by the user"
        else:
            desc = "Internal Server Error"
        status = int(fault)
        self._finish(call, status, False, None, desc)
        return error_reply(status, desc, parameters)

    def _serve_file(self, token: str, file_path: str) -> Reply:
        call = Call("downloadFile", {"file_path": file_path})
        with self._cond:
            self._calls.append(call)
            record = self._files_by_path.get(file_path)
        if token != self.token:
            self._finish(call, 401, False, None, "Unauthorized")
            return error_reply(401, "Unauthorized")
        if record is None:
            self._finish(call, 404, False, None, "Not Found")
            return error_reply(404, "Not Found")
        self._finish(call, 200, True, None, None)
        return Reply(200, record["content"], "application/octet-stream")

    # ---------------------------------------------------------------- helpers for methods

    def _resolve_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad("chat_id is empty")
        with self._cond:
            if isinstance(chat_id, bool) or not isinstance(chat_id, int):
                raise bad("chat not found")  # @usernames are for channels, which the bot avoids
            if chat_id in self.blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            chat = self._chats.get(chat_id)
            if chat is None:
                chat = self._chat_for(chat_id, "private" if chat_id > 0 else "group")
            return chat

    def _store_bot_message(
        self,
        chat: dict[str, Any],
        fields: dict[str, Any],
        markup: dict[str, Any] | None,
        params: dict[str, Any],
    ) -> dict[str, Any]:
        with self._cond:
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(),
                "from": dict(BOT_USER),
                "chat": copy.deepcopy(chat),
                "date": int(time.time()),
            }
            msg.update(fields)
            reply = params.get("reply_parameters") or {}
            reply_id = reply.get("message_id")
            if reply_id:
                replied = self._messages.get((chat["id"], int(reply_id)))
                allow = reply.get("allow_sending_without_reply")
                if replied is not None:
                    replied = copy.deepcopy(replied)
                    replied.pop("reply_to_message", None)
                    msg["reply_to_message"] = replied
                elif not allow:
                    raise bad("message to be replied not found")
            if markup is not None:
                msg["reply_markup"] = markup
            self._messages[(chat["id"], msg["message_id"])] = msg
            self._last_bot_message[chat["id"]] = (chat["id"], msg["message_id"])
            return copy.deepcopy(msg)

    def _record_sent(self, method: str, params: dict, message: dict, **extra: Any) -> None:
        text_key = "caption" if method in ("sendDocument", "sendPhoto") else "text"
        record = {
            "method": method,
            "chat_id": message["chat"]["id"],
            "message_id": message["message_id"],
            "text": params.get(text_key),
            "plain_text": message.get(text_key),
            "parse_mode": params.get("parse_mode"),
            "reply_markup": params.get("reply_markup"),
            "params": params,
            "message": message,
            **extra,
        }
        with self._cond:
            self._sent.append(record)

    # ---------------------------------------------------------------- Bot API methods

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **BOT_USER,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int_param(params, "offset", 0)
        limit = min(max(int_param(params, "limit", 100), 1), 100)
        try:
            timeout = max(0.0, float(params.get("timeout") or 0))
        except (TypeError, ValueError):
            raise bad("wrong parameter timeout in request") from None
        allowed = params.get("allowed_updates")
        allowed_set = set(allowed) if isinstance(allowed, list) and allowed else None
        deadline = time.monotonic() + min(timeout, self.max_poll_seconds)
        with self._cond:
            if self.webhook_url:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            cut = self._polls_cut
            if offset > 0:
                self._pending = [u for u in self._pending if u["update_id"] >= offset]
            elif offset < 0:
                self._pending = self._pending[offset:]
            if self._max_poll_offset is None or offset > self._max_poll_offset:
                self._max_poll_offset = offset
            self._cond.notify_all()
            while True:
                # Telegram discards updates of types the bot did not ask for
                self._pending = [
                    u
                    for u in self._pending
                    if (
                        _update_type(u) in allowed_set
                        if allowed_set is not None
                        else _update_type(u) not in _OPT_IN_UPDATES
                    )
                ]
                if self._pending or self._stopping:
                    return copy.deepcopy(self._pending[:limit])
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._polls_cut != cut:
                    return []
                self._cond.wait(remaining)

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self.webhook_url, self.webhook_secret = "", None
            if params.get("drop_pending_updates"):
                self._pending.clear()
        return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url") or ""
        if url and not str(url).startswith("https://"):
            raise bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad("bad webhook: secret token contains unallowed characters")
        with self._cond:
            self.webhook_url, self.webhook_secret = str(url), secret
            if params.get("drop_pending_updates"):
                self._pending.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            return {
                "url": self.webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": len(self._pending),
            }

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._resolve_chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad("wrong parameter action in request")
        return True

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        check_commands(params.get("commands"))
        return True

    def _set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if button.get("type") not in {"commands", "default", "web_app"}:
            raise ApiError(400, "Bad Request: unsupported menu button type")
        return True

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        plain, entities = format_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = check_markup(params.get("reply_markup"))
        fields: dict[str, Any] = {"text": plain}
        if entities:
            fields["entities"] = entities
        msg = self._store_bot_message(chat, fields, markup, params)
        self._record_sent("sendMessage", params, msg)
        return msg

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        plain, entities = format_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = check_markup(params.get("reply_markup"))
        self._resolve_chat(params)
        with self._cond:
            message_id = params.get("message_id")
            if message_id is None:
                raise bad("message identifier is not specified")
            msg = self._messages.get((int(params["chat_id"]), int(message_id)))
            if msg is None:
                raise bad("message to edit not found")
            if msg["from"]["id"] != BOT_ID:
                raise bad("message can't be edited")
            if "text" not in msg:
                raise bad("there is no text in the message to edit")
            if (
                msg["text"] == plain
                and msg.get("entities", []) == entities
                and msg.get("reply_markup") == markup
            ):
                raise bad(NOT_MODIFIED)
            msg["text"] = plain
            if entities:
                msg["entities"] = entities
            else:
                msg.pop("entities", None)
            if markup is not None:
                msg["reply_markup"] = markup
            else:
                msg.pop("reply_markup", None)
            msg["edit_date"] = int(time.time())
            result = copy.deepcopy(msg)
        self._record_sent("editMessageText", params, result)
        return result

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        markup = check_markup(params.get("reply_markup"))
        self._resolve_chat(params)
        with self._cond:
            msg = self._messages.get((int(params["chat_id"]), int(params.get("message_id") or 0)))
            if msg is None:
                raise bad("message to edit not found")
            if msg["from"]["id"] != BOT_ID:
                raise bad("message can't be edited")
            if msg.get("reply_markup") == markup:
                raise bad(NOT_MODIFIED)
            if markup is not None:
                msg["reply_markup"] = markup
            else:
                msg.pop("reply_markup", None)
            msg["edit_date"] = int(time.time())
            return copy.deepcopy(msg)

    def set_administrators(self, chat_id: int, user_ids: set[int]) -> None:
        """Make *user_ids* the administrators of group *chat_id* (its other users members)."""
        with self._cond:
            self._chat_admins[chat_id] = set(user_ids)

    def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int_param(params, "chat_id", 0), int_param(params, "user_id", 0)
        with self._cond:
            if chat_id not in self._chats:
                raise bad("chat not found")
            admin = user_id in self._chat_admins.get(chat_id, set())
        user = self._user(user_id)
        if not admin:
            return {"status": "member", "user": user}
        return {"status": "administrator", "user": user, **dict.fromkeys(ADMIN_RIGHTS, False)}

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad("MESSAGE_TOO_LONG")
        with self._cond:
            if query_id not in self._callback_queries:
                raise bad(QUERY_TOO_OLD)
            self._callback_queries.discard(query_id)
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id") or "")
        check_inline_results(params.get("results"))
        with self._cond:
            if query_id not in self._inline_queries:
                raise bad(QUERY_TOO_OLD)
            self._inline_queries.discard(query_id)
        return True

    @staticmethod
    def _caption_fields(params: dict[str, Any]) -> dict[str, Any]:
        """The caption of a file message, validated like Telegram (HTML, 1024 characters)."""
        caption = params.get("caption")
        fields: dict[str, Any] = {}
        if caption:
            plain, entities = format_text(
                caption, params.get("parse_mode"), params.get("caption_entities"), caption=True
            )
            if plain:
                fields["caption"] = plain
            if entities:
                fields["caption_entities"] = entities
        return fields

    def _sent_file(self, params: dict[str, Any], key: str) -> dict[str, Any]:
        """The file record a send method refers to: uploaded now, or an earlier file_id.
        Call with the lock held."""
        given = params.get(key)
        if isinstance(given, dict) and "content" in given:
            if not given["content"]:
                raise bad("file must be non-empty")
            return self._register_file(
                given.get("file_name"), given["content"], given.get("mime_type")
            )
        if isinstance(given, str) and given:
            record = self._files.get(given)
            if record is None:
                if re.match(r"https?://", given):
                    raise bad("failed to get HTTP URL content")
                raise bad("wrong file identifier/HTTP URL specified")
            return record
        raise bad(f"there is no {key} in the request")

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        fields = self._caption_fields(params)
        markup = check_markup(params.get("reply_markup"))
        with self._cond:
            record = self._sent_file(params, "document")
            fields = {"document": self._document_obj(record), **fields}
            msg = self._store_bot_message(chat, fields, markup, params)
        self._record_sent(
            "sendDocument",
            params,
            msg,
            file_name=record["file_name"],
            file_bytes=record["content"],
        )
        return msg

    def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        """sendPhoto: the upload must be an image Telegram can read (PNG or JPEG here), at most
        10 MB, its width and height at most 10000 together and their ratio at most 20."""
        chat = self._resolve_chat(params)
        fields = self._caption_fields(params)
        markup = check_markup(params.get("reply_markup"))
        with self._cond:
            record = self._sent_file(params, "photo")
            width, height = image_size(record["content"])
            if len(record["content"]) > MAX_PHOTO_BYTES:
                raise bad("PHOTO_INVALID_DIMENSIONS")  # what Telegram says for a too big photo
            if width + height > 10_000 or max(width, height) > 20 * min(width, height):
                raise bad("PHOTO_INVALID_DIMENSIONS")
            size = {
                "file_id": record["file_id"],
                "file_unique_id": record["file_unique_id"],
                "width": width,
                "height": height,
                "file_size": len(record["content"]),
            }
            msg = self._store_bot_message(chat, {"photo": [size], **fields}, markup, params)
        self._record_sent("sendPhoto", params, msg, file_bytes=record["content"])
        return msg

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            record = self._files.get(str(params.get("file_id") or ""))
        if record is None:
            raise bad("invalid file_id")
        if len(record["content"]) > MAX_DOWNLOAD_BYTES:
            raise bad("file is too big")
        return {
            "file_id": record["file_id"],
            "file_unique_id": record["file_unique_id"],
            "file_size": len(record["content"]),
            "file_path": record["file_path"],
        }
