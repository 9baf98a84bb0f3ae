"""The ingestion app: feeds polled, imports queued for workers, and the record of every import run."""
