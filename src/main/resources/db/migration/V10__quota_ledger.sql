-- Quota ledgers (LPP TPP per ultimate consignee per year, Tier-2 TPP per country): one row per
-- transaction per account, so that a replayed chunk or a --rerun overwrites instead of adding.
-- "Drawn before" a transaction = the sum over rows ordered before it by (order_date, transaction_id).
-- Runs on H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE quota_ledger_entry (
    ledger          VARCHAR(100)   NOT NULL,
    account         VARCHAR(200)   NOT NULL,
    quota_period    VARCHAR(20)    NOT NULL,
    transaction_id  VARCHAR(64)    NOT NULL,
    order_date      DATE           NOT NULL,
    amount          DECIMAL(24, 4) NOT NULL,
    run_id          BIGINT         NOT NULL,
    recorded_at     TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (ledger, account, quota_period, transaction_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX quota_ledger_entry_order ON quota_ledger_entry (ledger, account, quota_period, order_date, transaction_id);

CREATE INDEX quota_ledger_entry_tx ON quota_ledger_entry (transaction_id);
