"""The readers' side of the bot: questions, buttons, inline mode and subscriptions."""
