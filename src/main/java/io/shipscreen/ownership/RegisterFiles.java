package io.shipscreen.ownership;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Which files a register location names, and their hashes. */
final class RegisterFiles {

	private RegisterFiles() {
	}

	/**
	 * The {@code .csv} and {@code .xlsx} files of each location (a file, or a folder read one level
	 * deep), in name order. A named location that does not exist fails: a typo must not screen a
	 * night without the register it meant.
	 */
	static List<Path> expand(List<Path> locations) {
		List<Path> files = new ArrayList<>();
		for (Path location : locations) {
			if (Files.isDirectory(location)) {
				try (Stream<Path> listing = Files.list(location)) {
					listing.filter(Files::isRegularFile)
						.filter(RegisterFiles::isRegister)
						.sorted()
						.forEach(files::add);
				}
				catch (IOException ex) {
					throw new RegisterFileException("ownership register folder " + location + " cannot be read ("
							+ ex.getMessage() + ")", ex);
				}
			}
			else if (Files.isRegularFile(location)) {
				if (!isRegister(location)) {
					throw new RegisterFileException("ownership register " + location + " is neither .csv nor .xlsx");
				}
				files.add(location);
			}
			else {
				throw new RegisterFileException("ownership register " + location + " does not exist");
			}
		}
		return files;
	}

	static boolean isRegister(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		// Excel's lock files (~$register.xlsx) are not registers.
		return !name.startsWith("~$") && (name.endsWith(".csv") || name.endsWith(".xlsx"));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

}
