-- A transaction's results across runs (the night it was first flagged, its audit trail, a later
-- result that makes a review stale) are looked up by transaction id; without this index each
-- look-up read every night's results. The decision makes "first flagged" an index-only look-up.
CREATE INDEX screening_result_transaction ON screening_result (transaction_id, decision);
