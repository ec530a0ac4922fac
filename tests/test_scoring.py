from brandcheck import scoring
from brandcheck.model import Finding, Severity, Verdict


def f(sev, market=None, check="meaning.vulgar", accepted=False):
    return Finding(check, market, sev, "m", {}, accepted)


def test_market_score_penalties():
    assert scoring.market_score("de", None, []) == 100
    assert scoring.market_score("de", 90, [f(Severity.MEDIUM, "de")]) == 75
    assert scoring.market_score("de", 90, [f(Severity.MEDIUM, "es")]) == 90  # other market
    assert scoring.market_score("de", 90, [f(Severity.HIGH)]) == 55  # market-independent finding
    assert scoring.market_score("de", 90, [f(Severity.CRITICAL, "de", accepted=True)]) == 90
    assert scoring.market_score("de", 90, [f(Severity.HIGH, "de", check="pronounceability.cluster")]) == 90


def test_overall_pulls_towards_worst_market():
    assert scoring.overall_score([100, 100, 100, 0]) == round(0.6 * 75)


def test_verdicts():
    assert scoring.verdict(90, []) == Verdict.GO
    assert scoring.verdict(90, [f(Severity.MEDIUM)]) == Verdict.CAUTION
    assert scoring.verdict(90, [f(Severity.CRITICAL)]) == Verdict.STOP
    assert scoring.verdict(90, [f(Severity.CRITICAL, accepted=True)]) == Verdict.GO
    assert scoring.verdict(30, []) == Verdict.STOP


def test_further_findings_of_one_family_cost_half():
    near = [f(Severity.MEDIUM, check="similarity.look_alike"), f(Severity.LOW, check="similarity.sound_alike")]
    assert scoring.market_score("de", 100, near) == round(100 - 15 - 0.5 * 5)
    # another family counts in full
    assert scoring.market_score("de", 100, near + [f(Severity.MEDIUM, "de")]) == round(100 - 15 - 0.5 * 5 - 15)
