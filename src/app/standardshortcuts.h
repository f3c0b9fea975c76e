// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The platform's key sequences of the standard actions, for the menus and shortcuts of the
// QML pages. (QML could name QKeySequence's StandardKey values itself, but Qt 6.4's qmllint
// does not know them.)
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
    // Lists for Shortcut.sequences (a list of variants there).
    Q_PROPERTY(QVariantList findNext READ findNext CONSTANT)
    Q_PROPERTY(QVariantList findPrevious READ findPrevious CONSTANT)

public:
    using QObject::QObject;

    static QString first(QKeySequence::StandardKey key);
    static QVariantList all(QKeySequence::StandardKey key);

    QString open() const { return first(QKeySequence::Open); }
    QString refresh() const { return first(QKeySequence::Refresh); }
    QString copy() const { return first(QKeySequence::Copy); }
    QString close() const { return first(QKeySequence::Close); }
    QString quit() const { return first(QKeySequence::Quit); }
    QString find() const { return first(QKeySequence::Find); }
    QVariantList findNext() const { return all(QKeySequence::FindNext); }
    QVariantList findPrevious() const { return all(QKeySequence::FindPrevious); }
};
