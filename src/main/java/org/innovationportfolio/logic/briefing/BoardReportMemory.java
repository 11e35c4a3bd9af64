package org.innovationportfolio.logic.briefing;

import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.SettingsRepository;

/**
 * Remembers the implications and contact officer of the last pack written, in the portfolio's settings, so the
 * next pack (from the window or the command line) starts from them. The purpose and the decision sought belong
 * to one meeting and are not remembered.
 */
public final class BoardReportMemory {

    private BoardReportMemory() {
    }

    /** The remembered implications and contact officer, with no purpose or decision. */
    public static BoardReport read(SettingsRepository settings) {
        BoardReport.Implications implications = new BoardReport.Implications(get(settings, SettingKeys.IMPLICATIONS_FINANCIAL),
                get(settings, SettingKeys.IMPLICATIONS_LEGAL), get(settings, SettingKeys.IMPLICATIONS_EQUALITIES),
                get(settings, SettingKeys.IMPLICATIONS_RISK));
        BoardReport.ContactOfficer contact = new BoardReport.ContactOfficer(get(settings, SettingKeys.CONTACT_NAME),
                get(settings, SettingKeys.CONTACT_ROLE), get(settings, SettingKeys.CONTACT_EMAIL),
                get(settings, SettingKeys.CONTACT_PHONE));
        return new BoardReport(null, null, implications, contact);
    }

    /** Remembers {@code report}'s implications and contact; a part left blank is forgotten. */
    public static void remember(SettingsRepository settings, BoardReport report) {
        BoardReport.Implications i = report.implications();
        put(settings, SettingKeys.IMPLICATIONS_FINANCIAL, i.financial());
        put(settings, SettingKeys.IMPLICATIONS_LEGAL, i.legal());
        put(settings, SettingKeys.IMPLICATIONS_EQUALITIES, i.equalities());
        put(settings, SettingKeys.IMPLICATIONS_RISK, i.risk());
        BoardReport.ContactOfficer c = report.contact();
        put(settings, SettingKeys.CONTACT_NAME, c.name());
        put(settings, SettingKeys.CONTACT_ROLE, c.role());
        put(settings, SettingKeys.CONTACT_EMAIL, c.email());
        put(settings, SettingKeys.CONTACT_PHONE, c.phone());
    }

    private static String get(SettingsRepository settings, String key) {
        return settings.get(key).filter(v -> !v.isBlank()).orElse(null);
    }

    private static void put(SettingsRepository settings, String key, String value) {
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }
}
