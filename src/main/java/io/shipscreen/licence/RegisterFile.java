package io.shipscreen.licence;

/** One register file as loaded: its name, content hash and how many rows were kept and refused. */
public record RegisterFile(String file, String sha256, int licences, int badRows) {
}
