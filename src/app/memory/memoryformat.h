// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The memory pages' formatter and their one severity map: sizes in binary units with the
// unit always shown, percentages with one decimal, and the colours a band (ok, warning,
// critical) is drawn in. Stateless, so a singleton (STYLE.md point 5); QML never holds a
// colour literal and every page draws the same band in the same colour.
class MemoryFormat : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum Severity { Ok, Info, Warning, Critical, Neutral };
    Q_ENUM(Severity)

    using QObject::QObject;

    // 1536 -> "1.5 MiB"; negative values keep their sign; NaN (unknown) -> "—".
    Q_INVOKABLE static QString size(double kb);
    Q_INVOKABLE static QString pages(double pages, double pageSizeKb);
    Q_INVOKABLE static QString percent(double fraction); // 0.123 -> "12.3 %"
    Q_INVOKABLE static QString number(double value); // grouped by the locale
    Q_INVOKABLE static QColor severityColor(int severity);
    // Usage against a limit: ok below 80 %, warning below 95 %, critical from there.
    Q_INVOKABLE static int usageSeverity(double fraction);
};
