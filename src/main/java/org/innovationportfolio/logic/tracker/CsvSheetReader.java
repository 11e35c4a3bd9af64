package org.innovationportfolio.logic.tracker;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.innovationportfolio.logic.RefusedException;

/**
 * Reads a .csv tracker as one sheet of text cells: UTF-8 (with or without a byte-order mark), else
 * Windows-1252 as Excel saves it. A leading apostrophe that guarded a formula-like value is removed.
 */
public final class CsvSheetReader {

    /** Trackers are small; a bigger file is refused before it is read. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

    private CsvSheetReader() {
    }

    public static SpreadsheetFile read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RefusedException(name + " is larger than a tracker can be (50 MB). Nothing was imported.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RefusedException(name + " could not be read: " + e.getMessage() + ". Nothing was imported.", e);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new RefusedException(name + " is not a CSV file: it holds binary data. Save the tracker as "
                        + "CSV or Excel and try again. Nothing was imported.");
            }
        }
        String text = decode(bytes);
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder()
                .setIgnoreEmptyLines(false).get())) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                if (number > MAX_ROWS) {
                    throw new RefusedException(name + " has more than " + MAX_ROWS + " rows, more than a tracker "
                            + "holds. Nothing was imported.");
                }
                List<SheetCell> cells = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    String value = unguarded(record.get(i));
                    cells.add(SheetCell.of(SheetCell.reference(i, number), value.isEmpty() ? null : value));
                }
                rows.add(new SheetRow(number, false, cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new RefusedException(name + " is not a CSV file that can be read (" + e.getMessage()
                    + "). Nothing was imported.", e);
        }
        String sheet = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        return new SpreadsheetFile(name, List.of(new SheetTable(sheet, false, rows, Set.of())));
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** "'=SUM(1)" as our exports guard it is "=SUM(1)", read as text. */
    private static String unguarded(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'') {
            char next = value.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                return value.substring(1);
            }
        }
        return value;
    }
}
