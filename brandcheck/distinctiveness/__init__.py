"""Distinctiveness: is the name, or a word inside it, an ordinary word in a market's language?

An ordinary word (Apple, Shell, Total) is hard to own: search results are full of the word's
everyday sense, and trademark offices refuse or narrow marks that are descriptive or common.
"""
