package io.shipscreen.result;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How results are written ({@code shipscreen.result.*}).
 *
 * @param loadData write each chunk's results and hits to MySQL/MariaDB as {@code LOAD DATA LOCAL
 * INFILE} streams instead of batched inserts (same rows, less work for the job; see
 * docs/benchmark.md). Needs {@code allowLoadLocalInfile=true} in the datasource URL, which lets
 * the server ask the driver for local files: only for a database you trust. Where the database
 * cannot take it, the run logs why and writes batched inserts.
 */
@ConfigurationProperties("shipscreen.result")
public record ResultProperties(@DefaultValue("false") boolean loadData) {
}
