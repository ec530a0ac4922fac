"""wordfreq's small lists are read from its data folder without importing wordfreq
(distinctiveness/frequency.py); the frequencies must be exactly wordfreq's own."""

import subprocess
import sys

import pytest
import wordfreq

from brandcheck.distinctiveness.frequency import _frequencies, wordfreq_language, zipf


@pytest.mark.parametrize("language", ["en", "de", "ja", "zh", "no", "ar", "tl"])
def test_frequencies_are_wordfreqs_own(language):
    code = wordfreq_language(language)
    expected = (wordfreq.get_frequency_dict(code, wordlist="small")
                if code in wordfreq.available_languages(wordlist="small") else {})
    assert dict(_frequencies(language)) == expected


def test_a_language_wordfreq_lacks_has_no_frequencies():
    assert _frequencies("th") == {} and zipf("sawasdee", "th") == 0.0
    assert zipf("the", "en") == round(wordfreq.zipf_frequency("the", "en", wordlist="small"), 2)


def test_a_lookup_does_not_import_wordfreq():
    code = ("import sys, brandcheck.distinctiveness.frequency as f; f.zipf('house', 'en'); "
            "print('wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
