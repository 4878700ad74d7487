"""The app's pages, one file each; `shared` is the page setup they all use.

Pages are thin: they read through `pipeline.store.queries` / `scorecard`, write through
`pipeline.store.review` and `pipeline.trust` (accounts, settings), check `pipeline.trust.auth`, and
never import `duckdb`, ingest or analysis code (import contracts in pyproject.toml).
"""
