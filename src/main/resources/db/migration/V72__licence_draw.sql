-- Licence draws (licence register, docs/licences.md): one row per licence per transaction, so that a
-- replayed chunk, a restart or a --rerun overwrites instead of adding. "Used before" a line = the sums
-- over the licence's rows ordered before it by (order_date, transaction_id), whatever night drew them.
-- Binary collation: the database orders ids as the screening process does in memory (Java String
-- order), so a line's "before" is the same whether its neighbours are committed or not.
-- Runs on H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE licence_draw (
    license_number  VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    transaction_id  VARCHAR(64)    COLLATE utf8mb4_bin NOT NULL,
    order_date      DATE           NOT NULL,
    quantity        BIGINT         NOT NULL,
    value_usd       DECIMAL(24, 4) NOT NULL,
    run_id          BIGINT         NOT NULL,
    recorded_at     TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (license_number, transaction_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX licence_draw_order ON licence_draw (license_number, order_date, transaction_id);

CREATE INDEX licence_draw_tx ON licence_draw (transaction_id);

CREATE INDEX licence_draw_run ON licence_draw (run_id);
