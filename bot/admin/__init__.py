"""The curators' side of the bot: commands, the guided /addfact form, quotes in use, /gaps and
/stats."""
