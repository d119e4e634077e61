-- Re-screening (docs/lists.md): what `rescreen` screens again when a list or a policy changes.
-- Runs on H2 (MODE=MySQL) and MySQL/MariaDB.

-- Every transaction as last screened by an enforced run: its input columns as text (JSON), the
-- run and decision of that screening. One row per transaction id; a later run replaces it.
-- screening_result keeps only the columns a reviewer reads, and the workbooks a night read are
-- replaced by the next export, so this is the durable copy a re-screen needs.
CREATE TABLE screened_transaction (
    transaction_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    run_id          BIGINT        NOT NULL,
    decision        VARCHAR(8)    NOT NULL,
    order_date      DATE          NOT NULL,
    source_file     VARCHAR(255)  NOT NULL,
    source_row      BIGINT        NOT NULL,
    source_key      VARCHAR(128),
    fields          MEDIUMTEXT    NOT NULL,
    stored_at       TIMESTAMP(3)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX screened_transaction_order ON screened_transaction (order_date, transaction_id);

-- A transaction whose decision a re-screen changed: against which earlier result, and why.
CREATE TABLE rescreen_change (
    run_id             BIGINT       NOT NULL,
    transaction_id     VARCHAR(64)  NOT NULL,
    previous_run_id    BIGINT       NOT NULL,
    previous_decision  VARCHAR(8)   NOT NULL,
    -- the flagging hits that are new (+) or gone (-), one per line
    changed_by         TEXT,
    -- the list entries (source list and id) or rules that are new, one per line
    new_entries        TEXT,
    PRIMARY KEY (run_id, transaction_id)
) DEFAULT CHARSET = utf8mb4;
