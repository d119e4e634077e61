package io.shipscreen.report;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming (SXSSF) workbook that compresses its temp sheet files and the finished file at
 * {@link Deflater#BEST_SPEED}: on a night with a hundred thousand flagged rows, default-level
 * deflate took a third of the time spent writing the workbook; the files come out about a
 * third larger (6.4 MB instead of 4.7 MB for 15,000 flagged rows and their hits).
 */
class FastDeflateWorkbook extends SXSSFWorkbook {

	FastDeflateWorkbook(int rowAccessWindowSize) {
		super(rowAccessWindowSize);
		setCompressTempFiles(true);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new FastGzipSheetDataWriter();
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	/** Temp sheet data, gzipped at the fastest level (it is read back once, minutes later). */
	private static final class FastGzipSheetDataWriter extends SheetDataWriter {

		FastGzipSheetDataWriter() throws IOException {
			super();
		}

		@Override
		public File createTempFile() throws IOException {
			return TempFile.createTempFile("poi-sxssf-sheet-xml", ".gz");
		}

		@Override
		protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
			return new GZIPOutputStream(fos, 64 * 1024) {
				{
					this.def.setLevel(Deflater.BEST_SPEED);
				}
			};
		}

		@Override
		protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
			return new GZIPInputStream(fis, 64 * 1024);
		}

	}

}
