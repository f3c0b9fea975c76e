// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/severitymap.h"

#include <QGuiApplication>
#include <QPalette>

SeverityMap::SeverityMap(QObject *parent)
    : QObject(parent)
{
}

bool SeverityMap::isDarkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

QColor SeverityMap::color(const QString &severity) const
{
    // Breeze's negative / neutral / active / positive text colours, which keep their
    // meaning on light and dark windows; the dark variants are Breeze Dark's.
    const bool dark = isDarkPalette();
    if (severity == u"critical")
        return dark ? QColor(0xda, 0x44, 0x53) : QColor(0xbf, 0x03, 0x03);
    if (severity == u"warning")
        return dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xb6, 0x56, 0x00);
    if (severity == u"ok")
        return dark ? QColor(0x27, 0xae, 0x60) : QColor(0x00, 0x6e, 0x28);
    return dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x29, 0x80, 0xb9);
}

QColor SeverityMap::tint(const QString &severity) const
{
    QColor tinted = color(severity);
    tinted.setAlphaF(0.15f);
    return tinted;
}

QString SeverityMap::label(const QString &severity) const
{
    if (severity == u"critical")
        return tr("Critical");
    if (severity == u"warning")
        return tr("Warning");
    if (severity == u"ok")
        //: A severity: nothing is wrong.
        return tr("OK");
    return tr("Information");
}
