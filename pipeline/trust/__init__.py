"""Trust: who may see what, what is never kept, and getting it all back.

Owns `credentials` (roles, usernames, password hashes, lock-outs), `accounts` (the user rows, each
change audited), `auth` (sign-in, permissions, sessions, single sign-on), `settings` (the settings
an admin may change, validated), `redact` (personal data out of text and audio) and `backup`.

May import `pipeline.records` and `pipeline.store`; never analysis, ingest, the CLI or Streamlit.
"""
