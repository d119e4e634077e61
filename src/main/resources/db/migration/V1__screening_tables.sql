-- shipscreen's own tables. Runs unchanged on MySQL/MariaDB and on H2 in MODE=MySQL.
-- Long texts are TEXT so that InnoDB's 65,535-byte row limit is never reached with utf8mb4.

-- The source table of --source=db (CONTRACT.md §1). Created only where the ERP has not.
CREATE TABLE IF NOT EXISTS export_transaction (
    transaction_id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    order_date                     DATE,
    exporter                       VARCHAR(255),
    item_part_number               VARCHAR(255),
    item_description               TEXT,
    manufacturer                   VARCHAR(255),
    eccn                           VARCHAR(32),
    quantity                       BIGINT,
    unit_value_usd                 DECIMAL(19, 4),
    tpp_per_unit                   DECIMAL(19, 4),
    performance_density            DECIMAL(19, 6),
    purchaser_name                 VARCHAR(512),
    purchaser_country              VARCHAR(64),
    intermediate_consignee_name    VARCHAR(512),
    intermediate_consignee_country VARCHAR(64),
    ultimate_consignee_name        VARCHAR(512),
    ultimate_consignee_address     TEXT,
    ultimate_consignee_country     VARCHAR(64),
    end_user_name                  VARCHAR(512),
    end_user_country               VARCHAR(64),
    end_user_parent_country        VARCHAR(64),
    end_use                        TEXT,
    ship_to_country                VARCHAR(64),
    payment_country                VARCHAR(64),
    license_number                 VARCHAR(64),
    license_exception              VARCHAR(32),
    customer_since                 DATE
) DEFAULT CHARSET = utf8mb4;

-- One row per screening run (= Spring Batch job instance).
CREATE TABLE screening_run (
    run_id          BIGINT       NOT NULL PRIMARY KEY,
    run_date        DATE         NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    input           VARCHAR(1024) NOT NULL,
    policy_mode     VARCHAR(64)  NOT NULL,
    rerun           INT          NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    inputs          TEXT,
    -- what the run screened against (policy versions, list snapshots): lines of "label<TAB>value"
    facts           TEXT,
    rows_expected   BIGINT,
    rows_read       BIGINT,
    rows_rejected   BIGINT,
    rows_screened   BIGINT,
    clear_count     BIGINT,
    review_count    BIGINT,
    hold_count      BIGINT,
    started_at      TIMESTAMP(3) NULL,
    finished_at     TIMESTAMP(3) NULL,
    screening_ms    BIGINT,
    failure         TEXT
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE screening_result (
    run_id                     BIGINT       NOT NULL,
    transaction_id             VARCHAR(64)  NOT NULL,
    source_file                VARCHAR(255) NOT NULL,
    source_row                 BIGINT       NOT NULL,
    order_date                 DATE         NOT NULL,
    exporter                   VARCHAR(255),
    item_part_number           VARCHAR(255),
    item_description           TEXT,
    manufacturer               VARCHAR(255),
    eccn                       VARCHAR(32),
    quantity                   BIGINT       NOT NULL,
    unit_value_usd             DECIMAL(19, 4) NOT NULL,
    tpp_per_unit               DECIMAL(19, 4),
    purchaser_name             VARCHAR(512),
    ultimate_consignee_name    VARCHAR(512) NOT NULL,
    ultimate_consignee_country CHAR(2)      NOT NULL,
    end_user_name              VARCHAR(512),
    end_user_country           CHAR(2),
    ship_to_country            CHAR(2)      NOT NULL,
    policy_id                  VARCHAR(64),
    policy_version             VARCHAR(32),
    destination_group          VARCHAR(32),
    decision                   VARCHAR(8)   NOT NULL,
    hit_count                  INT          NOT NULL,
    rule_ids                   TEXT,
    reasons                    TEXT,
    evidence                   TEXT,
    screened_at                TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (run_id, transaction_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX screening_result_decision ON screening_result (run_id, decision);

CREATE TABLE screening_hit (
    run_id          BIGINT       NOT NULL,
    transaction_id  VARCHAR(64)  NOT NULL,
    seq             INT          NOT NULL,
    rule_id         VARCHAR(64)  NOT NULL,
    policy_id       VARCHAR(64),
    policy_version  VARCHAR(32),
    severity        VARCHAR(8)   NOT NULL,
    field           VARCHAR(64),
    evidence        TEXT,
    reason          TEXT         NOT NULL,
    citation        TEXT,
    PRIMARY KEY (run_id, transaction_id, seq)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE screening_reject (
    run_id          BIGINT       NOT NULL,
    source_file     VARCHAR(255) NOT NULL,
    source_ref      VARCHAR(128) NOT NULL,
    column_name     VARCHAR(128) NOT NULL,
    transaction_id  VARCHAR(64),
    cell            VARCHAR(128),
    cell_value      TEXT,
    reason          TEXT         NOT NULL,
    PRIMARY KEY (run_id, source_file, source_ref, column_name)
) DEFAULT CHARSET = utf8mb4;
