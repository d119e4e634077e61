package io.shipscreen.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the workbooks use, created once per workbook (Excel caps styles at 64,000). */
record SheetStyles(CellStyle header, CellStyle text, CellStyle wrapped, CellStyle date, CellStyle number,
		CellStyle decimal, CellStyle hold, CellStyle review, CellStyle input) {

	static SheetStyles of(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font white = workbook.createFont();
		white.setBold(true);
		white.setColor(IndexedColors.WHITE.getIndex());

		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle text = workbook.createCellStyle();
		text.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		date.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle number = workbook.createCellStyle();
		number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		number.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle decimal = workbook.createCellStyle();
		decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		decimal.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle hold = workbook.createCellStyle();
		hold.setFont(white);
		hold.setFillForegroundColor(IndexedColors.RED.getIndex());
		hold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		hold.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle review = workbook.createCellStyle();
		review.setFont(bold);
		review.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
		review.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		review.setVerticalAlignment(VerticalAlignment.TOP);

		CellStyle input = workbook.createCellStyle();
		input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		input.setWrapText(true);
		input.setVerticalAlignment(VerticalAlignment.TOP);
		input.setLocked(false);

		return new SheetStyles(header, text, wrapped, date, number, decimal, hold, review, input);
	}

}
