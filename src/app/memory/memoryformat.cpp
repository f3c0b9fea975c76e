// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/memoryformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

QString MemoryFormat::size(double kb)
{
    if (std::isnan(kb))
        return QStringLiteral("—");
    static const char *const units[] = {
        QT_TRANSLATE_NOOP("MemoryFormat", "KiB"), QT_TRANSLATE_NOOP("MemoryFormat", "MiB"),
        QT_TRANSLATE_NOOP("MemoryFormat", "GiB"), QT_TRANSLATE_NOOP("MemoryFormat", "TiB")};
    double value = std::abs(kb);
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    const int decimals = (unit == 0 || value >= 100.0) ? 0 : 1;
    const QString number = QLocale().toString(kb < 0 ? -value : value, 'f', decimals);
    //: a size with its binary unit, e.g. "1.5 MiB"
    return QCoreApplication::translate("MemoryFormat", "%1 %2")
        .arg(number, QCoreApplication::translate("MemoryFormat", units[unit]));
}

QString MemoryFormat::pages(double pages, double pageSizeKb)
{
    if (std::isnan(pages))
        return QStringLiteral("—");
    //: a page count and what it amounts to, e.g. "1,024 pages (4.0 MiB)"
    return QCoreApplication::translate("MemoryFormat", "%1 pages (%2)")
        .arg(number(pages), size(pages * pageSizeKb));
}

QString MemoryFormat::percent(double fraction)
{
    if (std::isnan(fraction))
        return QStringLiteral("—");
    return QCoreApplication::translate("MemoryFormat", "%1 %")
        .arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString MemoryFormat::number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    return QLocale().toString(qint64(std::llround(value)));
}

QColor MemoryFormat::severityColor(int severity)
{
    // The one place colours are chosen. Mid-tone hues that read on light and dark
    // palettes alike; text is never drawn in them, only bars and marks.
    switch (Severity(severity)) {
    case Ok: return QColor(0x3d, 0xae, 0x5d);
    case Info: return QColor(0x3d, 0x8e, 0xd0);
    case Warning: return QColor(0xe0, 0x9b, 0x21);
    case Critical: return QColor(0xd6, 0x45, 0x3d);
    case Neutral: break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

int MemoryFormat::usageSeverity(double fraction)
{
    if (std::isnan(fraction))
        return Neutral;
    if (fraction >= 0.95)
        return Critical;
    if (fraction >= 0.80)
        return Warning;
    return Ok;
}
