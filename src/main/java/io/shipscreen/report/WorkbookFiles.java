package io.shipscreen.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.ss.usermodel.Workbook;

/** Writes workbooks whole or not at all: to a temp file beside the target, then an atomic rename. */
public final class WorkbookFiles {

	/** Excel's limit on the characters in one cell. */
	public static final int MAX_CELL_TEXT = 32_767;

	private WorkbookFiles() {
	}

	public static void publish(Workbook workbook, Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
		try (OutputStream out = Files.newOutputStream(temp)) {
			workbook.write(out);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Text that fits in a cell; longer text is cut with a visible marker. */
	public static String fit(String text) {
		if (text == null || text.length() <= MAX_CELL_TEXT) {
			return text;
		}
		String marker = " …[truncated]";
		return text.substring(0, MAX_CELL_TEXT - marker.length()) + marker;
	}

}
