"""Call analysis: behaviour moments, timing metrics, tone, journeys and the worst-call score.

The rest of the product calls only what is exported here:

    rules = load_rules()                      # data/rules.toml, validated and compiled once
    analysis = analyze_call(record, rules)    # pure: one call, no database
    acoustic_features(samples, rate, s, e)    # (loudness_db, pitch_var) for the transcriber
    refresh_journeys(db, customer_ids)        # cross-call: journeys, contact numbers, final scores
    analyze_stored(db, call_ids, rules)       # re-analyse stored transcripts after rules change
"""

from pipeline.analysis.acoustic import acoustic_features
from pipeline.analysis.call import analyze_call
from pipeline.analysis.journeys import refresh_journeys
from pipeline.analysis.rules import Rules, RulesError, load_rules
from pipeline.analysis.stored import analyze_stored

__all__ = [
    "Rules",
    "RulesError",
    "acoustic_features",
    "analyze_call",
    "analyze_stored",
    "load_rules",
    "refresh_journeys",
]
