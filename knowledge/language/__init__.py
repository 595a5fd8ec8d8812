"""Reading words: folding, spelling, transliteration, names, what a question asks, and which
details a sentence states."""
