-- The morning review round trip (docs/review.md): reviewers' decisions imported from filled-in
-- flagged workbooks, the rows refused with their reasons, and the good-guy pairs each FALSE
-- POSITIVE added. Append-only: the code inserts into these tables and never updates or deletes.
-- Runs on H2 (MODE=MySQL) and MySQL/MariaDB.

-- One imported workbook.
CREATE TABLE review_import (
    import_id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name       VARCHAR(255)  NOT NULL,
    file_path       VARCHAR(1024) NOT NULL,
    file_sha256     CHAR(64)      NOT NULL,
    imported_at     TIMESTAMP(3)  NOT NULL,
    imported_by     VARCHAR(128),
    rows_read       INT           NOT NULL,
    accepted        INT           NOT NULL,
    unchanged       INT           NOT NULL,
    refused         INT           NOT NULL
) DEFAULT CHARSET = utf8mb4;

-- One reviewer decision on one screening result (run_id, transaction_id).
CREATE TABLE review_decision (
    decision_id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id          BIGINT        NOT NULL,
    run_id             BIGINT        NOT NULL,
    transaction_id     VARCHAR(64)   NOT NULL,
    -- the result as the reviewer saw it
    screened_decision  VARCHAR(8)    NOT NULL,
    rule_ids           TEXT,
    -- RELEASE, CONFIRM_HOLD, FALSE_POSITIVE, ESCALATE
    review_decision    VARCHAR(16)   NOT NULL,
    reviewer           VARCHAR(128)  NOT NULL,
    note               TEXT,
    recorded_at        TIMESTAMP(3)  NOT NULL,
    source_file        VARCHAR(255)  NOT NULL,
    source_sheet       VARCHAR(64)   NOT NULL,
    source_row         INT           NOT NULL,
    -- the ultimate consignee, as written and normalised: "repeat party" look-ups
    consignee_name     VARCHAR(512),
    consignee_key      VARCHAR(255)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX review_decision_tx ON review_decision (transaction_id, decision_id);
CREATE INDEX review_decision_result ON review_decision (run_id, transaction_id);
CREATE INDEX review_decision_consignee ON review_decision (consignee_key, decision_id);

-- A (party name, list entry) pair a FALSE POSITIVE added to the good-guy list.
CREATE TABLE review_clearance (
    decision_id        BIGINT        NOT NULL,
    seq                INT           NOT NULL,
    party_name         VARCHAR(512)  NOT NULL,
    field              VARCHAR(64),
    entry_key          VARCHAR(128)  NOT NULL,
    entry_fingerprint  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (decision_id, seq)
) DEFAULT CHARSET = utf8mb4;

-- A row of an imported workbook that was refused, and why.
CREATE TABLE review_refusal (
    import_id          BIGINT        NOT NULL,
    seq                INT           NOT NULL,
    source_sheet       VARCHAR(64)   NOT NULL,
    source_row         INT           NOT NULL,
    run_id             BIGINT,
    transaction_id     VARCHAR(64),
    review_decision    VARCHAR(64),
    reviewer           VARCHAR(128),
    reason             TEXT          NOT NULL,
    recorded_at        TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (import_id, seq)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX review_refusal_tx ON review_refusal (transaction_id);
