"""Call analysis: behaviour moments, timing metrics, tone, journeys and the worst-call score.

Owns turning a call record into its analysis. It flows one way, each layer importing only those
below it:

1. `text`, `patterns`, `embed`: normalising words, compiling patterns, sentence embeddings;
2. `rules`: the rules file (`data/rules.toml`) parsed into plain data (`read_rules`);
3. detectors reading that data: `negation`, the phrase rules (`moments`), the semantic matcher
   (`semantic`), the learned model (`learned`); with `metrics`, `tone`, `score`, `followups`;
4. `load.load_rules`: the rules with their model loaded, what everything else calls;
5. `call.analyze_call`: one call, pure, no database;
6. on top: `qa` (the QA form answered from a call's analysis, pure), `evaluate` and `qa_eval`
   (labelled sets), `training` (fits the learned model), and the two that read and write the store,
   `stored` (re-analysis and automatic QA) and `journeys` (cross-call).

May import `pipeline.records` and, for `stored` and `journeys` only, `pipeline.store`; never ingest,
trust, the CLI or Streamlit.
"""
