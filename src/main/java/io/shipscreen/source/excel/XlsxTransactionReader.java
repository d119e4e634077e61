package io.shipscreen.source.excel;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;

import io.shipscreen.transaction.RawRow;

/**
 * Reads the data rows of one workbook as {@link RawRow}s. Restartable: Spring Batch stores the
 * read count, and on restart the rows already committed are skipped (re-reading a file is
 * cheap next to screening it). Used as the delegate of a
 * {@link org.springframework.batch.infrastructure.item.file.MultiResourceItemReader} over the
 * input folder.
 */
public class XlsxTransactionReader extends AbstractItemCountingItemStreamItemReader<RawRow>
		implements ResourceAwareItemReaderItemStream<RawRow> {

	private Resource resource;

	private XlsxWorkbook workbook;

	public XlsxTransactionReader() {
		setName("xlsxTransactionReader");
	}

	@Override
	public void setResource(Resource resource) {
		this.resource = resource;
	}

	@Override
	protected void doOpen() {
		try {
			this.workbook = XlsxWorkbook.open(this.resource.getFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected RawRow doRead() {
		return this.workbook.next();
	}

	@Override
	protected void doClose() {
		if (this.workbook != null) {
			this.workbook.close();
			this.workbook = null;
		}
	}

}
