// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>

// A cause's name for headings (the Overview's leading causes): a few words in the user's
// language for a stable cause id of the JSON contract (core/analysis/causeids.h).
class CauseTitle
{
    Q_DECLARE_TR_FUNCTIONS(CauseTitle)

public:
    // The id itself for an id this version does not know (a newer report's), so nothing is
    // hidden.
    static QString of(const QString &causeId);
};
