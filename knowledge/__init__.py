"""The briefing's domain: articles, curated facts, the store and the answer engine."""
