package org.innovationportfolio.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationportfolio.logic.tracker.TrackerWorkbook;
import org.innovationportfolio.logic.tracker.TrackerWorkbook.Column;
import org.innovationportfolio.logic.tracker.TrackerWorkbook.Kind;
import org.innovationportfolio.logic.tracker.TrackerWorkbook.Sheet;
import org.innovationportfolio.model.Money;

/**
 * Writes a {@link TrackerWorkbook} as .xlsx with POI's streaming writer: real dates (dd/mm/yyyy), money as
 * £ currency, every text cell a string cell (never a formula), a frozen header with an autofilter, column
 * widths, data-validation lists for choice columns, and the marking in each sheet's header and footer and
 * in the document properties.
 */
public final class XlsxTrackerWriter implements org.innovationportfolio.logic.tracker.TrackerWriter {

    /** UK dates as Excel and LibreOffice show them. */
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    /** Pounds and pence, negatives in red with a minus sign. */
    public static final String MONEY_FORMAT = "\"£\"#,##0.00;[Red]\\-\"£\"#,##0.00";
    /** Rows below the data that still get the validation lists, for rows a user adds. */
    private static final int SPARE_VALIDATED_ROWS = 500;

    @Override
    public void write(TrackerWorkbook workbook, OutputStream out) throws IOException {
        // 200 rows kept in memory per sheet; the rest are flushed to temporary files (streaming).
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Map<Kind, CellStyle> styles = styles(book);
            CellStyle header = headerStyle(book);
            for (Sheet sheet : workbook.sheets()) {
                writeSheet(book, sheet, styles, header, workbook.marking().label());
            }
            properties(book.getXSSFWorkbook(), workbook);
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    private static void writeSheet(SXSSFWorkbook book, Sheet sheet, Map<Kind, CellStyle> styles, CellStyle header,
            String marking) {
        SXSSFSheet out = book.createSheet(sheet.name());
        List<Column> columns = sheet.columns();
        SXSSFRow headerRow = out.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            SXSSFCell cell = headerRow.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(header);
            out.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        int r = 1;
        for (List<Object> values : sheet.rows()) {
            SXSSFRow row = out.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < values.size() ? values.get(c) : null;
                if (value == null) {
                    continue;
                }
                SXSSFCell cell = row.createCell(c);
                cell.setCellStyle(styles.get(columns.get(c).kind()));
                set(cell, value);
            }
        }
        int lastRow = Math.max(1, r - 1);
        out.createFreezePane(0, 1);
        out.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        DataValidationHelper helper = out.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.kind() != Kind.CHOICE) {
                continue;
            }
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                    new CellRangeAddressList(1, lastRow + SPARE_VALIDATED_ROWS, c, c));
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.setShowErrorBox(true);
            validation.createErrorBox(column.header(), "Choose one of: " + String.join(", ", column.choices()) + ".");
            validation.setSuppressDropDownArrow(true);
            out.addValidationData(validation);
        }
        out.getHeader().setCenter(marking);
        out.getFooter().setCenter(marking);
        out.getFooter().setRight("Page &P of &N");
        out.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /** Text always as a string cell: a value starting with = is text here, never a formula. */
    private static void set(SXSSFCell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof Money money) {
            cell.setCellValue(BigDecimal.valueOf(money.pence(), 2).doubleValue());
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static Map<Kind, CellStyle> styles(SXSSFWorkbook book) {
        DataFormat formats = book.createDataFormat();
        Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            CellStyle style = book.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            switch (kind) {
                case DATE -> style.setDataFormat(formats.getFormat(DATE_FORMAT));
                case MONEY -> style.setDataFormat(formats.getFormat(MONEY_FORMAT));
                case INTEGER -> style.setDataFormat(formats.getFormat("0"));
                case DECIMAL -> style.setDataFormat(formats.getFormat("General"));
                case LONG_TEXT -> {
                    style.setDataFormat(formats.getFormat("@"));
                    style.setWrapText(true);
                }
                default -> style.setDataFormat(formats.getFormat("@"));
            }
            styles.put(kind, style);
        }
        return styles;
    }

    private static CellStyle headerStyle(SXSSFWorkbook book) {
        CellStyle style = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static void properties(XSSFWorkbook book, TrackerWorkbook workbook) {
        var core = book.getProperties().getCoreProperties();
        core.setTitle(workbook.title());
        if (workbook.author() != null) {
            core.setCreator(workbook.author());
        }
        core.setKeywords(workbook.marking().label());
        core.setCategory(workbook.marking().label());
        book.getProperties().getCustomProperties().addProperty("Classification", workbook.marking().label());
    }
}
