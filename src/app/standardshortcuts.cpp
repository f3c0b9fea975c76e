// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/standardshortcuts.h"

QString StandardShortcuts::first(QKeySequence::StandardKey key, const QString &fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? fallback
                              : bindings.constFirst().toString(QKeySequence::PortableText);
}

// Ctrl+W: a Close binding on every Linux desktop; the generic list starts with Ctrl+F4,
// which is not what anyone presses to close a document here.
QString StandardShortcuts::close() const
{
    return QStringLiteral("Ctrl+W");
}

// F3 / Shift+F3 only: the platform's lists add Ctrl+G / Ctrl+Shift+G, and Ctrl+G is "go to
// line" in the log view.
QString StandardShortcuts::findNext() const
{
    return QStringLiteral("F3");
}

QString StandardShortcuts::findPrevious() const
{
    return QStringLiteral("Shift+F3");
}
