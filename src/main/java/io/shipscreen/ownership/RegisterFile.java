package io.shipscreen.ownership;

/**
 * One register file as loaded.
 *
 * @param file the file name
 * @param path where it was read from
 * @param sha256 its content hash (in the run facts, so a night can be reproduced)
 * @param rows data rows read
 * @param holdings rows used
 */
public record RegisterFile(String file, String path, String sha256, int rows, int holdings) {
}
