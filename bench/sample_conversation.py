"""A sample conversation with the real bot, as the picture at the top of the README.

``python -m bench.sample_conversation [--png FILE] [--html FILE]`` runs the bot against the
tests' stand-in for the Bot API (tests/telegram_fake) on a freshly seeded database: a reader
asks a question with typos, follows it up and taps Source under the answer (which edits the
message in place). The transcript, exactly as the bot sent and edited it, becomes a
Telegram-like HTML page, and Debian's headless ``chromium`` screenshots it into FILE (default
``docs/sample-conversation.png``), cropped and reduced to a small palette. Emoji need a colour
emoji font (``apt-get install chromium fonts-noto-color-emoji``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from PIL import Image

from tests.botrunner import BotThread
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat, buttons

QUESTION = "waht did turkye sing with azerbajan?"
FOLLOW_UP = "and when was that?"
WIDTH = 460  # CSS pixels: about a phone's width
SCALE = 1.5  # device pixels per CSS pixel, for legible text in the README
DEFAULT_PNG = Path(__file__).resolve().parent.parent / "docs" / "sample-conversation.png"


@dataclass
class Turn:
    """One thing seen in the chat: the reader's message, a tap, or a bot message (sent or
    edited in place), with the bot message's buttons."""

    who: str  # "reader", "tap" or "bot"
    html: str
    edited: bool = False
    keyboard: list[list[str]] = field(default_factory=list)


def converse() -> list[Turn]:
    """Drive the real bot through the conversation; its turns in order."""
    with (
        tempfile.TemporaryDirectory(prefix="sample-") as directory,
        FakeTelegram() as fake,
        BotThread(fake, Path(directory) / "bot.db"),
    ):
        chat = Chat(fake)
        turns = [Turn("reader", escape(QUESTION)), _bot(chat.say(QUESTION))]
        answer = chat.say(FOLLOW_UP)
        turns += [Turn("reader", escape(FOLLOW_UP)), _bot(answer)]
        source = next(b for b in buttons(answer) if b["text"].endswith("Source"))
        _, view = chat.press(source["callback_data"], answer)
        assert view is not None and view["method"] == "editMessageText"
        turns += [Turn("tap", escape(source["text"])), _bot(view, edited=True)]
    return turns


def _bot(record: dict[str, Any], edited: bool = False) -> Turn:
    rows = (record.get("reply_markup") or {}).get("inline_keyboard", [])
    keyboard = [[button["text"] for button in row] for row in rows]
    return Turn("bot", record["text"], edited, keyboard)


def page(turns: list[Turn]) -> str:
    """The transcript as a self-contained HTML page in Telegram's light theme."""
    body = "\n".join(_turn_html(turn) for turn in turns)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; background: #9fc18f; font: 15px/1.35 "Liberation Sans", "DejaVu Sans",
  "Noto Color Emoji", sans-serif; width: {WIDTH}px; }}
.bar {{ background: #fff; padding: 10px 14px; font-weight: bold; border-bottom: 1px solid #ccc; }}
.bar small {{ display: block; font-weight: normal; color: #8a8a8a; }}
.chat {{ padding: 10px 10px 14px; }}
.msg {{ max-width: 86%; padding: 7px 10px; border-radius: 12px; margin: 6px 0;
  white-space: pre-wrap; word-wrap: break-word; box-shadow: 0 1px 1px rgba(0,0,0,.15); }}
.reader {{ background: #e1fec6; margin-left: auto; width: fit-content; }}
.bot {{ background: #fff; }}
.edited {{ color: #8a8a8a; font-size: 12px; float: right; margin: 4px 0 0 8px; }}
.tap {{ text-align: center; margin: 8px 0; }}
.tap span {{ background: rgba(0,0,0,.25); color: #fff; border-radius: 10px; padding: 2px 9px;
  font-size: 13px; }}
blockquote {{ margin: 4px 0; padding: 2px 8px; border-left: 3px solid #3a8ee6;
  background: #eef5fd; border-radius: 4px; white-space: pre-wrap; }}
blockquote.expandable {{ max-height: 4.05em; overflow: hidden; }}
a {{ color: #2678b6; text-decoration: none; }}
.keys {{ max-width: 86%; margin: -2px 0 8px; }}
.row {{ display: flex; gap: 3px; margin-top: 3px; }}
.row span {{ flex: 1; background: rgba(60,90,50,.45); color: #fff; text-align: center;
  border-radius: 8px; padding: 7px 4px; font-size: 14px; white-space: nowrap; }}
</style></head><body><div class="bar">Briefbot<small>bot</small></div>
<div class="chat">{body}</div></body></html>"""


def _turn_html(turn: Turn) -> str:
    if turn.who == "tap":
        return (
            f'<div class="tap"><span>{turn.html} tapped: the answer is edited in place</span></div>'
        )
    if turn.who == "reader":
        return f'<div class="msg reader">{turn.html}</div>'
    text = re.sub(r"\n?<blockquote expandable>", '<blockquote class="expandable">', turn.html)
    text = re.sub(r"\n?<blockquote>", "<blockquote>", text).replace(
        "</blockquote>\n", "</blockquote>"
    )
    mark = '<span class="edited">edited</span>' if turn.edited else ""
    rows = "".join(
        '<div class="row">' + "".join(f"<span>{escape(label)}</span>" for label in row) + "</div>"
        for row in turn.keyboard
    )
    keys = f'<div class="keys">{rows}</div>' if rows else ""
    return f'<div class="msg bot">{text}{mark}</div>{keys}'


def screenshot(html: Path, png: Path) -> None:
    """*html* as a PNG: chromium draws it on a tall window, the empty bottom is cropped and the
    colours reduced to a palette (a few hundred KB at most)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("no chromium: apt-get install chromium fonts-noto-color-emoji")
    raw = png.with_suffix(".raw.png")
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    command += [f"--force-device-scale-factor={SCALE}", f"--window-size={WIDTH},4000"]
    subprocess.run(
        [*command, f"--screenshot={raw}", html.as_uri()], check=True, capture_output=True
    )
    with Image.open(raw) as image:
        rgb = image.convert("RGB")
    raw.unlink()
    background = rgb.getpixel((rgb.width - 1, rgb.height - 1))
    bottom = rgb.height
    while bottom > 1 and _blank_row(rgb, bottom - 1, background):
        bottom -= 1
    cropped = rgb.crop((0, 0, rgb.width, min(rgb.height, bottom + int(12 * SCALE))))
    cropped.quantize(colors=128, dither=Image.Dither.NONE).save(png, optimize=True)


def _blank_row(image: Image.Image, y: int, colour: Any) -> bool:
    return all(image.getpixel((x, y)) == colour for x in range(0, image.width, 3))


def main(argv: list[str] | None = None) -> None:
    """Run the conversation and write the picture (and, if asked, the HTML page)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, default=DEFAULT_PNG)
    parser.add_argument("--html", type=Path, help="also keep the HTML page here")
    args = parser.parse_args(argv)
    text = page(converse())
    with tempfile.TemporaryDirectory(prefix="sample-page-") as directory:
        html = args.html or Path(directory) / "conversation.html"
        html.write_text(text, encoding="utf-8")
        screenshot(html.resolve(), args.png)
    print(f"{args.png}: {args.png.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
