"""Ingest: recorded calls and transcripts in, call records out, one writer storing them.

Owns discovery of files and manifests (`discovery`, `manifest`), reading transcripts
(`transcripts`), audio decoding (`audio`), the Whisper models (`models`), transcription
(`transcribe`), speaker roles (`speakers`), the options (`options`), the worker function that
turns one job into one `CallRecord` (`worker`), the runner that maps workers over jobs and stores
the results (`runner`), the same on a Ray cluster (`cluster`: the actors; `spool`: finished calls
on disk until stored; `fleet`: the cluster run's driver and only writer), and the evaluation of
analysis through transcription (`audio_eval`).

Workers (`worker`, `cluster`, `spool` and everything they import) never import the store; only
`runner` and `fleet` write. `ray` is imported only by `cluster`, and only by a run given `--ray`.
May import `pipeline.records`, `pipeline.analysis`, `pipeline.trust.redact` and (the runner)
`pipeline.store`; never the CLI or Streamlit.
"""
