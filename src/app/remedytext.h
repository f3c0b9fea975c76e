// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>

// What to do about a cause, in words, by its remedy's wizard id (core/analysis/causeids.h):
// what a cause card says until the wizard that does it opens from the card.
class RemedyText
{
    Q_DECLARE_TR_FUNCTIONS(RemedyText)

public:
    static QString advice(const QString &remedyId); // empty for an unknown or empty id
    static QString actionLabel(const QString &remedyId); // the button: "Add swap…"
};
