// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The one map from a severity id ("critical", "warning", "info", "ok": the diagnosis' and
// the JSON's ids) to a colour and a word. QML never writes a colour literal: it asks here.
// The colours are chosen for contrast against the system palette's window colour, so a dark
// palette gets lighter tones. Stateless apart from the palette it reads: a QML singleton.
class SeverityMap : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Severity)
    QML_SINGLETON

public:
    explicit SeverityMap(QObject *parent = nullptr);

    // The colour of a severity's bar and icon; unknown ids get the info colour.
    Q_INVOKABLE QColor color(const QString &severity) const;
    // The severity in the reader's language ("critical" → "Critical").
    Q_INVOKABLE QString label(const QString &severity) const;
    // A colour for a background tint behind text of the window's text colour.
    Q_INVOKABLE QColor tint(const QString &severity) const;

    static bool isDarkPalette();
};
