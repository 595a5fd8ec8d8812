"""Finding facts: the inverted index and the scoring of facts against a question."""
