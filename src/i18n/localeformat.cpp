// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "localeformat.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace oom::i18n {

LocaleFormat::LocaleFormat(const QLocale &locale)
    : m_locale(locale)
{
}

QString LocaleFormat::size(qint64 bytes) const
{
    // IEC units (KiB, MiB, …) as everywhere else in OOM Lens: the kernel counts in them.
    return m_locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString LocaleFormat::sizeFromKiB(qint64 kib) const
{
    return size(kib * 1024);
}

QString LocaleFormat::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString LocaleFormat::percent(double value) const
{
    // Where the sign goes (and whether a space precedes it) differs by language; Qt's
    // locale data has only the sign, so the common forms are written out here.
    const QString number = m_locale.toString(value, 'f', 1);
    switch (m_locale.language()) {
    case QLocale::German:
    case QLocale::French: return number + u'\u00A0' + m_locale.percent();
    default: return number + m_locale.percent();
    }
}

QString LocaleFormat::dateTime(const QDateTime &when) const
{
    if (!when.isValid())
        return {};
    return m_locale.toString(when, QLocale::ShortFormat) + u' ' + when.timeZoneAbbreviation();
}

} // namespace oom::i18n
