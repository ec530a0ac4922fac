"""BrandIndex's precomputed tables (distinct skeletons, kept features) give the same candidates and
rankings as scanning every entry and computing features anew."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from brandcheck.similarity import bundled_index
from brandcheck.similarity.index import BrandIndex, _top


@settings(max_examples=60, deadline=None)
@given(st.text("abcdefgiklmnorstuvz", min_size=1, max_size=10), st.sampled_from([1, 5, 50]))
def test_scoring_each_distinct_skeleton_once_gives_the_same_top(query, limit):
    index = bundled_index()
    assert _top(query, index._distinct_skeletons(), limit) == _top(query, index._skeletons, limit)


def test_a_duplicated_skeleton_is_scored_once_and_found_for_every_entry():
    index = BrandIndex(["Nike", "NIKE", "nike", "Nikey", "Amazon"])
    distinct, inverse = index._distinct_skeletons()
    assert len(distinct) < len(index._skeletons)
    assert [distinct[j] for j in inverse] == index._skeletons
    index.add(["Nyke"])  # a new entry makes the table again
    assert len(index._distinct_skeletons()[1]) == len(index._skeletons)


def test_an_index_read_from_a_file_ranks_as_the_one_built_here(tmp_path):
    names = ["Amazon", "Google", "Nike", "Nikon", "Sony", "Samsung", "Zalando", "Zara"]
    built = BrandIndex(names)
    path = tmp_path / "index.tsv.gz"
    built.save(str(path))
    loaded = BrandIndex.load(str(path))
    assert all(f is None for f in loaded._features) and all(f is not None for f in built._features)
    for query in ("Amazoon", "Nikey", "Zarra", "Sonny Samsung"):
        assert ([(m.record.name, m.matched, m.scores) for m in loaded.nearest(query, k=4)]
                == [(m.record.name, m.matched, m.scores) for m in built.nearest(query, k=4)])
