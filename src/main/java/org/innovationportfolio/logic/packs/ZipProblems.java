package org.innovationportfolio.logic.packs;

import org.innovationportfolio.logic.backup.UnsafeZipException;

/** Words a refused zip's problem for someone importing a pack. */
final class ZipProblems {

    private static final String NOTHING = " Nothing was imported.";

    private ZipProblems() {
    }

    static String message(UnsafeZipException e) {
        String entry = e.entry() == null ? "" : "\"" + e.entry() + "\"";
        return switch (e.problem()) {
            case EMPTY -> "The file is empty, so it is not a project pack: it may have been cut off while it was "
                    + "copied or downloaded. Ask the sender for the file again." + NOTHING;
            case NOT_A_ZIP -> "The file is not a project pack: it is not a zip file, or it is incomplete. Check you "
                    + "chose the .ippack file you were sent, or ask the sender for it again." + NOTHING;
            case TOO_MANY_ENTRIES, TOO_LARGE -> "The pack holds more data than Innovation Portfolio will take ("
                    + e.getMessage() + "). It may be damaged, or made to do harm: do not open it elsewhere either. "
                    + "Ask the sender to export it again." + NOTHING;
            case UNSAFE_NAME -> "The pack holds an entry " + entry + " that could write outside its folder ("
                    + e.getMessage() + "). Innovation Portfolio never makes such entries, so the file has been "
                    + "tampered with: do not open it elsewhere either, and ask the sender to export it again."
                    + NOTHING;
            case DUPLICATE_NAME -> "The pack holds the entry " + entry + " twice." + PackReader.DAMAGED;
            case DAMAGED_ENTRY -> "The pack's entry " + entry + " is damaged and cannot be read; the file may be "
                    + "incomplete. Ask the sender for it again." + NOTHING;
            case NO_SUCH_ENTRY -> "The pack is missing " + entry + "." + PackReader.DAMAGED;
        };
    }
}
