-- DIVERSION-VOLUME's counted lines, one row per written chunk instead of one per transaction (a
-- million-row night wrote a million rows that only a restart ever reads). A restarted run reloads
-- them. Each line: customer key, transaction id, line value, quantity, tab-separated (see
-- CustomerHistoryListener).
CREATE TABLE customer_history_chunk (
    run_id                BIGINT      NOT NULL,
    first_transaction_id  VARCHAR(64) NOT NULL,
    line_count            INT         NOT NULL,
    history_lines         MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (run_id, first_transaction_id)
) DEFAULT CHARSET = utf8mb4;

DROP TABLE customer_history_line;
