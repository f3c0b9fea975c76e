// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace oom::i18n {

// Numbers, sizes, percentages and times as the reader's locale writes them (digit grouping,
// decimal separator, date order), for the GUI. The core's ReportFormat keeps the fixed,
// locale-independent forms that text reports and goldens rely on.
//
// Every function takes the locale explicitly; the default is QLocale(), which
// installTranslations() sets to the language the user chose with --lang or the setting.
class LocaleFormat
{
public:
    explicit LocaleFormat(const QLocale &locale = QLocale());

    // Binary units with one decimal and the unit always shown: "1.2 GiB", "1,2 GiB",
    // "512 KiB", "0 B".
    QString size(qint64 bytes) const;
    QString sizeFromKiB(qint64 kib) const;
    // Grouped integer: "1,234,567", "1.234.567", "1 234 567".
    QString number(qint64 value) const;
    // One decimal and the locale's percent sign: "12.5%", "12,5 %".
    QString percent(double value) const;
    // Short date and time in the locale's order with the time zone's abbreviation:
    // "12/5/26 5:35 PM UTC", "2026/12/05 17:35 UTC".
    QString dateTime(const QDateTime &when) const;

private:
    QLocale m_locale;
};

} // namespace oom::i18n
