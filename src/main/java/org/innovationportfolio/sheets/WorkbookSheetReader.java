package org.innovationportfolio.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.tracker.CsvSheetReader;
import org.innovationportfolio.logic.tracker.SheetCell;
import org.innovationportfolio.logic.tracker.SheetRow;
import org.innovationportfolio.logic.tracker.SheetTable;
import org.innovationportfolio.logic.tracker.SpreadsheetFile;
import org.innovationportfolio.logic.tracker.SpreadsheetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads .xlsx, .xlsm and .xls trackers with POI, and .csv with {@link CsvSheetReader}. The file's first bytes
 * decide what it is, not its name. Formulas are read as the value the spreadsheet last saved, never
 * evaluated; macros are never run (they are not even read); external links are not followed. A merged
 * cell's value is given to every cell it covers. Password-protected, damaged, oversized and zip-bomb files
 * are refused with a plain message.
 */
public final class WorkbookSheetReader implements SpreadsheetReader {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookSheetReader.class);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** A sheet's XML beyond this is far more than a tracker (about 100,000 busy rows). */
    static final long MAX_SHEET_XML = 100L * 1024 * 1024;
    static final int MAX_ROWS = CsvSheetReader.MAX_ROWS;
    private static final int MAX_MERGED_CELLS = 10_000;

    @Override
    public SpreadsheetFile read(Path file) {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new RefusedException("There is no file at " + file + ". Nothing was imported.");
        }
        byte[] head = head(file, name);
        if (lower.endsWith(".csv")) {
            if (starts(head, ZIP) || starts(head, OLE2)) {
                throw new RefusedException(name + " is named .csv but is an Excel workbook. Name it .xlsx or .xls "
                        + "and try again. Nothing was imported.");
            }
            return CsvSheetReader.read(file);
        }
        if (!(lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls"))) {
            throw new RefusedException(name + " is not a tracker file: choose an Excel workbook (.xlsx, .xlsm or "
                    + ".xls) or a .csv file. Nothing was imported.");
        }
        if (starts(head, OLE2)) {
            return readOle2(file, name);
        }
        if (!starts(head, ZIP)) {
            throw new RefusedException(name + " is not an Excel workbook: its contents are not a spreadsheet (was "
                    + "another kind of file renamed?). Open it in Excel and save it as .xlsx. Nothing was imported.");
        }
        checkSizes(file, name);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return read(workbook, name);
        } catch (RefusedException e) {
            throw e;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            throw refusal(name, e);
        }
    }

    private static SpreadsheetFile readOle2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw passwordProtected(name);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                return read(workbook, name);
            }
        } catch (RefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(name, e);
        }
    }

    private static RefusedException refusal(String name, Throwable e) {
        LOG.warn("Could not read the tracker {}", name, e);
        if (e instanceof EncryptedDocumentException) {
            return passwordProtected(name);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return new RefusedException(name + " was refused: a part of it expands to far more than its size "
                    + "(it looks like a zip bomb). Nothing was imported.", e);
        }
        return new RefusedException(name + " could not be read: the workbook is damaged or not one Excel can "
                + "save. Open it in Excel, save it again as .xlsx, and try again. Nothing was imported.", e);
    }

    private static RefusedException passwordProtected(String name) {
        return new RefusedException(name + " is protected by a password, so it cannot be read. Open it in Excel, "
                + "remove the password (File › Info › Protect Workbook), save it and try again. Nothing was imported.");
    }

    /** Sheets whose XML is bigger than any tracker are refused before POI builds them in memory. */
    private static void checkSizes(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/") && entry.getSize() > MAX_SHEET_XML) {
                    throw tooBig(name);
                }
            }
        } catch (IOException e) {
            throw refusal(name, e);
        }
    }

    private static RefusedException tooBig(String name) {
        return new RefusedException(name + " has a sheet far larger than a tracker (more than " + MAX_ROWS
                + " rows). Copy the tracker's rows into a new workbook and import that. Nothing was imported.");
    }

    private static SpreadsheetFile read(Workbook workbook, String name) {
        List<SheetTable> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw tooBig(name);
            }
            boolean hidden = workbook.getSheetVisibility(i) != SheetVisibility.VISIBLE;
            sheets.add(read(sheet, hidden));
        }
        return new SpreadsheetFile(name, sheets);
    }

    private static SheetTable read(Sheet sheet, boolean hidden) {
        Map<Long, Object> merged = merged(sheet);
        List<SheetRow> rows = new ArrayList<>();
        Set<Integer> hiddenColumns = new HashSet<>();
        int widest = 0;
        for (Row row : sheet) {
            int number = row.getRowNum() + 1;
            int last = Math.max(0, row.getLastCellNum());
            widest = Math.max(widest, last);
            List<SheetCell> cells = new ArrayList<>(last);
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                String reference = SheetCell.reference(c, number);
                Object top = merged.get(key(row.getRowNum(), c));
                if (top != null) {
                    cells.add(top instanceof SheetCell s ? new SheetCell(reference, s.value(), s.error(), s.fill())
                            : SheetCell.of(reference, null));
                } else {
                    cells.add(cell == null ? SheetCell.of(reference, null) : cell(cell, reference));
                }
            }
            rows.add(new SheetRow(number, row.getZeroHeight(), cells));
        }
        for (int c = 0; c < widest; c++) {
            if (sheet.isColumnHidden(c)) {
                hiddenColumns.add(c);
            }
        }
        return new SheetTable(sheet.getSheetName(), hidden, rows, hiddenColumns);
    }

    /** Every cell a merged region covers, with the region's top-left cell. */
    private static Map<Long, Object> merged(Sheet sheet) {
        Map<Long, Object> covered = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getNumberOfCells() > MAX_MERGED_CELLS) {
                continue;
            }
            Row topRow = sheet.getRow(region.getFirstRow());
            Cell top = topRow == null ? null : topRow.getCell(region.getFirstColumn());
            Object value = top == null ? Boolean.FALSE : cell(top, "");
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    covered.put(key(r, c), value);
                }
            }
        }
        return covered;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private static SheetCell cell(Cell cell, String reference) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            // Never evaluated: the value the spreadsheet saved with the formula.
            type = cell.getCachedFormulaResultType();
        }
        String fill = null;
        Object value = null;
        String error = null;
        switch (type) {
            case STRING -> value = cell.getRichStringCellValue().getString();
            case NUMERIC -> value = DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate() : (Object) cell.getNumericCellValue();
            case BOOLEAN -> value = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error = errorText(cell.getErrorCellValue());
            default -> value = null;
        }
        if (value == null || value instanceof String s && s.isBlank()) {
            fill = ragFill(cell);
        }
        return new SheetCell(reference, value, error, fill);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** "Red", "Amber" or "Green" for a cell filled solid in one of those colours, else null. */
    static String ragFill(Cell cell) {
        var style = cell.getCellStyle();
        if (style == null || style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        int[] rgb = rgb(style.getFillForegroundColorColor());
        if (rgb == null) {
            return null;
        }
        int r = rgb[0];
        int g = rgb[1];
        int b = rgb[2];
        if (r >= 180 && g < 100 && b < 100) {
            return "Red";
        }
        if (r >= 200 && g >= 120 && g <= 230 && b < 120) {
            return "Amber";
        }
        if (g >= 120 && r < 160 && b < 160) {
            return "Green";
        }
        return null;
    }

    private static int[] rgb(Color color) {
        if (color instanceof XSSFColor x) {
            byte[] bytes = x.getRGBWithTint();
            if (bytes == null) {
                bytes = x.getRGB();
            }
            return bytes == null || bytes.length < 3 ? null
                    : new int[] {bytes[bytes.length - 3] & 0xff, bytes[bytes.length - 2] & 0xff, bytes[bytes.length - 1] & 0xff};
        }
        if (color instanceof HSSFColor h) {
            short[] t = h.getTriplet();
            return t == null ? null : new int[] {t[0], t[1], t[2]};
        }
        return null;
    }

    private static byte[] head(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new RefusedException(name + " could not be read: " + e.getMessage() + ". Nothing was imported.", e);
        }
    }

    private static boolean starts(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
