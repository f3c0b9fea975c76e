// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/standardshortcuts.h"

QString StandardShortcuts::first(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::PortableText);
}

QVariantList StandardShortcuts::all(QKeySequence::StandardKey key)
{
    QVariantList sequences;
    for (const QKeySequence &sequence : QKeySequence::keyBindings(key))
        sequences.append(sequence.toString(QKeySequence::PortableText));
    return sequences;
}
