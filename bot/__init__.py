"""The Telegram adapter of briefbot: configuration, handlers, rendering and the command line."""
