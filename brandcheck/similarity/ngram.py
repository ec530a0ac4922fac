"""N-gram similarity with prefix padding (Kondrak's BI-SIM / TRI-SIM), pure.

Kondrak (2005, "N-gram similarity and distance", SPIRE) and Kondrak & Dorr (2006, "Automatic
identification of confusable drug names") found this family the best single spelling measure for
names people confuse: it credits shared letter *sequences* in order, not only single letters,
and padding the start gives the beginning of a name the weight readers give it. Here the
n-grams are compared position by position (partial credit when two trigrams share some letters
in place) inside a Levenshtein-style alignment, normalised by the longer name.
"""

from __future__ import annotations

__all__ = ["ngram_similarity"]


def ngram_similarity(a: str, b: str, n: int = 3) -> float:
    """TRI-SIM (``n=3``) of two strings in [0, 1]: 1.0 for equal strings, symmetric.

    >>> ngram_similarity("zantac", "zantac")
    1.0
    >>> ngram_similarity("celebrex", "celexa") > ngram_similarity("celebrex", "zantac")
    True
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if n != 3:
        return _reference_ngram_similarity(a, b, n)
    # TRI-SIM with the trigram comparison unrolled: the same counts and the same float sums as
    # the reference, without building a generator per cell
    x, y = "\0\0" + a, "\0\0" + b
    cols = list(zip(y, y[1:], y[2:]))[:len(b)]
    prev = [0.0] * (len(b) + 1)
    for x0, x1, x2 in zip(x, x[1:], x[2:]):
        left = 0.0
        row = [left]
        for diag, up, (y0, y1, y2) in zip(prev, prev[1:], cols):
            best = diag + ((x0 == y0) + (x1 == y1) + (x2 == y2)) / 3
            if up > best:
                best = up
            if left > best:
                best = left
            row.append(best)
            left = best
        prev = row
    return prev[-1] / max(len(a), len(b))


def _reference_ngram_similarity(a: str, b: str, n: int = 3) -> float:
    """Naive twin of :func:`ngram_similarity` (the code before the fast path), for tests and benchmarks."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    pad = "\0" * (n - 1)
    x, y = pad + a, pad + b
    xs = [x[i:i + n] for i in range(len(a))]
    ys = [y[j:j + n] for j in range(len(b))]
    prev = [0.0] * (len(ys) + 1)
    for gx in xs:
        row = [0.0]
        for j, gy in enumerate(ys, 1):
            same = sum(1 for p, q in zip(gx, gy) if p == q) / n
            row.append(max(prev[j], row[j - 1], prev[j - 1] + same))
        prev = row
    return prev[-1] / max(len(xs), len(ys))
