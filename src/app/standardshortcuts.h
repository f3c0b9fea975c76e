// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The key sequences of the window's standard actions, for the menus and shortcuts of the
// QML pages: the platform's where it has one that fits, else the one every Linux desktop
// uses. (QML could name QKeySequence's StandardKey values itself, but Qt 6.4's qmllint does
// not know them, and a few of them do not fit as they are; see the .cpp.)
class StandardShortcuts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString open READ open CONSTANT)
    Q_PROPERTY(QString refresh READ refresh CONSTANT)
    Q_PROPERTY(QString copy READ copy CONSTANT)
    Q_PROPERTY(QString close READ close CONSTANT)
    Q_PROPERTY(QString quit READ quit CONSTANT)
    Q_PROPERTY(QString find READ find CONSTANT)
    Q_PROPERTY(QString findNext READ findNext CONSTANT)
    Q_PROPERTY(QString findPrevious READ findPrevious CONSTANT)

public:
    using QObject::QObject;

    // The platform's first binding of `key`, or `fallback` when it has none.
    static QString first(QKeySequence::StandardKey key, const QString &fallback = {});

    QString open() const { return first(QKeySequence::Open, QStringLiteral("Ctrl+O")); }
    QString refresh() const { return first(QKeySequence::Refresh, QStringLiteral("F5")); }
    QString copy() const { return first(QKeySequence::Copy, QStringLiteral("Ctrl+C")); }
    QString close() const;
    QString quit() const { return first(QKeySequence::Quit, QStringLiteral("Ctrl+Q")); }
    QString find() const { return first(QKeySequence::Find, QStringLiteral("Ctrl+F")); }
    QString findNext() const;
    QString findPrevious() const;
};
